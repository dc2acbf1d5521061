import Compat
import Diagnostics
import Foundation
import Testing
import Theme
@testable import SitePipeline

/// The theme's string tables: every reader-facing text the build writes comes from them, and a broken table is
/// reported with its line and column.
@Suite struct SiteTextTests {
    @Test func theDefaultThemeHasEveryKeyAndEachTextUsesExactlyTheNamesTheBuildFills() {
        let text = SiteFixture.text
        for key in UIText.allCases {
            let raw = text.text(key)
            #expect(raw != key.rawValue, "no text for \(key.rawValue)")
            // `{month2}` is `{month}` with two digits: a date text uses one of them.
            let either: Set<String> = key == .factYearMonth ? ["month", "month2"] : []
            #expect(Set(TextTemplate.placeholders(in: raw)).union(either) == Set(key.arguments).union(either), "\(key.rawValue): \(raw)")
        }
    }

    @Test func everyLanguageOfTheDefaultThemeLoadsWithEveryKey() throws {
        let theme = try Theme.load(from: SiteFixture.themes.appendingPathComponent("default"), displayPath: "themes/default")
        #expect(Set(theme.strings.keys) == ["zh-CN", "en"])
        for language in theme.strings.keys.sorted() {
            var bag = DiagnosticBag()
            let text = SiteText.load(theme, language: language, themeDisplay: "themes/default",
                                     languageLocation: SourceLocation(path: "site.yaml"), into: &bag)
            #expect(text != nil && bag.all.isEmpty, "\(language): \(bag.all.map(\.message))")
        }
    }

    @Test func theScriptsGetTheirTextsAsOneTableInTheSitesLanguage() throws {
        let site = try SiteFixture.build(["content/s/a.md": "---\ntitle: 页\n---\n\n正文。\n"])
        let script = try #require(site.pages["assets/text.zh-CN.js"])
        #expect(script.contains("window.GPUKB_TEXT = {\"script.copied\":\"已复制\""), "\(script.prefix(200))")
        #expect(script.contains("\"page.toc\":\"本页目录\"") && script.contains("\"fragment.badge_ok\":\"可用\""))
        #expect(!script.contains("\"page.skip_link\""), "only the keys the scripts use")
        let page = try #require(site.pages["s/a/index.html"])
        let text = try #require(page.range(of: "<script src=\"../../assets/text.zh-CN.js\"></script>"))
        let siteJS = try #require(page.range(of: "<script src=\"../../assets/site.js\"></script>"))
        #expect(text.lowerBound < siteJS.lowerBound, "the texts load before the scripts that say them")
    }

    @Test func plainTextIsEscapedAndHTMLTextIsNot() {
        let text = SiteText(language: "x", texts: [.toc: "a<b", .updatedHTML: "<b>{date}</b>"])
        #expect(text.html(.toc) == "a&lt;b")
        #expect(text.html(.updatedHTML, ["date": "<time>1</time>"]) == "<b><time>1</time></b>")
    }

    @Test func aBrokenTableReportsEveryProblemWithItsLineAndColumn() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gpukb-strings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("strings"), withIntermediateDirectories: true)
        try "{{title}}".write(to: root.appendingPathComponent("templates/page.mustache"), atomically: true, encoding: .utf8)
        try """
        page:
          toc: 本页目录
          tco: 拼错的键
          nav_more_before: 前面还有 {count} 篇，共 {total} 篇
          home: [首页]
        """.write(to: root.appendingPathComponent("strings/zh-CN.yaml"), atomically: true, encoding: .utf8)
        let theme = try Theme.load(from: root, displayPath: "themes/t")
        var bag = DiagnosticBag()
        let loaded = SiteText.load(theme, language: "zh-CN", themeDisplay: "themes/t",
                                   languageLocation: SourceLocation(path: "content/site.yaml", line: 3, column: 11), into: &bag)
        #expect(loaded?.language == nil)
        let messages = bag.sorted().map { "\($0.location.description): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("themes/t/strings/zh-CN.yaml:3:3: unknown text key 'page.tco'") && $0.contains("did you mean 'page.toc'") }, "\(messages)")
        #expect(messages.contains("themes/t/strings/zh-CN.yaml:4:20: 'page.nav_more_before' uses the placeholder {total}, which the build does not fill; expected {count}"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("themes/t/strings/zh-CN.yaml:5:9: expected 'page.home' to be a string") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("themes/t/strings/zh-CN.yaml:1:1: the string table has no text for 'page.skip_link'") }, "\(messages)")

        var other = DiagnosticBag()
        #expect(SiteText.load(theme, language: "fr", themeDisplay: "themes/t",
                              languageLocation: SourceLocation(path: "content/site.yaml", line: 3, column: 11), into: &other)?.language == nil)
        #expect(other.sorted().map(\.message) == ["the theme has no string table for language 'fr'; expected themes/t/strings/fr.yaml (it has: zh-CN)"])
        #expect(other.sorted().first?.location.description == "content/site.yaml:3:11")
    }

    @Test func aTextWithACountMayHaveASingularFormAndNoOtherTextMay() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gpukb-strings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("strings"), withIntermediateDirectories: true)
        try "{{title}}".write(to: root.appendingPathComponent("templates/page.mustache"), atomically: true, encoding: .utf8)
        let english = try String(contentsOf: SiteFixture.themes.appendingPathComponent("default/strings/en.yaml"), encoding: .utf8)
        try english.write(to: root.appendingPathComponent("strings/en.yaml"), atomically: true, encoding: .utf8)
        let theme = try Theme.load(from: root, displayPath: "themes/t")
        var bag = DiagnosticBag()
        let text = try #require(SiteText.load(theme, language: "en", themeDisplay: "themes/t", languageLocation: SourceLocation(path: "site.yaml"), into: &bag))
        #expect(text.text(.rows, ["count": "1"]) == "1 row")
        #expect(text.text(.rows, ["count": "3"]) == "3 rows")
        #expect(text.text(.navMoreBefore, ["count": "1"]) == "1 more above…", "a text without a singular form is used for 1 too")
        #expect(text.script.contains("\"fragment.rows_one\":\"{count} row\""), "the scripts get the singular form")

        let broken = english.replacingOccurrences(of: "  toc: ", with: "  toc_one: x\n  home_one: y {count}\n  toc: ")
        try broken.write(to: root.appendingPathComponent("strings/en.yaml"), atomically: true, encoding: .utf8)
        var other = DiagnosticBag()
        #expect(SiteText.load(try Theme.load(from: root, displayPath: "themes/t"), language: "en", themeDisplay: "themes/t",
                              languageLocation: SourceLocation(path: "site.yaml"), into: &other) == nil)
        let messages = other.sorted().map(\.message)
        #expect(messages.contains("'page.toc_one' is a singular form, but 'page.toc' takes no {count}; expected a singular only beside a text with {count}"), "\(messages)")
        #expect(messages.contains("'page.home_one' is a singular form, but 'page.home' takes no {count}; expected a singular only beside a text with {count}"))
    }

    @Test func aSiteInALanguageTheThemeLacksIsRefusedAtTheLanguageLine() throws {
        let site = try SiteFixture.build([
            "content/site.yaml": SiteFixture.siteYAML.replacingOccurrences(of: "language: zh-CN", with: "language: fr"),
            "content/s/a.md": "---\ntitle: 页\n---\n\n正文。\n",
        ])
        #expect(site.pages.isEmpty)
        #expect(site.errors.map { "\($0.location.description): \($0.message)" }.contains { $0.hasPrefix("content/site.yaml:3:11: the theme has no string table for language 'fr'") },
                "\(site.errors)")
    }
}
