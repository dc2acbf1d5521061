import Diagnostics
import Foundation
import Theme
@testable import SitePipeline

/// Builds a site from files given in the test (path → text under the project root) with the repository's theme,
/// in memory, in well under a second: pipeline changes are tested end to end without the CLI.
struct SiteFixture {
    /// The built site's pages, scripts and XML (output path → text), or the build's errors.
    let pages: [String: String]
    let errors: [Diagnostic]
    let warnings: [Diagnostic]

    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    /// The default theme's zh-CN texts, for tests that render a fragment without a build.
    static let text: SiteText = {
        var bag = DiagnosticBag()
        let theme = try? Theme.load(from: themes.appendingPathComponent("default"), displayPath: "themes/default")
        return theme.flatMap { SiteText.load($0, language: "zh-CN", themeDisplay: "themes/default",
                                             languageLocation: SourceLocation(path: "site.yaml"), into: &bag) }
            ?? SiteText(language: "zh-CN", texts: [:])
    }()

    /// A minimal `content/site.yaml` with one section, `s`.
    static let siteYAML = """
    title: 测试站点
    description: 测试
    language: zh-CN
    base_url: https://example.org/kb
    sections:
      - id: s
        title: 一节

    """

    /// Builds `files` (paths relative to the project root, such as `content/s/a.md`); `content/site.yaml` is added when
    /// missing.
    static func build(_ files: [String: String]) throws -> SiteFixture {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gpukb-fixture-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var all = files
        if all["content/site.yaml"] == nil { all["content/site.yaml"] = siteYAML }
        for (path, text) in all {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let options = BuildOptions(root: root, rootDisplay: "", parallel: false, themesDirectory: themes)
        do {
            let result = try Pipeline.build(options)
            var pages: [String: String] = [:]
            for (path, data) in result.output.files where path.hasSuffix(".html") || path.hasSuffix(".js") || path.hasSuffix(".xml") { pages[path] = String(decoding: data, as: UTF8.self) }
            return SiteFixture(pages: pages, errors: [], warnings: result.warnings)
        } catch {
            return SiteFixture(pages: [:], errors: error.diagnostics, warnings: [])
        }
    }

    /// The `<main>` element of the page at `path`, for comparisons that ignore the page's frame.
    func main(_ path: String) -> String? {
        guard let page = pages[path], let start = page.range(of: "<main"), let end = page.range(of: "</main>") else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }
}
