import Diagnostics
import Foundation
import Testing
@testable import Compat

/// The importers read real vendor pages (Tests/Fixtures/compat/upstream, see SOURCES.md there) and are checked
/// against the project's own dataset, which was typed from the same vendors' pages.
@Suite struct VendorImporterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func page(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/compat/upstream/\(name)"), encoding: .utf8)
    }

    static var dataset: CompatDataset {
        var bag = DiagnosticBag()
        return DatasetLoader.load(directory: root.appendingPathComponent("content/data/compat"), display: "content/data/compat", into: &bag)
    }

    // MARK: cuDNN

    @Test func cudnnMatrixAgreesWithTheDatasetsSourcedRecord() throws {
        let parsed = CuDNNMatrixImporter.parse(try Self.page("cudnn-support-matrix-9.17.0.txt"))
        #expect(parsed.rows.count == 2)
        let thirteen = try #require(parsed.rows.first { $0.cudaMajor == 13 })
        #expect(thirteen.cuda == [Version("13.0"), Version("13.1")].compactMap { $0 })
        #expect(thirteen.minDriver.linux == Version("580.65.06") && thirteen.minDriver.windows == nil)
        #expect(parsed.rows.allSatisfy { $0.capabilities.min() == Version("7.5") }, "footnote markers [3] are not read as values")
        let report = CuDNNMatrixImporter.merge(parsed.rows, date: "2026-12-05", into: Self.dataset)
        #expect(report.unchanged == 1 && report.conflicts.isEmpty && !report.changesDataset)
    }

    @Test func cudnnMatrixReplacesAnInferredRecordItCoversAndKeepsItsHistory() throws {
        let parsed = CuDNNMatrixImporter.parse(try Self.page("cudnn-support-matrix-9.10.2.txt"))
        // Two CUDA 12.x rows (12.8–12.9 on a newer driver, 12.0–12.9 on 525) become one package with the lower driver.
        let report = CuDNNMatrixImporter.merge(parsed.rows, date: "2026-12-05", into: Self.dataset)
        #expect(report.updated.map(\.subject) == ["cuDNN 9.10.2"])
        let record = try #require(report.dataset.cudnn.first { $0.version == Version("9.10.2") })
        #expect(!record.cudaInferred)
        #expect(record.packages.first { $0.cudaMajor == 12 }?.minDriver?.linux == Version("525.60.13"))
        #expect(record.provenance.note?.contains("此前的说明") == true, "the earlier note (dates, PyPI) is kept")
        #expect(report.files == ["cudnn.yaml"])
    }

    @Test func cudnnRowsThePageDidNotRenderAreReportedNotGuessed() throws {
        let parsed = CuDNNMatrixImporter.parse(try Self.page("cudnn-support-matrix-9.5.1.txt"))
        #expect(parsed.skipped.contains { $0.subject == "cuDNN 9.5.1 for CUDA 11.x" && $0.detail.contains("no CUDA toolkit versions") })
        // The page's readable 11.x row says 11.8 only; the dataset's 11.0–11.8 is reported, not overwritten.
        let report = CuDNNMatrixImporter.merge(parsed.rows, skipped: parsed.skipped, date: "2026-12-05", into: Self.dataset)
        #expect(report.conflicts.first?.detail.contains("11.8 on the page") == true)
        #expect(!report.changesDataset)
    }

    @Test func cudnnRowForAnOlderReleaseDoesNotReplaceThatReleasesWholeRecord() throws {
        let parsed = CuDNNMatrixImporter.parse(try Self.page("cudnn-support-matrix-9.5.0.txt"))
        let legacy = try #require(parsed.rows.first { $0.version == Version("9.4.0") })
        #expect(legacy.cuda.first == Version("11.0") && legacy.cuda.last == Version("11.7") && !legacy.staticLinking)
        let report = CuDNNMatrixImporter.merge(parsed.rows, date: "2026-12-05", into: Self.dataset)
        let conflict = try #require(report.conflicts.first { $0.subject == "cuDNN 9.4.0" })
        #expect(conflict.detail.contains("covers only part"))
        #expect(report.updated.isEmpty)
    }

    @Test func cudnnRowCutOffMidwayIsSkippedAndCuDNN8IsRecognised() throws {
        let parsed = CuDNNMatrixImporter.parse(try Self.page("cudnn-support-matrix-9.0.0.txt"))
        #expect(parsed.skipped.contains { $0.detail.contains("row not understood") })
        let old = try Self.page("cudnn-support-matrix-8.9.6.txt")
        #expect(CuDNNMatrixImporter.parse(old).rows.isEmpty)
        #expect(CuDNNMatrixImporter.looksLikeCuDNN8(old))
    }

    @Test func cudnnMatrixSavedAsHTMLWithSupFootnotesAndLists() {
        // Constructed in the markup of NVIDIA's Sphinx pages (no saved HTML copy was available).
        let html = """
        <table class="table"><thead><tr><th><p>cuDNN Package <a class="footnote-reference brackets" href="#f1">1</a></p></th><th><p>CUDA Toolkit Version</p></th></tr></thead>
        <tbody><tr class="row-even"><td><p>cuDNN 9.29.0 for CUDA 13.x</p></td>
        <td><ul class="simple"><li><p>13.3</p></li><li><p>13.2</p></li><li><p>13.0</p></li></ul></td><td><p>Yes</p></td>
        <td><p>&gt;=580.65.06</p></td><td><p>N/A</p></td>
        <td><ul><li><p>12.0<sup>3</sup></p></li><li><p>7.5</p></li></ul></td><td><ul><li><p>NVIDIA Blackwell</p></li></ul></td></tr></tbody></table>
        """
        let parsed = CuDNNMatrixImporter.parse(html)
        let row = parsed.rows.first
        #expect(row?.version == Version("9.29.0"))
        #expect(row?.cuda == [Version("13.0"), Version("13.2"), Version("13.3")].compactMap { $0 })
        #expect(row?.capabilities == [Version("12.0"), Version("7.5")].compactMap { $0 })
        #expect(row?.line == 2)
        let report = CuDNNMatrixImporter.merge(parsed.rows, date: "2026-12-05", into: Self.dataset)
        #expect(report.added.map(\.subject) == ["cuDNN 9.29.0"])
        #expect(report.dataset.cudnn.last?.version == Version("9.29.0"))
        #expect(report.changeItems == ["cudnn 9.29.0"])
    }

    // MARK: CUDA GPUs

    @Test func gpuTableWithOneGPUPerLineJoinsWrappedNamesAndFindsTheDatasetsGaps() throws {
        let parsed = GPUTableImporter.parse(try Self.page("cuda-gpus-excerpt-lines.txt"))
        let names = parsed.rows.map(\.name)
        #expect(names.contains("NVIDIA RTX PRO 6000 Blackwell Server Edition"), "a name wrapped onto the next line is joined")
        #expect(!names.contains { $0.hasPrefix("Blackwell") })
        #expect(!names.contains("Data Center") && !names.contains("Jetson"), "header cells are not GPUs")
        // The project imported these two cards from this page; take them out so the import meets them as new.
        let imported: Set<String> = ["NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition"]
        var data = Self.dataset
        data.gpus.removeAll { imported.contains($0.name) }
        let report = GPUTableImporter.merge(parsed.rows, source: GPUTableImporter.sourceURL, date: "2026-12-05", into: data)
        #expect(report.conflicts.isEmpty)
        #expect(Set(report.added.map(\.subject)) == imported)
        let server = try #require(report.dataset.gpus.first { $0.name == "NVIDIA RTX PRO 6000 Blackwell Server Edition" })
        #expect(server.segment == "datacenter" && server.architecture == "Blackwell" && server.memoryGB == nil)
        #expect(report.unchanged > 40, "H100 matches the dataset's H100 SXM/PCIe/NVL; 'RTX 6000 Ada' its '… Ada Generation'")
    }

    @Test func theCurrentPageIsNotTakenForTheLegacyOneBecauseItLinksToIt() throws {
        // The current page says "For legacy GPUs, refer to Legacy CUDA GPU Compute Capability" and links there.
        #expect(GPUTableImporter.source(of: try Self.page("cuda-gpus-excerpt-lines.txt")) == GPUTableImporter.sourceURL)
        #expect(GPUTableImporter.source(of: try Self.page("cuda-gpus-excerpt.md")) == GPUTableImporter.sourceURL)
        #expect(GPUTableImporter.source(of: try Self.page("cuda-legacy-gpus-excerpt.md")) == GPUTableImporter.legacySourceURL)
        let current = #"<html><head><title>CUDA GPU Compute Capability | NVIDIA Developer</title></head><body><p>For legacy GPUs, refer to <a href="https://developer.nvidia.com/cuda-legacy-gpus">Legacy CUDA GPU Compute Capability</a>.</p></body></html>"#
        #expect(GPUTableImporter.source(of: current) == GPUTableImporter.sourceURL)
        let legacy = #"<html><head><title>Legacy CUDA GPU Compute Capability | NVIDIA Developer</title></head><body></body></html>"#
        #expect(GPUTableImporter.source(of: legacy) == GPUTableImporter.legacySourceURL)
    }

    @Test func gpuCellsJoinedBySpacesAreReportedNotSplitByGuess() throws {
        let parsed = GPUTableImporter.parse(try Self.page("cuda-legacy-gpus-excerpt.md"))
        #expect(parsed.skipped.contains { $0.detail.contains("joined by spaces") && $0.subject == "compute capability 6.1" })
        #expect(parsed.rows.map(\.name).contains("Tesla P100"), "a cell with one GPU is read")
        #expect(!parsed.rows.contains { $0.name.contains("Quadro P400 P620") })
    }

    @Test func gpuTableSavedAsHTMLKeepsColumnsAsSegments() {
        // Constructed in the current page's four-column layout (no saved HTML copy was available).
        let html = """
        <table><tr><th>Compute Capability</th><th>Data Center</th><th>Workstation/Consumer</th><th>Jetson</th></tr>
        <tr><td>12.0</td><td><p>NVIDIA RTX PRO 6000</p><p>Blackwell Server Edition</p></td><td>GeForce RTX 5090<br>NVIDIA RTX PRO 7000 Blackwell</td><td></td></tr>
        <tr><td>11.0</td><td></td><td></td><td>Jetson T6000</td></tr></table>
        """
        let parsed = GPUTableImporter.parse(html)
        #expect(parsed.rows.map(\.name) == ["NVIDIA RTX PRO 6000 Blackwell Server Edition", "GeForce RTX 5090", "NVIDIA RTX PRO 7000 Blackwell", "Jetson T6000"])
        let report = GPUTableImporter.merge(parsed.rows, source: GPUTableImporter.sourceURL, date: "2026-12-05", into: Self.dataset)
        let added = Dictionary(report.dataset.gpus.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(added["NVIDIA RTX PRO 7000 Blackwell"]?.segment == "workstation")
        #expect(added["Jetson T6000"]?.segment == "embedded")
        // The name without "NVIDIA" already finds it, so no alias repeats it.
        #expect(added["NVIDIA RTX PRO 7000 Blackwell"]?.aliases == [])
        #expect(GPUIndex(report.dataset.gpus).find("RTX PRO 7000 Blackwell")?.name == "NVIDIA RTX PRO 7000 Blackwell")
    }

    @Test func gpuWithAComputeCapabilityNoArchitectureHasIsSkipped() {
        let rows = [GPUTableImporter.Row(line: 3, name: "Tesla C2075", computeCapability: Version([2, 0]), column: nil)]
        let report = GPUTableImporter.merge(rows, source: GPUTableImporter.legacySourceURL, date: "2026-12-05", into: Self.dataset)
        #expect(report.added.isEmpty && report.skipped.first?.detail.contains("architectures.yaml") == true)
    }

    // MARK: PyTorch

    @Test func releaseMatrixIsReadByColumnNamesInBothLayouts() throws {
        let current = ReleaseNotesImporter.parse(try Self.page("pytorch-RELEASE-recent-english-sections.md"))
        let row = try #require(current.rows.first { $0.minor == Version("2.14") })
        #expect(row.python == PythonRange(min: Version([3, 10]), max: Version([3, 14])), "'<=(3.15, 3.15t experimental)': 3.15 is experimental")
        #expect(row.experimentalPython == [Version([3, 15])])
        #expect(row.tags == ["cu126", "cu130", "cu132"])
        #expect(current.archReleases == [Version([2, 12]), Version([2, 13]), Version([2, 14])])
        #expect(current.archRow(for: Version([2, 14, 0]), tag: "cu130")?.ptx == Version([12, 0]))
        #expect(current.armRow(for: Version([2, 14, 0]), tag: "cu126")?.arches == [Version([8, 0]), Version([9, 0])], "the aarch64 table is its own")
        #expect(current.armRow(for: Version([2, 13, 0]), tag: "cu132")?.arches.contains(Version([11, 0])) == true)
        #expect(current.dates[Version([2, 14])] == "2026-09-02" && current.dates[Version([2, 9])] == "2025-10")
        let old = ReleaseNotesImporter.parse(try Self.page("pytorch-RELEASE.md"))
        #expect(old.rows.first?.minor == Version([2, 3]))
        #expect(old.rows.first { $0.minor == Version([2, 0]) }?.tags == ["cu117", "cu118"], "'CUDA 11.7, CUDNN 8.5.0.96': CUDNN is not a CUDA build")
    }

    @Test func releaseMatrixAuditReportsOnlyRealDisagreements() throws {
        let notes = ReleaseNotesImporter.parse(try Self.page("pytorch-RELEASE-recent-english-sections.md"))
        let report = ReleaseNotesImporter.audit(notes, into: Self.dataset)
        #expect(report.unchanged >= 20)
        // The dataset's cu129 builds (from PyTorch's test-infra) and 1.12's cu102 are not in RELEASE.md's matrix.
        #expect(report.conflicts.allSatisfy { $0.detail.contains("cu129") || $0.detail.contains("cu102") })
        #expect(!report.changesDataset)
    }

    @Test func wheelIndexPagesOfEveryEraAgreeWithTheDataset() throws {
        for name in ["wheel-index-excerpt-cu128-torch-2.7.0.html", "wheel-index-excerpts-other.txt", "wheel-filenames.txt"] {
            let parsed = WheelIndexImporter.parse(try Self.page(name))
            #expect(!parsed.wheels.isEmpty, "\(name)")
            let notes = ReleaseNotesImporter.parse(try Self.page("pytorch-RELEASE-recent-english-sections.md"))
            let report = WheelIndexImporter.merge(parsed.wheels, notes: notes, torchvision: nil, source: WheelIndexImporter.sourceURL,
                                                  date: "2026-12-05", into: Self.dataset)
            #expect(report.conflicts.isEmpty, "\(name): \(report.conflicts)")
            #expect(report.unchanged >= 1 && report.added.isEmpty)
        }
        let wheels = WheelIndexImporter.parse(try Self.page("wheel-index-excerpts-other.txt")).wheels
        #expect(wheels.contains { $0.version == Version("2.11.0") && $0.local == "cu128" }, "absolute download-r2 hrefs with %2B")
        #expect(wheels.contains { $0.abi == "cp37m" })
    }

    @Test func newReleaseFromItsWheelsTakesRELEASEmdFactsAndMarksWhatIsInferred() throws {
        // File names in the index's form for a release the dataset does not have yet.
        let names = ["cp310", "cp314"].flatMap { py in
            ["cu130", "cu132", "cpu"].flatMap { tag in
                ["manylinux_2_28_x86_64", "win_amd64"].map { "torch-2.15.0%2B\(tag)-\(py)-\(py)-\($0).whl" }
            }
        } + ["torch-2.15.0%2Bcu130-cp312-cp312-manylinux_2_28_aarch64.whl"] + ["torch-2.15.0-cp312-none-macosx_11_0_arm64.whl", "torch-2.15.0%2Bcu130-cp314-cp314t-manylinux_2_28_x86_64.whl", "torch-2.15.0.dev20261001%2Bcu130-cp312-cp312-win_amd64.whl"]
        let parsed = WheelIndexImporter.parse(names.joined(separator: "\n"))
        #expect(parsed.skipped.contains { $0.detail.contains("pre-release") })
        let notes = ReleaseNotesImporter.parse(try Self.page("pytorch-RELEASE-recent-english-sections.md"))
        let report = WheelIndexImporter.merge(parsed.wheels, notes: notes, torchvision: Version("0.30.0"), source: WheelIndexImporter.sourceURL,
                                              date: "2026-12-05", into: Self.dataset)
        let release = try #require(report.dataset.pytorch.last)
        #expect(release.version == Version("2.15.0"))
        #expect(release.variants.map(\.tag) == ["cu130", "cu132", "cpu"])
        #expect(release.variants.last?.platforms == ["linux", "windows", "macos"])
        #expect(release.python == PythonRange(min: Version([3, 10]), max: Version([3, 14])), "no 2.15 row in RELEASE.md: from cp tags, free-threaded left out")
        #expect(release.date == "2026-10", "RELEASE.md's cadence table plans 2.15 for 28 Oct 2026")
        #expect(release.defaultVariant == "cu130")
        #expect(release.variants.first?.archList == Self.dataset.pytorch.last?.variants.first { $0.tag == "cu130" }?.archList)
        #expect(release.variants.first?.pip == "pip install torch==2.15.0 torchvision==0.30.0 --index-url https://download.pytorch.org/whl/cu130")
        let note = release.provenance.note ?? ""
        for inferred in ["Python 范围按轮子文件", "arch_list 沿用 2.14.", "default_variant 沿用", "计划日期"] {
            #expect(note.contains(inferred), "note says: \(inferred)")
        }
        #expect(report.changeItems == ["pytorch 2.15.0"] && report.files == ["pytorch.yaml"])
        let arm = try #require(release.variants.first?.aarch64, "the aarch64 wheel is recorded")
        #expect(arm.archList == nil, "RELEASE.md's aarch64 table does not name 2.15, and the x86_64 list is never borrowed")
        #expect(release.variants.dropFirst().first?.aarch64 == nil)
    }
}

@Suite struct OtherVendorTests {
    @Test func otherVendorsGPUsAreNamedAndNoNVIDIAGPUIsMistakenForOne() {
        let data = VendorImporterTests.dataset
        for gpu in data.gpus {
            for name in [gpu.name] + gpu.aliases { #expect(OtherVendors.vendor(of: name) == nil, "\(name) is NVIDIA's") }
        }
        let expected = ["Radeon RX 7900": "amd", "RX 6800 XT": "amd", "AMD Instinct MI300X": "amd", "MI250X": "amd",
                        "Intel Arc A770": "intel", "Intel Iris Xe": "intel", "Arc B580": "intel", "Apple M2": "apple", "M3 Max": "apple",
                        "Ascend 910B": "ascend", "MTT S4000": "moore-threads"]
        for (name, vendor) in expected { #expect(OtherVendors.vendor(of: name)?.id == vendor, "\(name)") }
        let queries = Queries(data: data)
        #expect(throws: UnknownRecordError.self) { try queries.gpu("Radeon RX 7900") }
        do {
            _ = try queries.gpu("Radeon RX 7900")
        } catch {
            #expect(error.suggestions.isEmpty, "no 'did you mean' an NVIDIA card")
            #expect(error.description.contains("不是 NVIDIA GPU") && error.description.contains("ROCm"))
        }
    }
}
