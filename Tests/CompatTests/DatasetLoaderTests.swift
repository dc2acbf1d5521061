import Foundation
import Testing
@testable import Compat
import Diagnostics

@Suite struct DatasetLoaderTests {
    @Test func fixtureDatasetLoadsWithoutDiagnostics() {
        let (data, diagnostics) = Fixture.load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(data.cuda.count == 8)
        #expect(data.cuda[0].name == "11.8 GA")
        #expect(data.cuda[6].name == "12.8 Update 1")
        #expect(data.cuda[7].minDriver.windows == nil, "N/A reads as no minimum")
        #expect(data.pytorch[0].variants.count == 2)
    }

    @Test func unknownArchitectureIsReportedAtTheGPURecordWithASuggestion() {
        let gpus = Fixture.gpus.replacingOccurrences(of: "architecture: \"Ada Lovelace\"", with: "architecture: \"Ada Lovelance\"")
        let (_, diagnostics) = Fixture.load(["gpus.yaml": gpus])
        let error = diagnostics.first { $0.message.contains("unknown architecture") }
        #expect(error != nil)
        #expect(error?.location == SourceLocation(path: "data/gpus.yaml", line: 8, column: 5))
        #expect(error?.message.contains("did you mean 'Ada Lovelace'") == true)
    }

    @Test func everyProblemIsReportedInOneRun() {
        let cuda = Fixture.cuda
            .replacingOccurrences(of: "  - version: \"12.2.0\"", with: "  - version: \"12.1.1\"")
            .replacingOccurrences(of: "    source: https://docs.nvidia.com/deploy/cuda-compatibility/\n  - major: 12", with: "  - major: 12")
        let pytorch = Fixture.pytorch
            .replacingOccurrences(of: "tag: \"cu121\"", with: "tag: \"cu122\"")
            .replacingOccurrences(of: "cuda: \"11.8\"", with: "cuda: \"11.9\"")
        let (_, diagnostics) = Fixture.load(["cuda.yaml": cuda, "pytorch.yaml": pytorch])
        let messages = diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("duplicate CUDA release 12.1.1") })
        #expect(messages.contains { $0.contains("has no 'source'; every record cites") })
        #expect(messages.contains { $0.contains("variant tag 'cu122' does not match its CUDA 12.1; expected 'cu121'") })
        #expect(messages.contains { $0.contains("names CUDA 11.9, which is not in cuda.yaml") })
        #expect(messages.contains { $0.contains("default_variant 'cu121' is not one of its variants") })
        #expect(diagnostics.allSatisfy { $0.location.line > 0 && $0.location.column > 0 }, "\(diagnostics)")
    }

    @Test func implausibleOrderingsAreErrors() {
        let cuda = Fixture.cuda.replacingOccurrences(of: "{linux: \"570.124.06\", windows: \"572.61\"}", with: "{linux: \"560.1\", windows: \"572.61\"}")
        let pytorch = Fixture.pytorch.replacingOccurrences(of: "python: {min: \"3.8\", max: \"3.11\"}", with: "python: {min: \"3.12\", max: \"3.8\"}")
        let (_, diagnostics) = Fixture.load(["cuda.yaml": cuda, "pytorch.yaml": pytorch])
        #expect(diagnostics.contains { $0.message.contains("implausible linux driver minimum for CUDA 12.8.1: 560.1 is lower than 570.26") })
        #expect(diagnostics.contains { $0.message.contains("python.min 3.12 is above python.max 3.8") })
    }

    @Test func schemaErrorsCarryTheValuesPosition() {
        let gpus = Fixture.gpus.replacingOccurrences(of: "memory_gb: 24", with: "memory_gb: lots")
            .replacingOccurrences(of: "segment: \"geforce\"\n    architecture: \"Blackwell\"", with: "segmant: \"geforce\"\n    architecture: \"Blackwell\"")
        let (_, diagnostics) = Fixture.load(["gpus.yaml": gpus])
        #expect(diagnostics.contains { $0.message == "expected 'memory_gb' to be a number, found 'lots'" && $0.location.line == 13 && $0.location.column == 16 })
        #expect(diagnostics.contains { $0.message.hasPrefix("unknown key 'segmant' in GPU") })
        #expect(diagnostics.contains { $0.message == "GPU has no 'segment'" })
    }

    @Test func anUnknownTopLevelKeyIsReportedOnce() {
        let (_, diagnostics) = Fixture.load(["cuda.yaml": "notes: []\n" + Fixture.cuda])
        #expect(diagnostics.filter { $0.message.hasPrefix("unknown key 'notes' in cuda.yaml") }.count == 1)
    }

    @Test func aliasesMustPickOneGPU() {
        let gpus = Fixture.gpus.replacingOccurrences(of: "aliases: [\"RTX 5090\", \"5090\"]", with: "aliases: [\"RTX 5090\", \"4090\"]")
        let (_, diagnostics) = Fixture.load(["gpus.yaml": gpus])
        #expect(diagnostics.contains { $0.message.contains("alias '4090' is already used by 'GeForce RTX 4090'") })
    }

    @Test func formatIsCanonicalAndIdempotent() {
        let data = Fixture.dataset
        var texts: [String: String] = [:]
        for name in ["cuda.yaml", "architectures.yaml", "gpus.yaml", "pytorch.yaml"] {
            texts[name] = DatasetFormatter.format(name, data) ?? ""
        }
        var bag = DiagnosticBag()
        let reloaded = DatasetLoader.load(texts: texts, display: "data", into: &bag)
        #expect(bag.all.isEmpty, "\(bag.all)")
        for name in texts.keys {
            #expect(DatasetFormatter.format(name, reloaded) == texts[name], "\(name) changes when formatted twice")
        }
        #expect(reloaded.cuda == data.cuda.map { release in
            var copy = release
            copy.provenance.location = reloaded.cuda.first { $0.version == release.version }?.provenance.location ?? copy.provenance.location
            copy.nameIsExplicit = reloaded.cuda.first { $0.version == release.version }?.nameIsExplicit ?? false
            return copy
        })
        #expect(texts["cuda.yaml"]?.contains("min_driver: {linux: \"580.65.06\", windows: \"N/A\"}") == true)
    }

    @Test func aNoteOrARuleMayBeWrittenPerLanguageAndFormatsBackTheSame() throws {
        let drivers = """
        branches:
          - branch: 580
            designation: "ltsb"
            end_of_life: "2028-06"
            max_cuda_major: 13
            source: "https://docs.nvidia.com/datacenter/tesla/drivers/index.html"
            note:
              zh-CN: "R580 也是最后一个支持 Pascal 的分支。"
              en: "R580 is also the last branch that supports Pascal."

        """
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var texts = ["drivers.yaml": drivers]
        for language in ["zh-CN", "en"] {
            texts["phrases/\(language).yaml"] = try String(contentsOf: root.appendingPathComponent("content/data/compat/phrases/\(language).yaml"), encoding: .utf8)
        }
        var bag = DiagnosticBag()
        let data = DatasetLoader.load(texts: texts, display: "data", into: &bag)
        #expect(bag.errors.isEmpty, "\(bag.errors)")
        #expect(data.driverBranches.first?.provenance.note == "R580 也是最后一个支持 Pascal 的分支。", "as loaded the dataset speaks zh-CN")
        #expect(data.speaking("en")?.driverBranches.first?.provenance.note == "R580 is also the last branch that supports Pascal.")
        #expect(DatasetFormatter.format("drivers.yaml", data) == drivers, "the formatter writes the note per language again")

        texts["drivers.yaml"] = drivers.replacingOccurrences(of: "      en: \"R580 is also the last branch that supports Pascal.\"\n", with: "")
        var missing = DiagnosticBag()
        _ = DatasetLoader.load(texts: texts, display: "data", into: &missing)
        #expect(missing.errors.map { "\($0.location.description): \($0.message)" }
                == ["data/drivers.yaml:8:7: text has no en; expected a text in every language the dataset speaks (en, zh-CN)"])
    }
}
