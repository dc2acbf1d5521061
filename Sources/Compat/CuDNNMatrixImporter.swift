import Foundation
import Diagnostics

/// Reads the "Supported NVIDIA Hardware and CUDA Version" table of NVIDIA's cuDNN 9 support matrix (the saved
/// HTML page, or its text) and merges it into `cudnn.yaml`.
///
/// A row reads: package (`cuDNN 9.17.0 for CUDA 13.x`), toolkit versions, static linking (Yes/No), Linux and
/// Windows driver minimums (`>=580.65.06`, `N/A`), compute capabilities, architectures. A release may have
/// several rows per CUDA major (static linking yes/no, or a newer driver for newer GPUs): its package lists
/// the union of their toolkits, the lowest driver and the lowest compute capability, as the dataset does.
/// cuDNN 8 matrices (one table with rowspans, footnote digits glued to values) are not read.
public enum CuDNNMatrixImporter {
    /// The page NVIDIA keeps current; new records cite it unless `--source` names the page read.
    public static let sourceURL = "https://docs.nvidia.com/deeplearning/cudnn/latest/reference/support-matrix.html"

    /// One row of the table.
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var version: Version
        public var cudaMajor: Int
        public var cuda: [Version]
        public var staticLinking: Bool
        public var minDriver: DriverMinimums
        public var capabilities: [Version]
    }

    /// The rows the page holds, and the rows it could not read (with why).
    public static func parse(_ input: String) -> (rows: [Row], skipped: [ImportReport.Entry]) {
        let lines = VendorPage.lines(input)
        var rows: [Row] = []
        var skipped: [ImportReport.Entry] = []
        var index = 0
        while index < lines.count {
            guard let (version, major) = label(lines[index].text) else { index += 1; continue }
            let start = lines[index]
            index += 1
            var cuda: [Version] = []
            var staticLinking: Bool?
            var drivers: [Version?] = []
            var capabilities: [Version] = []
            while index < lines.count, label(lines[index].text) == nil {
                let value = VendorPage.withoutFootnote(lines[index].text)
                if staticLinking == nil {
                    if value == "Yes" || value == "No" { staticLinking = value == "Yes" }
                    else if let toolkit = toolkitVersion(value) { cuda.append(toolkit) }
                    else { break }
                } else if drivers.count < 2 {
                    guard let driver = driverCell(value) else { break }
                    drivers.append(driver)
                } else if let capability = Version(value), capability.parts.count == 2 {
                    capabilities.append(capability)
                } else {
                    break
                }
                index += 1
            }
            let subject = "cuDNN \(version) for CUDA \(major).x"
            guard let staticLinking, drivers.count == 2 else {
                skipped.append(.init(line: start.line, subject: subject, detail: "row not understood: expected toolkit versions, Yes/No, two driver cells (>=X or N/A) and compute capabilities"))
                continue
            }
            guard !cuda.isEmpty else {
                skipped.append(.init(line: start.line, subject: subject, detail: "the row lists no CUDA toolkit versions (a cell the saved page did not render, or one spanning rows); read them from the page and edit cudnn.yaml"))
                continue
            }
            if let stray = cuda.first(where: { $0.major != major }) {
                skipped.append(.init(line: start.line, subject: subject, detail: "toolkit \(stray) is not CUDA \(major).x"))
                continue
            }
            guard !capabilities.isEmpty else {
                skipped.append(.init(line: start.line, subject: subject, detail: "the row lists no compute capabilities"))
                continue
            }
            rows.append(Row(line: start.line, version: version, cudaMajor: major, cuda: cuda.sorted(), staticLinking: staticLinking,
                            minDriver: DriverMinimums(linux: drivers[0], windows: drivers[1]), capabilities: capabilities))
        }
        return (rows, skipped)
    }

    /// Whether the page is a cuDNN 8 matrix, whose layout this importer does not read.
    public static func looksLikeCuDNN8(_ input: String) -> Bool {
        input.contains("Table 1. GPU, CUDA Toolkit, and CUDA Driver Requirements") || input.range(of: #"cuDNN 8\.\d+\.\d+ for CUDA"#, options: .regularExpression) != nil
    }

    /// Merges the rows into `dataset.cudnn`.
    public static func merge(_ rows: [Row], skipped: [ImportReport.Entry] = [], source: String = sourceURL, date: String,
                             into dataset: CompatDataset) -> ImportReport {
        var report = ImportReport(dataset: dataset)
        report.skipped = skipped
        var order: [Version] = []
        var byVersion: [Version: [Row]] = [:]
        for row in rows {
            if byVersion[row.version] == nil { order.append(row.version) }
            byVersion[row.version, default: []].append(row)
        }
        for version in order {
            guard let group = byVersion[version], let first = group.first else { continue }
            let packages = packages(of: group)
            let minCC = group.flatMap(\.capabilities).min()
            let subject = "cuDNN \(version)"
            if let position = report.dataset.cudnn.firstIndex(where: { $0.version == version }) {
                let existing = report.dataset.cudnn[position]
                let differences = differences(existing, packages: packages, minCC: minCC)
                let pageMajors = Set(packages.map(\.cudaMajor))
                let partial = existing.packages.contains { !pageMajors.contains($0.cudaMajor) }
                if differences.isEmpty && !existing.cudaInferred {
                    report.unchanged += 1
                } else if existing.cudaInferred && !partial {
                    var release = existing
                    release.packages = packages
                    release.minComputeCapability = minCC
                    release.cudaInferred = false
                    let previous = [existing.provenance.source] + existing.provenance.also
                    release.provenance = Provenance(
                        source: source, also: previous.filter { $0 != source },
                        note: dataset.inEveryLanguage { book in
                            book(.importCuDNNSourced, ["date": date])
                                + (existing.provenance.note(in: book.language).map { book(.importPreviousNote, ["note": $0]) } ?? "")
                        },
                        location: existing.provenance.location)
                    report.dataset.cudnn[position] = release
                    report.updated.append(.init(line: first.line, subject: subject,
                                                detail: differences.isEmpty ? "inferred values confirmed by the page" : differences.joined(separator: "; ")))
                    report.changeItems.append("cudnn \(version)")
                } else {
                    // A sourced record that disagrees, or an inferred one the page covers only in part (a matrix
                    // that lists an older release's legacy package): the maintainer decides.
                    let note = existing.cudaInferred ? " (the page covers only part of this inferred record, so it was not replaced)" : ""
                    report.conflicts.append(.init(line: first.line, subject: subject, detail: differences.joined(separator: "; ") + note))
                }
                continue
            }
            let release = CuDNNRelease(
                version: version, date: nil, packages: packages, minComputeCapability: minCC, cudaInferred: false,
                provenance: Provenance(source: source, note: dataset.inEveryLanguage { $0(.importCuDNNAdded, ["date": date]) },
                                       location: SourceLocation(path: "")))
            report.dataset.cudnn.append(release)
            report.added.append(.init(line: first.line, subject: subject,
                                      detail: packages.map { "CUDA \($0.cuda.map(\.description).joined(separator: ", "))" }.joined(separator: "; ")))
            report.changeItems.append("cudnn \(version)")
        }
        report.dataset.cudnn.sort { $0.version < $1.version }
        if report.changesDataset { report.files = ["cudnn.yaml"] }
        return report
    }

    // MARK: - Reading

    /// `cuDNN 9.17.0 for CUDA 13.x` → (9.17.0, 13).
    static func label(_ text: String) -> (Version, Int)? {
        let value = VendorPage.withoutFootnote(text)
        guard value.hasPrefix("cuDNN "), let range = value.range(of: " for CUDA ") else { return nil }
        let number = value[value.index(value.startIndex, offsetBy: 6)..<range.lowerBound]
        let major = value[range.upperBound...].replacingOccurrences(of: ".x", with: "")
        guard let version = Version(String(number)), version.parts.count == 3, let cudaMajor = Int(major) else { return nil }
        return (version, cudaMajor)
    }

    /// `12.9` → 12.9; `12.2 Update 1` is not a row of this table.
    static func toolkitVersion(_ text: String) -> Version? {
        guard let version = Version(text), version.parts.count == 2 else { return nil }
        return version
    }

    /// `>=580.65.06`, `>= 450.80.02`, `≥527.41` → the version; `N/A` → `.some(nil)`; anything else → nil.
    static func driverCell(_ text: String) -> Version?? {
        if text.uppercased() == "N/A" { return .some(nil) }
        let number = text.replacingOccurrences(of: "≥", with: "").replacingOccurrences(of: ">=", with: "").trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix(">") || text.hasPrefix("≥"), let version = Version(number), version.parts.count >= 2 else { return nil }
        return .some(version)
    }

    /// One package per CUDA major, newest major first, as `cudnn.yaml` lists them.
    static func packages(of rows: [Row]) -> [CuDNNRelease.Package] {
        let majors = Set(rows.map(\.cudaMajor)).sorted(by: >)
        return majors.map { major in
            let group = rows.filter { $0.cudaMajor == major }
            let cuda = Set(group.flatMap(\.cuda)).sorted()
            let linux = group.compactMap(\.minDriver.linux).min()
            let windows = group.compactMap(\.minDriver.windows).min()
            let drivers = linux == nil && windows == nil ? nil : DriverMinimums(linux: linux, windows: windows)
            return CuDNNRelease.Package(cudaMajor: major, cuda: cuda, minDriver: drivers, location: SourceLocation(path: ""))
        }
    }

    /// What differs between a record and the page, one phrase each.
    static func differences(_ existing: CuDNNRelease, packages: [CuDNNRelease.Package], minCC: Version?) -> [String] {
        var differences: [String] = []
        let mine = Dictionary(existing.packages.map { ($0.cudaMajor, $0) }, uniquingKeysWith: { a, _ in a })
        let theirs = Dictionary(packages.map { ($0.cudaMajor, $0) }, uniquingKeysWith: { a, _ in a })
        for major in Set(mine.keys).union(theirs.keys).sorted(by: >) {
            switch (mine[major], theirs[major]) {
            case (nil, let page?):
                differences.append("the page lists a CUDA \(major) package (\(list(page.cuda))) the dataset lacks")
            case (let record?, nil):
                differences.append("the dataset has a CUDA \(major) package (\(list(record.cuda))) the page does not list")
            case (let record?, let page?):
                if record.cuda != page.cuda { differences.append("CUDA \(major): \(list(record.cuda)) in the dataset, \(list(page.cuda)) on the page") }
                for os in [OperatingSystem.linux, .windows] {
                    let a = record.minDriver?.minimum(for: os)?.description ?? "none"
                    let b = page.minDriver?.minimum(for: os)?.description ?? "none"
                    if a != b { differences.append("CUDA \(major) \(os.rawValue) driver \(a) in the dataset, \(b) on the page") }
                }
            case (nil, nil): break
            }
        }
        if existing.minComputeCapability != minCC {
            differences.append("lowest compute capability \(existing.minComputeCapability?.description ?? "none") in the dataset, \(minCC?.description ?? "none") on the page")
        }
        return differences
    }

    private static func list(_ versions: [Version]) -> String { versions.map(\.description).joined(separator: ", ") }
}
