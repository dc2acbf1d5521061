@testable import Compat
import Diagnostics
import Foundation
import Testing

/// The engine's sentences come from the dataset's `phrases/<language>.yaml`; a broken file is reported with line:col.
@Suite struct PhraseTests {
    @Test func fillingReplacesOnlyTheGivenNamesAndLeavesOtherBracesAlone() {
        #expect(TextTemplate.fill("前面还有 {count} 篇…", ["count": "3"]) == "前面还有 3 篇…")
        #expect(TextTemplate.fill("{a}{b} {c} {", ["a": "1", "b": "{c}"]) == "1{c} {c} {", "a value is never filled again")
        #expect(TextTemplate.fill("json {\"k\": 1}", ["k": "x"]) == "json {\"k\": 1}")
        #expect(TextTemplate.placeholders(in: "{cc}（sm_{sm}） {not a name} {}") == ["cc", "sm"])
    }

    @Test func theRealTableHasEveryPhraseAndEachUsesExactlyTheNamesItMayUse() throws {
        var bag = DiagnosticBag()
        let book = try #require(Phrasebook.load(Fixture.phrases, language: "zh-CN", displayPath: "phrases/zh-CN.yaml", into: &bag))
        #expect(bag.all.isEmpty, "\(bag.all)")
        for phrase in Phrase.allCases {
            let text = book(phrase)
            #expect(text != phrase.rawValue, "no text for \(phrase.rawValue)")
            #expect(Set(TextTemplate.placeholders(in: text)) == Set(phrase.arguments), "\(phrase.rawValue): \(text)")
        }
    }

    @Test func theRealDatasetSpeaksChineseAndEnglishAndKeepsChineseAsItsDefault() throws {
        let data = VendorImporterTests.dataset
        #expect(Set(data.phrasebooks.keys) == ["zh-CN", "en"])
        #expect(data.phrases.language == "zh-CN")
        let english = try #require(data.speaking("en"))
        let rule = Resolver(data: english).driverRule(cuda: Version([12, 8]), os: .linux)
        #expect(!rule.ok.contains("驱动") && rule.ok.contains("{driver}") && rule.ok.contains("12.8"), "\(rule.ok)")
    }

    @Test func aVerdictIsWrittenInTheDatasetsLanguageAndLeavesTheReadersValuesForLater() throws {
        let data = Fixture.dataset
        #expect(data.phrases.language == "zh-CN")
        let resolver = Resolver(data: data)
        let rule = resolver.driverRule(cuda: Version([12, 1]), os: .linux)
        #expect(rule.ok.contains("{driver}") && rule.ok.contains("CUDA 12.1"), "the page fills {driver}: \(rule.ok)")
        #expect(resolver.check(rule, driver: Version([999, 1])).reason.hasPrefix("驱动 999.1 "))

        var english = data
        english.phrases = Phrasebook(language: "en", texts: [.driverOK: "Driver {driver} is new enough: {requirement}.",
                                                              .driverNeed: "CUDA {cuda} needs {column} ≥ {need}", .driverColumn: "{os} driver"])
        let said = Resolver(data: english).check(Resolver(data: english).driverRule(cuda: Version([12, 1]), os: .linux), driver: Version([999, 1])).reason
        #expect(said.hasPrefix("Driver 999.1 is new enough: CUDA 12.1 needs Linux driver ≥ "), "\(said)")
    }

    @Test func yamlsNotANumberAndInfinityAreNotText() {
        for value in [".nan", ".NaN", ".inf", "-.Inf"] {
            var bag = DiagnosticBag()
            _ = Phrasebook.load("arch:\n  cpu: \(value)\n", language: "x", displayPath: "p.yaml", into: &bag)
            #expect(bag.sorted().contains { $0.location.description == "p.yaml:2:8" && $0.message.hasPrefix("expected 'arch.cpu' to be a string") },
                    "\(value): \(bag.sorted().map(\.message))")
        }
    }

    @Test func aBrokenPhrasesFileReportsEveryProblemWithItsLineAndColumn() {
        var bag = DiagnosticBag()
        let data = DatasetLoader.load(texts: Fixture.texts(overriding: ["phrases/zh-CN.yaml": """
        driver:
          ok: 驱动 {driver} 满足要求：{requirment}。
          okk: 拼错的键
        arch:
          cpu: [列表]
        """]), display: "data", into: &bag)
        let messages = bag.sorted().map { "\($0.location.description): \($0.message)" }
        #expect(messages.contains("data/phrases/zh-CN.yaml:2:7: 'driver.ok' uses the placeholder {requirment}, which the build does not fill; expected {driver}, {requirement}"),
                "\(messages)")
        #expect(messages.contains { $0.hasPrefix("data/phrases/zh-CN.yaml:3:3: unknown text key 'driver.okk'") && $0.contains("Phrase.swift") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("data/phrases/zh-CN.yaml:5:8: expected 'arch.cpu' to be a string") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("data/phrases/zh-CN.yaml:1:1: the string table has no text for 'driver.column'") }, "\(messages)")
        #expect(data.phrasebooks.isEmpty && data.speaking("zh-CN") == nil)
    }
}
