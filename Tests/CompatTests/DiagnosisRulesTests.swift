import Foundation
import Testing
@testable import Compat
import Diagnostics

@Suite struct DiagnosisRulesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ text: String) -> (CompatDataset, [Diagnostic]) {
        var bag = DiagnosticBag()
        let data = DatasetLoader.load(texts: ["diagnosis.yaml": text], display: "data", into: &bag)
        return (data, bag.all)
    }

    @Test func theRepositoryRulesLoadCleanAndCoverEveryFindingCode() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("content/data/compat/diagnosis.yaml"), encoding: .utf8)
        let (data, diagnostics) = Self.load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let rules = try #require(data.diagnosis)
        #expect(rules.codes == ["not-recognized", "no-driver", "driver-library-mismatch", "gpu-error", "driver-cannot-drive-gpu",
                                "driver-too-old-for-torch", "cpu-only-torch", "arch-not-in-build", "no-build-for-gpu", "shared-gpu-name", "gpu-not-named", "capability-warning", "toolkit-too-new-for-driver", "container-gpu", "fabric-manager",
                                "cuda-unavailable", "onnxruntime-cpu", "wsl", "cuda-numbers", "driver-branch-ended"])
        let json = rules.json.render()
        #expect(json.contains("\"features\":[\"os\","))
        #expect(json.contains("\"itemFeatures\":[\"gpu_name\","))
        #expect(rules.links.allSatisfy { $0.path.contains("index.html") })
    }

    @Test func aTextMayBeWrittenPerLanguageAndEachEditionShipsItsOwn() throws {
        let rules = """
        severities: [info]
        links: {x: "a/index.html"}
        checks:
          - code: x
            cases:
              - when: {}
                severity: info
                text: [{zh-CN: "驱动 {driver_version} 太旧", en: "Driver {driver_version} is too old"}, "."]
        """
        let phrases = try String(contentsOf: Self.root.appendingPathComponent("content/data/compat/phrases/en.yaml"), encoding: .utf8)
        let chinese = try String(contentsOf: Self.root.appendingPathComponent("content/data/compat/phrases/zh-CN.yaml"), encoding: .utf8)
        var bag = DiagnosticBag()
        let data = DatasetLoader.load(texts: ["diagnosis.yaml": rules, "phrases/en.yaml": phrases, "phrases/zh-CN.yaml": chinese], display: "data", into: &bag)
        #expect(bag.all.filter { $0.message.contains("diagnosis") || $0.message.contains("translated") }.isEmpty, "\(bag.all)")
        #expect(data.diagnosis?.json.render().contains("\"text\":[\"驱动 {driver_version} 太旧\",\".\"]") == true, "the dataset as loaded speaks zh-CN")
        let english = try #require(data.speaking("en")?.diagnosis?.json.render())
        #expect(english.contains("\"text\":[\"Driver {driver_version} is too old\",\".\"]"))
        #expect(!english.contains(DiagnosisRules.translatedKey))

        func problems(_ text: String) -> [String] {
            var other = DiagnosticBag()
            _ = DatasetLoader.load(texts: ["diagnosis.yaml": text, "phrases/en.yaml": phrases, "phrases/zh-CN.yaml": chinese], display: "data", into: &other)
            return other.all.map { "\($0.location.description): \($0.message)" }
        }
        let placeholders = problems(rules.replacingOccurrences(of: "en: \"Driver {driver_version} is too old\"", with: "en: \"Driver {driver} is too old\""))
        #expect(placeholders.contains { $0.hasPrefix("data/diagnosis.yaml:8:54: the 'en' text uses the placeholders {driver}, the 'zh-CN' text {driver_version}") }, "\(placeholders)")
        let missing = problems(rules.replacingOccurrences(of: ", \".\"]", with: ", {zh-CN: \"。\"}]"))
        #expect(missing == ["data/diagnosis.yaml:8:93: translated text has no en; expected a text in every language the dataset speaks (en, zh-CN)"])
    }

    @Test func plainTrueFalseNullAreJSONAndQuotedOnesAreStrings() throws {
        let (data, diagnostics) = Self.load("""
        severities: [info]
        links: {x: "a/index.html"}
        checks:
          - code: x
            cases:
              - when: {mac: true, empty: "true", gpu_error: null, os: {in: [linux, "null"]}}
                severity: info
                text: "t"
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let json = try #require(data.diagnosis).json.render()
        #expect(json.contains(#"{"mac":true,"empty":"true","gpu_error":null,"os":{"in":["linux","null"]}}"#))
    }

    @Test func rulesWithAnyErrorAreNotShippedAndEveryProblemIsReportedWithItsLine() {
        let (data, diagnostics) = Self.load("""
        severities: [error]
        links: {x: "a/index.html"}
        checks:
          - code: x
            cases:
              - when: {gpu_cc: "8.9"}
                severity: error
                text: {pick: nothing, cases: {a: "{also_nothing}"}}
          - code: y
            cases: []
        """)
        #expect(data.diagnosis == nil)
        let lines = diagnostics.map { "\($0.location.line): \($0.message)" }
        #expect(lines.contains("6: 'gpu_cc' is a per-GPU feature: use it only in a check with 'each: gpus'"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("8: unknown feature 'nothing'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("8: unknown feature 'also_nothing'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("10: expected 'cases' to be a non-empty list") }, "\(lines)")
        #expect(lines.contains { $0.contains("check 'y' has no link") }, "\(lines)")
    }

    @Test func everyDeclaredFeatureNameIsUniqueAndNoneIsAlsoPerGPU() {
        let names = DiagnosisRules.features.map(\.name) + DiagnosisRules.gpuFeatures.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.allSatisfy { $0 == "_" || ("a"..."z").contains($0) } }, "placeholders match [a-z_]+ in all three readers")
    }
}
