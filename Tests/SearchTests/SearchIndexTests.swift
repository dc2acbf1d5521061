import Foundation
@testable import Search
import Testing

@Suite struct SearchIndexTests {
    static func page(_ url: String, _ title: String, _ sections: [(String, String, String)]) -> SearchIndexBuilder.AnalyzedPage {
        SearchIndexBuilder.analyze(SearchPage(url: url, title: title, sections: sections.map { SearchSection(anchor: $0.0, heading: $0.1, text: $0.2) }))
    }

    @Test func varintsAndBitmapsUseTheSixtyFourCharacterAlphabet() {
        #expect(PostingCodec.encodeGaps([0, 1, 33]) == "11w1")
        #expect(PostingCodec.encodeGaps([0, 8, 15], from: 0) == "087")
        #expect(PostingCodec.encodeWeighted([0 << 2 | 3, 2 << 2 | 1]) == "79")
        #expect(PostingCodec.encodeBitmap([0, 1, 7], documentCount: 8) == "!32")
    }

    @Test func aTinySiteGetsOneTermShardAndOneDocumentShard() throws {
        let pages = [
            Self.page("driver/linux/index.html", "在 Linux 上安装驱动", [("", "在 Linux 上安装驱动", "先用 nvidia-smi 查看显卡驱动版本。"),
                                                                 ("check", "检查", "Driver Version: 535.104.05")]),
            Self.page("python/index.html", "Python 环境", [("cu121", "cu121 轮子", "pip install torch==2.1.2+cu121")]),
        ]
        let index = SearchIndexBuilder.build(pages)
        #expect(index.documentCount == 3)
        #expect(index.termShardCount == 1)
        #expect(index.documentShardCount == 1)
        #expect(Set(index.files.keys) == ["search/index.js", "search/t0.js", "search/d0.js"])
        let manifest = try #require(index.files["search/index.js"])
        #expect(manifest.hasPrefix("(self.GPUKB_SEARCH_DATA||(self.GPUKB_SEARCH_DATA={})).index={\"v\":1,\"docs\":3,\"pages\":2,"))
        let terms = try #require(index.files["search/t0.js"])
        #expect(terms.contains("\"535.104\":["))
        #expect(terms.contains("\"nvidia-smi\":["))
        #expect(terms.contains("\"驱动\":["))
        let documents = try #require(index.files["search/d0.js"])
        #expect(documents.contains("[\"check\",\"检查\",\"Driver Version: 535.104.05\"]"))
    }

    @Test func largeSitesSplitTermsIntoOrderedShardsAndCutSectionText() throws {
        var pages: [SearchIndexBuilder.AnalyzedPage] = []
        for number in 0..<400 {
            let body = (0..<60).map { "term\(($0 * 7 + number) % 900) 显卡\(number % 10)号" }.joined(separator: " ")
            pages.append(Self.page("s/p\(number)/index.html", "页面 \(number)", [("", "页面 \(number)", body), ("a", "小节", body)]))
        }
        var options = SearchIndexOptions()
        options.textBudgetBytes = 800 * 200
        let index = SearchIndexBuilder.build(pages, options: options)
        #expect(index.termShardCount > 3)
        #expect(index.documentShardCount > 3)
        #expect(index.sectionTextBytes == 200)
        // Shards hold terms in UTF-16 order, so the manifest's first terms are ascending.
        let manifest = try #require(index.files["search/index.js"])
        let start = try #require(manifest.range(of: "\"terms\":["))
        let end = try #require(manifest[start.upperBound...].range(of: "]"))
        let firsts = manifest[start.upperBound..<end.lowerBound].split(separator: ",").map { String($0.dropFirst().dropLast()) }
        #expect(firsts == firsts.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        #expect(firsts.count == index.termShardCount)
    }

    @Test func pageTitlesThatLookLikeMarkupStayData() throws {
        let index = SearchIndexBuilder.build([Self.page("x/index.html", "<img src=x onerror=alert(1)>", [("", "t", "text </script><script>alert(1)</script>")])])
        let documents = try #require(index.files["search/d0.js"])
        #expect(!documents.contains("<"))
        #expect(documents.contains("\\u003cimg src=x onerror=alert(1)>"))
    }
}
