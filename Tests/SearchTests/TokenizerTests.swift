import Foundation
@testable import Search
import Testing

/// The vectors in Tests/Fixtures/search/tokenizer-vectors.json are shared with Tests/js/search.test.js, so the
/// build and the browser split text the same way. `GPUKB_RECORD=1` rewrites the expected terms.
@Suite struct TokenizerTests {
    static let vectorsURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/search/tokenizer-vectors.json")

    @Test func everySharedVectorGivesItsTerms() throws {
        let data = try Data(contentsOf: Self.vectorsURL)
        guard var file = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              var vectors = file["vectors"] as? [[String: Any]] else {
            Issue.record("vectors file has no 'vectors' list")
            return
        }
        let record = ProcessInfo.processInfo.environment["GPUKB_RECORD"] == "1"
        for (index, vector) in vectors.enumerated() {
            let text: String
            if let repeated = vector["repeat"] as? String, let times = vector["times"] as? Int {
                text = String(repeating: repeated, count: times)
            } else {
                text = vector["text"] as? String ?? ""
            }
            let mode: Tokenizer.Mode = vector["mode"] as? String == "query" ? .query : .index
            let terms = Tokenizer.terms(text, mode: mode)
            if record {
                vectors[index]["terms"] = terms
            } else {
                let expected = vector["terms"] as? [String]
                #expect(expected == terms, "vector \(index) (\(vector["mode"] ?? "")): \(String(text.prefix(40)).debugDescription)")
            }
        }
        if record {
            file["vectors"] = vectors
            let out = try JSONSerialization.data(withJSONObject: file, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try out.write(to: Self.vectorsURL)
        }
    }

    @Test func chineseRunsBecomeOverlappingBigramsWithTheLastCharacterInTheIndex() {
        #expect(Tokenizer.terms("显卡驱动", mode: .index) == ["显卡", "卡驱", "驱动", "动"])
        #expect(Tokenizer.terms("显卡驱动", mode: .query) == ["显卡", "卡驱", "驱动"])
        #expect(Tokenizer.terms("驱", mode: .query) == ["驱"])
    }

    @Test func identifiersAreKeptWholeAndSplitInTheIndexButWholeInQueries() {
        #expect(Tokenizer.terms("nvidia-smi", mode: .index) == ["nvidia-smi", "nvidia", "smi"])
        #expect(Tokenizer.terms("535.104.05", mode: .index) == ["535.104.05", "535", "104", "05", "535.104"])
        #expect(Tokenizer.terms("2.1.2+cu121", mode: .index) == ["2.1.2+cu121", "2", "1", "2", "cu121", "2.1.2", "2.1"])
        #expect(Tokenizer.terms("Torch 2.1.2+CU121", mode: .query) == ["torch", "2.1.2+cu121"])
    }

    @Test func fullWidthFormsAndCaseFold() {
        #expect(Tokenizer.terms("ＣＵＤＡ　１２．４", mode: .query) == ["cuda", "12.4"])
        #expect(Tokenizer.normalize("ΣΊΣΥΦΟΣ") == Tokenizer.normalize("σίσυφοσ"))
    }

    @Test func fastNormalizationPathAgreesWithTheFullOne() {
        let samples = ["ＡＢＣ　驱动，版本。", "Driver Version: 535", "【注意】“引号”—破折号·点", "（括号）！？：；"]
        for sample in samples {
            let full = sample.precomposedStringWithCompatibilityMapping.lowercased()
            #expect(Tokenizer.normalize(sample) == full, "\(sample)")
        }
    }

    @Test func longQueriesKeepTheirFirstThirtyTwoDistinctTerms() {
        let terms = Tokenizer.terms((0..<100).map { "w\($0)" }.joined(separator: " "), mode: .query)
        #expect(terms.count == Tokenizer.maximumQueryTerms)
        #expect(terms.first == "w0")
        #expect(Tokenizer.terms(String(repeating: "显卡", count: 5000), mode: .query) == ["显卡", "卡显"])
    }
}
