import Diagnostics
import Foundation
import Testing
@testable import Theme

@Suite struct ThemeTests {
    private func makeTheme(_ template: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets/img"), withIntermediateDirectories: true)
        try template.write(to: folder.appendingPathComponent("templates/page.mustache"), atomically: true, encoding: .utf8)
        try "body{}".write(to: folder.appendingPathComponent("assets/style.css"), atomically: true, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("assets/img/a.svg"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func escapesDoubleMustachesAndKeepsTripleMustachesRaw() throws {
        let theme = try Theme.load(from: try makeTheme("<h1>{{title}}</h1>{{{body}}}"), displayPath: "t")
        #expect(theme.render("page", ["title": "<img onerror=x>", "body": "<p>ok</p>"]) == "<h1>&lt;img onerror=x&gt;</h1><p>ok</p>")
        #expect(theme.assets.map(\.path) == ["img/a.svg", "style.css"])
    }

    @Test func reportsTemplateSyntaxErrorsWithLineAndColumn() throws {
        let folder = try makeTheme("<p>\n{{#open}}never closed\n")
        #expect {
            _ = try Theme.load(from: folder, displayPath: "themes/x")
        } throws: { error in
            let diagnostics = (error as? DiagnosticsError)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].location.path == "themes/x/templates/page.mustache"
                && diagnostics[0].location.line > 0
        }
    }

    @Test func pagesOfOneShapeRenderFromPiecesExactlyAsMustacheWould() throws {
        let template = "<html lang=\"{{site.language}}\"><title>{{#isHome}}{{site.title}}{{/isHome}}{{^isHome}}{{title}} · {{site.title}}{{/isHome}}</title>"
            + "{{#baseHref}}<base href=\"{{baseHref}}\">{{/baseHref}}<nav>{{{nav}}}</nav><a title='{{title}}'>{{{body}}}</a>"
        let theme = try Theme.load(from: try makeTheme(template), displayPath: "t")
        func page(_ title: String, _ body: String, home: Bool = false, base: String? = nil) -> [String: Any] {
            var values: [String: Any] = ["title": title, "body": body, "nav": "<ul>\n<li>x</li>\n</ul>", "isHome": home,
                                         "site": ["title": "站 & 点", "language": "zh-CN"]]
            if let base { values["baseHref"] = base }
            return values
        }
        #expect(theme.render("page", page("一", "<p>1</p>")) == "<html lang=\"zh-CN\"><title>一 · 站 &amp; 点</title><nav><ul>\n<li>x</li>\n</ul></nav><a title='一'><p>1</p></a>")
        #expect(theme.render("page", page("It's <b> & \"q\"", "<p>2</p>\n"))
                == "<html lang=\"zh-CN\"><title>It&#39;s &lt;b&gt; &amp; &quot;q&quot; · 站 &amp; 点</title><nav><ul>\n<li>x</li>\n</ul></nav>"
                + "<a title='It&#39;s &lt;b&gt; &amp; &quot;q&quot;'><p>2</p>\n</a>")
        #expect(theme.render("page", page("首页", "", home: true, base: "https://x/"))
                == "<html lang=\"zh-CN\"><title>站 &amp; 点</title><base href=\"https://x/\"><nav><ul>\n<li>x</li>\n</ul></nav><a title='首页'></a>")
        #expect(theme.render("page", page("首页二", "b", home: true, base: "/y/"))
                == "<html lang=\"zh-CN\"><title>站 &amp; 点</title><base href=\"/y/\"><nav><ul>\n<li>x</li>\n</ul></nav><a title='首页二'>b</a>")
        #expect(theme.compiled.counts == (compiled: 2, mustache: 0))
    }

    @Test func templatesWithTransformsStayWithMustache() throws {
        let theme = try Theme.load(from: try makeTheme("<h1>{{uppercased(title)}}</h1>"), displayPath: "t")
        #expect(theme.render("page", ["title": "中文"]) == "<h1>中文</h1>")
        #expect(theme.render("page", ["title": "abc"]) == "<h1>ABC</h1>")
        #expect(theme.compiled.counts == (compiled: 0, mustache: 0))
    }
}
