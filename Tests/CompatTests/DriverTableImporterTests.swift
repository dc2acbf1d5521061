import Foundation
import Testing
@testable import Compat

@Suite struct DriverTableImporterTests {
    static var fixture: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/compat/release-notes-driver-table.html")
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    @Test func readsRowsFromTheReleaseNotesHTMLIncludingNAColumns() throws {
        let (rows, skipped) = DriverTableImporter.parse(try Self.fixture)
        let byName = Dictionary(rows.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["13.0 Update 2"]?.version == Version("13.0.2"))
        #expect(byName["13.0 Update 2"]?.minDriver.linux == Version("580.95.05"))
        #expect(byName["13.0 Update 2"]?.minDriver.windows == nil)
        #expect(byName["12.8 Update 1"]?.minDriver.windows == Version("572.61"))
        #expect(byName["11.0 Update 1"]?.version == Version("11.0.3"))
        #expect(byName["11.0 GA"]?.version == Version("11.0.2"))
        #expect(byName["10.1 GA"]?.version == Version("10.1.105"))
        #expect(byName["10.2 GA"]?.version == Version("10.2.89"))
        #expect(skipped.contains { $0.reason == "release candidate" })
        #expect(rows.allSatisfy { $0.line > 1 })
    }

    @Test func readsTheTableCopiedAsText() {
        let text = """
        CUDA Toolkit\tLinux x86_64 Driver Version\tWindows x86_64 Driver Version
        CUDA 13.1 GA\t>=590.44.01\tN/A
        CUDA 12.8 Update 1   >= 570.124.06   >= 572.61
        """
        let (rows, _) = DriverTableImporter.parse(text)
        #expect(rows.map(\.name) == ["13.1 GA", "12.8 Update 1"])
        #expect(rows.map(\.line) == [2, 3])
    }

    @Test func mergeAddsNewReleasesAndReportsConflictsWithoutOverwriting() throws {
        // The dataset disagrees with NVIDIA's table on one row.
        let data = Fixture.load(["cuda.yaml": Fixture.cuda.replacingOccurrences(of: "windows: \"536.25\"", with: "windows: \"536.19\"")]).0
        let (rows, skipped) = DriverTableImporter.parse(try Self.fixture)
        let outcome = DriverTableImporter.merge(rows, skipped: skipped, into: data)
        #expect(outcome.added.map(\.version.description).contains("13.0.2"))
        #expect(!outcome.added.contains { $0.version < Version([11, 8]) }, "rows older than the dataset are skipped")
        #expect(outcome.unchanged >= 6)
        let conflict = try #require(outcome.conflicts.first)
        #expect(conflict.row.name == "12.2 GA")
        #expect(conflict.differences == ["windows driver 536.19 in the dataset, 536.25 in the table"])
        #expect(outcome.dataset.cuda.first { $0.version == Version("12.2.0") }?.minDriver.windows == Version("536.19"), "kept")
        #expect(outcome.dataset.cuda.map(\.version) == outcome.dataset.cuda.map(\.version).sorted())
        #expect(outcome.added.allSatisfy { $0.provenance.source == DriverTableImporter.sourceURL })
    }
}
