import Diagnostics
import Foundation
import Testing
import Theme

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
}
