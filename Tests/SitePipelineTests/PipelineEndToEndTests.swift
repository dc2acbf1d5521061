import Foundation
import Diagnostics
import Testing
@testable import SitePipeline

/// The pipeline end to end on sites written in the test: Markdown in, HTML and diagnostics out.
@Suite struct PipelineEndToEndTests {
    @Test func aGuideBecomesAPageWithHeadingAnchorsAndATableOfContents() throws {
        let site = try SiteFixture.build([
            "content/s/a.md": "---\ntitle: 第一页\n---\n\n## 安装驱动\n\n正文。\n\n### 检查版本\n\n```sh\nnvidia-smi\n```\n",
        ])
        #expect(site.errors.isEmpty)
        let main = try #require(site.main("s/a/index.html"))
        #expect(main.contains("<h2 id=\"安装驱动\">安装驱动<a class=\"heading-anchor\" href=\"#安装驱动\""))
        #expect(main.contains("<h3 id=\"检查版本\">"))
        #expect(main.contains("class=\"code-block\" data-lang=\"sh\""))
        let page = try #require(site.pages["s/a/index.html"])
        #expect(page.contains("href=\"#检查版本\""), "the table of contents lists level-3 headings")
        #expect(page.contains("href=\"../../index.html\""), "links back to the root are relative, for file://")
    }

    @Test func directivesWithoutTheirDataReportEachUseAndNothingIsBuilt() throws {
        let site = try SiteFixture.build([
            "content/s/a.md": "---\ntitle: 页\n---\n\n```matrix\ntable: gpus\n```\n\n```install\npytorch: latest\n```\n\n```glossary\n```\n",
        ])
        #expect(site.pages.isEmpty)
        let messages = site.errors.map { "\($0.location.description): \($0.message)" }
        #expect(messages.contains("content/s/a.md:5:1: a 'matrix' block needs the dataset, but content/data/compat/ has none"), "\(messages)")
        #expect(messages.contains("content/s/a.md:9:1: an 'install' block needs the dataset, but content/data/compat/ has none"))
        #expect(messages.contains("content/s/a.md:13:1: a 'glossary' block needs terms, but content/data/glossary.yaml has none"))
    }

    @Test func aBrokenLinkIsReportedAtItsLineAndAGoodOneBecomesRelative() throws {
        let site = try SiteFixture.build([
            "content/s/a.md": "---\ntitle: 甲\n---\n\n见[乙](b.md#第二节)。\n",
            "content/s/b.md": "---\ntitle: 乙\n---\n\n## 第二节\n",
        ])
        #expect(site.errors.isEmpty)
        #expect(site.main("s/a/index.html")?.contains("href=\"../b/index.html#第二节\"") == true)
        let broken = try SiteFixture.build([
            "content/s/a.md": "---\ntitle: 甲\n---\n\n见[乙](b.md#没有这节)。\n",
            "content/s/b.md": "---\ntitle: 乙\n---\n\n## 第二节\n",
        ])
        #expect(broken.errors.contains { $0.location.description.hasPrefix("content/s/a.md:5:") })
    }
}

/// The two page sinks give the same site: pages kept in memory (serve, tests) and pages streamed to the staging
/// folder with their search terms gathered on the way (`gpukb build`).
@Suite struct PageSinkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func streamingToDiskWritesExactlyTheFilesTheInMemoryBuildHolds() throws {
        let options = BuildOptions(root: Self.root.appendingPathComponent("Tests/Fixtures/sites/tiny"), parallel: true,
                                   themesDirectory: Self.root.appendingPathComponent("themes"))
        let memory = try Pipeline.build(options).output.files
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gpukb-sink-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Pipeline.build(options, writingTo: out)
        var disk: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: out, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(out.standardizedFileURL.path.count + 1))
            if path == OutputGuard.marker { continue }
            disk[path] = try Data(contentsOf: url)
        }
        #expect(memory.keys.contains { $0.hasPrefix("search/") } && memory.keys.contains("assets/text.zh-CN.js"))
        #expect(Set(disk.keys) == Set(memory.keys), "only on disk: \(Set(disk.keys).subtracting(memory.keys).sorted()), only in memory: \(Set(memory.keys).subtracting(disk.keys).sorted())")
        for (path, data) in memory where disk[path] != data { Issue.record("\(path) differs between the sinks") }
    }
}
