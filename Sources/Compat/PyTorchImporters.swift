import Diagnostics
import Foundation

/// Reads PyTorch's RELEASE.md: the Release Compatibility Matrix (Python range, stable and experimental CUDA per
/// minor release), the PyTorch CUDA Support Matrix (architectures per CUDA build, for the releases it names) and
/// the release cadence table (dates). Columns are found by their header names, not positions, because the
/// table gained columns over time (C++, Stable ROCm).
public enum ReleaseNotesImporter {
    /// Where RELEASE.md lives; records cite it.
    public static let sourceURL = "https://github.com/pytorch/pytorch/blob/main/RELEASE.md"

    /// One row of the compatibility matrix.
    public struct MatrixRow: Hashable, Sendable {
        public var line: Int
        /// `2.14`.
        public var minor: Version
        /// Stable Python range; nil when the cell is not understood.
        public var python: PythonRange?
        /// Python versions the cell marks experimental (free-threaded `t` builds left out): wheels that exist
        /// without being supported, which a record may or may not count in its range.
        public var experimentalPython: [Version]
        /// The Python cell as written.
        public var pythonText: String
        /// Stable CUDA versions (`12.6`, `13.0`).
        public var stableCUDA: [Version]
        /// Experimental CUDA versions.
        public var experimentalCUDA: [Version]

        /// `cu126`, `cu130`, … for every CUDA build the row lists.
        public var tags: Set<String> { Set((stableCUDA + experimentalCUDA).map(ReleaseNotesImporter.tag)) }
    }

    /// One row of the CUDA support matrix for Linux x86_64 and Windows builds.
    public struct ArchRow: Hashable, Sendable {
        public var line: Int
        /// `13.0.2`.
        public var cuda: Version
        public var arches: [Version]
        /// The architecture shipped as PTX too (`12.0+PTX`).
        public var ptx: Version?
    }

    /// What RELEASE.md says.
    public struct Notes: Sendable {
        public var rows: [MatrixRow] = []
        /// The minor releases the CUDA support matrix applies to ("For Release 2.12, 2.13 and 2.14").
        public var archReleases: [Version] = []
        public var archRows: [ArchRow] = []
        /// The same for the Linux aarch64 builds (their own table, with its own lists).
        public var armRows: [ArchRow] = []
        /// Minor release → release date (`YYYY-MM-DD`, or `YYYY-MM` where the table gives a month), planned ones included.
        public var dates: [Version: String] = [:]
        public var skipped: [ImportReport.Entry] = []

        public func row(for version: Version) -> MatrixRow? { rows.first { $0.minor == version.majorMinor } }
        /// The architecture row for a CUDA build of `version`, when the support matrix names that release.
        public func archRow(for version: Version, tag: String) -> ArchRow? {
            guard archReleases.contains(version.majorMinor) else { return nil }
            return archRows.first { ReleaseNotesImporter.tag($0.cuda) == tag }
        }
        /// The Linux aarch64 architecture row for a CUDA build of `version`, when the support matrix names that release.
        public func armRow(for version: Version, tag: String) -> ArchRow? {
            guard archReleases.contains(version.majorMinor) else { return nil }
            return armRows.first { ReleaseNotesImporter.tag($0.cuda) == tag }
        }
    }

    /// `12.6` or `12.6.3` → `cu126`.
    public static func tag(_ cuda: Version) -> String { "cu\(cuda.major)\(cuda.minor)" }

    /// Reads the three tables.
    public static func parse(_ input: String) -> Notes {
        var notes = Notes()
        let lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        var inCUDASupport = false
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("#") { inCUDASupport = line.contains("CUDA Support Matrix") }
            if inCUDASupport, line.range(of: #"^For Release"#, options: .regularExpression) != nil {
                notes.archReleases = versions(in: line).filter { $0.parts.count == 2 }
            }
            guard line.hasPrefix("|") else { index += 1; continue }
            // A table: header, separator, rows.
            let header = cells(line)
            var rows: [(Int, [String])] = []
            var next = index + 1
            while next < lines.count, lines[next].hasPrefix("|") {
                let row = cells(lines[next])
                if !row.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { rows.append((next + 1, row)) }
                next += 1
            }
            if header.contains("PyTorch version") {
                readMatrix(header: header, rows: rows, into: &notes)
            } else if inCUDASupport, header.count >= 2, header[1].contains("Linux x86") {
                for (number, row) in rows { if let arch = archRow(row, line: number) { notes.archRows.append(arch) } }
            } else if inCUDASupport, header.count >= 2, header[1].contains("Linux aarch64") {
                for (number, row) in rows { if let arch = archRow(row, line: number) { notes.armRows.append(arch) } }
            } else if header.first == "Minor Version", let column = header.firstIndex(of: "Release date") {
                for (_, row) in rows where row.count > column {
                    if let minor = Version(row[0]), let date = date(row[column]) { notes.dates[minor] = date }
                }
            }
            index = next
        }
        return notes
    }

    static func readMatrix(header: [String], rows: [(Int, [String])], into notes: inout Notes) {
        guard let python = header.firstIndex(of: "Python"), let stable = header.firstIndex(of: "Stable CUDA") else {
            notes.skipped.append(.init(line: rows.first?.0 ?? 0, subject: "Release Compatibility Matrix", detail: "no 'Python' or 'Stable CUDA' column"))
            return
        }
        let experimental = header.firstIndex(of: "Experimental CUDA")
        for (line, row) in rows {
            guard row.count > max(python, stable), let minor = Version(row[0]), minor.parts.count == 2 else {
                notes.skipped.append(.init(line: line, subject: row.first ?? "row", detail: "row not understood"))
                continue
            }
            let experimentalCUDA = experimental.flatMap { $0 < row.count ? cudaVersions(row[$0]) : nil } ?? []
            notes.rows.append(MatrixRow(line: line, minor: minor, python: pythonRange(row[python]), experimentalPython: experimentalPython(row[python]),
                                        pythonText: row[python],
                                        stableCUDA: cudaVersions(row[stable]), experimentalCUDA: experimentalCUDA))
        }
    }

    static func cells(_ line: String) -> [String] {
        var parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    static func versions(in text: String) -> [Version] {
        guard let regex = try? NSRegularExpression(pattern: #"[0-9]+(?:\.[0-9]+)+"#) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { Version(ns.substring(with: $0.range)) }
    }

    /// `CUDA 12.6 (CUDNN 9.10.2.21) (NCCL 2.29.3), CUDA 13.0 (…)`, `CUDA 11.8, CUDNN 8.7.0.84`, `None`, `--` → CUDA versions.
    static func cudaVersions(_ cell: String) -> [Version] {
        guard let regex = try? NSRegularExpression(pattern: #"CUDA\s+([0-9]+\.[0-9]+)"#) else { return [] }
        let ns = cell as NSString
        return regex.matches(in: cell, range: NSRange(location: 0, length: ns.length)).compactMap { Version(ns.substring(with: $0.range(at: 1))) }
    }

    /// `>=3.10, <=(3.15, 3.15t experimental)` → 3.10–3.14 (the bracketed newest is experimental);
    /// `>=3.9, <=3.13, (3.13t experimental)` → 3.9–3.13; `>=3.8, <=3.11, (3.12 experimental)` → 3.8–3.11.
    static func pythonRange(_ cell: String) -> PythonRange? {
        guard let minRange = cell.range(of: #">=\s*[0-9]+\.[0-9]+"#, options: .regularExpression),
              let min = versions(in: String(cell[minRange])).first else { return nil }
        if let maxRange = cell.range(of: #"<=\s*[0-9]+\.[0-9]+"#, options: .regularExpression), let max = versions(in: String(cell[maxRange])).first {
            return PythonRange(min: min, max: max)
        }
        if let open = cell.range(of: #"<=\s*\("#, options: .regularExpression), let newest = versions(in: String(cell[open.upperBound...])).first,
           newest.minor > 0 {
            return PythonRange(min: min, max: Version([newest.major, newest.minor - 1]))
        }
        return nil
    }

    /// `>=3.10, <=(3.15, 3.15t experimental)` → [3.15]; `(3.13t experimental)` → [].
    static func experimentalPython(_ cell: String) -> [Version] {
        guard let open = cell.firstIndex(of: "("), cell.contains("experimental") else { return [] }
        let inner = cell[open...]
        guard let regex = try? NSRegularExpression(pattern: #"([0-9]+\.[0-9]+)(t?)"#) else { return [] }
        let text = String(inner)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            ns.substring(with: match.range(at: 2)).isEmpty ? Version(ns.substring(with: match.range(at: 1))) : nil
        }
    }

    /// `| 13.0.2 | Turing(7.5), Ampere(8.0, 8.6), Hopper(9.0), Blackwell(10.0, 12.0+PTX) | … |`.
    static func archRow(_ row: [String], line: Int) -> ArchRow? {
        guard row.count >= 2, let cuda = Version(row[0]) else { return nil }
        var arches: [Version] = []
        var ptx: Version?
        guard let regex = try? NSRegularExpression(pattern: #"([0-9]+\.[0-9]+)(\+PTX)?"#) else { return nil }
        let ns = row[1] as NSString
        for match in regex.matches(in: row[1], range: NSRange(location: 0, length: ns.length)) {
            guard let cc = Version(ns.substring(with: match.range(at: 1))) else { continue }
            arches.append(cc)
            if match.range(at: 2).location != NSNotFound { ptx = cc }
        }
        return arches.isEmpty ? nil : ArchRow(line: line, cuda: cuda, arches: arches, ptx: ptx)
    }

    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12]

    /// `2 Sept 2026` → `2026-09-02`; `Oct 2025` → `2025-10`; `(Nov 2026)` (planned) is read the same way.
    static func date(_ cell: String) -> String? {
        let words = cell.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "").split(separator: " ").map(String.init)
        guard let yearText = words.last, let year = Int(yearText), year > 2000, words.count >= 2,
              let month = months[words[words.count - 2].lowercased()] else { return nil }
        if words.count >= 3, let day = Int(words[words.count - 3]) {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return String(format: "%04d-%02d", year, month)
    }

    /// Compares every dataset release of each minor the matrix lists: Python range, the set of CUDA builds, and
    /// (for the releases the CUDA support matrix names) each build's architectures. Adds nothing: a new release
    /// comes from its wheel index (`import-pytorch-wheels`), which knows the exact version and builds.
    public static func audit(_ notes: Notes, into dataset: CompatDataset) -> ImportReport {
        var report = ImportReport(dataset: dataset)
        report.skipped = notes.skipped
        let oldest = dataset.pytorch.first?.version.majorMinor
        let newest = dataset.pytorch.last?.version.majorMinor
        for row in notes.rows {
            let releases = dataset.pytorch.filter { $0.version.majorMinor == row.minor }
            guard !releases.isEmpty else {
                if let newest, row.minor > newest {
                    report.skipped.append(.init(line: row.line, subject: "PyTorch \(row.minor)",
                                                detail: "in RELEASE.md but not in the dataset; add it from its wheel index page: gpukb data import-pytorch-wheels <saved page> --release-md RELEASE.md"))
                } else if let oldest, row.minor < oldest {
                    report.skipped.append(.init(line: row.line, subject: "PyTorch \(row.minor)", detail: "older than the oldest release in the dataset (\(oldest))"))
                } else {
                    report.conflicts.append(.init(line: row.line, subject: "PyTorch \(row.minor)", detail: "RELEASE.md lists it; the dataset has no \(row.minor).x release"))
                }
                continue
            }
            for release in releases {
                let differences = differences(release, row: row, notes: notes)
                if differences.isEmpty { report.unchanged += 1 } else {
                    report.conflicts.append(.init(line: row.line, subject: "PyTorch \(release.version)", detail: differences.joined(separator: "; ")))
                }
            }
        }
        return report
    }

    static func differences(_ release: PyTorchRelease, row: MatrixRow, notes: Notes) -> [String] {
        var differences: [String] = []
        if let python = row.python {
            // A record may count experimental wheels in its range or not; either reading agrees.
            let maxAgrees = python.max == release.python.max || row.experimentalPython.contains(release.python.max)
            if python.min != release.python.min || !maxAgrees {
                differences.append("Python \(release.python.min)–\(release.python.max) in the dataset, \(python.min)–\(python.max) in RELEASE.md ('\(row.pythonText)')")
            }
        } else {
            differences.append("Python cell '\(row.pythonText)' not understood")
        }
        let mine = Set(release.cudaVariants.map(\.tag))
        if mine != row.tags {
            let missing = row.tags.subtracting(mine).sorted()
            let extra = mine.subtracting(row.tags).sorted()
            var parts: [String] = []
            if !missing.isEmpty { parts.append("RELEASE.md lists \(missing.joined(separator: ", ")) the dataset lacks") }
            if !extra.isEmpty { parts.append("the dataset has \(extra.joined(separator: ", ")) RELEASE.md does not list") }
            differences.append("CUDA builds: " + parts.joined(separator: ", "))
        }
        for variant in release.cudaVariants {
            guard let arch = notes.archRow(for: release.version, tag: variant.tag) else { continue }
            if let list = variant.archList, list != arch.arches {
                differences.append("\(variant.tag) architectures \(list.map(\.description).joined(separator: ", ")) in the dataset, \(arch.arches.map(\.description).joined(separator: ", ")) in RELEASE.md")
            }
            if variant.ptx != arch.ptx {
                differences.append("\(variant.tag) PTX \(variant.ptx?.description ?? "none") in the dataset, \(arch.ptx?.description ?? "none") in RELEASE.md")
            }
        }
        for variant in release.cudaVariants {
            guard let arm = notes.armRow(for: release.version, tag: variant.tag) else { continue }
            let listed = arm.arches.map(\.description).joined(separator: ", ") + (arm.ptx.map { " + \($0) PTX" } ?? "")
            guard let mine = variant.aarch64 else {
                differences.append("\(variant.tag): RELEASE.md lists Linux aarch64 architectures (\(listed)); the dataset records no aarch64 wheels")
                continue
            }
            if mine.archList != arm.arches || mine.ptx != arm.ptx {
                let recorded = mine.archList.map { $0.map(\.description).joined(separator: ", ") + (mine.ptx.map { " + \($0) PTX" } ?? "") } ?? "none"
                differences.append("\(variant.tag) aarch64 architectures \(recorded) in the dataset, \(listed) in RELEASE.md")
            }
        }
        return differences
    }
}

/// Reads a PyTorch wheel index page (download.pytorch.org/whl/torch/ or a per-build page such as /whl/cu130/torch/,
/// saved as HTML; or any list of wheel file names or URLs, one or more per line) and merges the torch releases it
/// lists into `pytorch.yaml`: builds (`cu130`, `cpu`) × platforms × Python tags.
public enum WheelIndexImporter {
    /// The combined index page; new records cite it unless `--source` names the page read.
    public static let sourceURL = "https://download.pytorch.org/whl/torch/"

    /// One wheel file.
    public struct Wheel: Hashable, Sendable {
        public var line: Int
        public var package: String
        /// Public version (`2.14.0`).
        public var version: Version
        /// Local tag (`cu130`, `cpu`, `rocm7.2`), nil for the default build.
        public var local: String?
        /// `cp312`.
        public var python: String
        /// `cp312`, `cp313t`, `cp37m`, `none`, `abi3`.
        public var abi: String
        /// `linux`, `windows`, `macos`, or `linux-aarch64`.
        public var platform: String
        public var filename: String
    }

    /// The wheels named in `input`; pre-releases are left out.
    public static func parse(_ input: String) -> (wheels: [Wheel], skipped: [ImportReport.Entry]) {
        var wheels: [Wheel] = []
        var skipped: [ImportReport.Entry] = []
        guard let regex = try? NSRegularExpression(pattern: #"([A-Za-z0-9_]+)-([0-9][A-Za-z0-9.!+_]*?)-(cp[0-9]+|py[0-9]+)-([A-Za-z0-9_]+)-([A-Za-z0-9_.]+?)\.whl"#) else {
            return ([], [])
        }
        var seen: Set<String> = []
        for (offset, raw) in input.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).replacingOccurrences(of: "%2B", with: "+").replacingOccurrences(of: "%2b", with: "+")
            let ns = line as NSString
            for match in regex.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
                let filename = ns.substring(with: match.range)
                guard seen.insert(filename).inserted else { continue }
                let package = ns.substring(with: match.range(at: 1)).lowercased()
                // Dependencies mirrored on the index (nvidia_*, Jinja2, …) are not PyTorch's.
                guard ["torch", "torchvision", "torchaudio"].contains(package) else { continue }
                let fullVersion = ns.substring(with: match.range(at: 2))
                let parts = fullVersion.split(separator: "+", maxSplits: 1).map(String.init)
                guard let publicVersion = parts.first, let version = Version(publicVersion), version.parts.count == 3 else {
                    skipped.append(.init(line: offset + 1, subject: filename, detail: "pre-release or development build"))
                    continue
                }
                let platformTag = ns.substring(with: match.range(at: 5))
                let platform: String
                if platformTag.hasPrefix("win") { platform = "windows" }
                else if platformTag.hasPrefix("macosx") { platform = "macos" }
                else if platformTag.contains("aarch64") { platform = "linux-aarch64" }
                else if platformTag.contains("x86_64") { platform = "linux" }
                else { skipped.append(.init(line: offset + 1, subject: filename, detail: "platform '\(platformTag)' not tracked")); continue }
                wheels.append(Wheel(line: offset + 1, package: package, version: version, local: parts.count > 1 ? parts[1] : nil,
                                    python: ns.substring(with: match.range(at: 3)), abi: ns.substring(with: match.range(at: 4)),
                                    platform: platform, filename: filename))
            }
        }
        return (wheels, skipped)
    }

    /// The build a wheel belongs to: its local tag, `cpu` for a macOS wheel without one, nil for the default
    /// Linux/Windows build (the same wheel as PyPI's, whose CUDA the file name does not say).
    static func build(of wheel: Wheel) -> String? {
        if let local = wheel.local { return local }
        return wheel.platform == "macos" ? "cpu" : nil
    }

    /// `cp312` → 3.12 for a standard-ABI wheel; nil for free-threaded (`cp313t`) and other ABIs.
    static func stablePython(_ wheel: Wheel) -> Version? {
        guard wheel.python.hasPrefix("cp"), !wheel.abi.hasSuffix("t"), wheel.abi.hasPrefix("cp") || wheel.abi == "none" || wheel.abi == "abi3" else { return nil }
        let digits = wheel.python.dropFirst(2)
        guard let major = digits.first.flatMap({ Int(String($0)) }), let minor = Int(digits.dropFirst()) else { return nil }
        return Version([major, minor])
    }

    /// Merges the torch wheels into `dataset.pytorch`: a release the dataset has is checked (each CUDA/CPU build on
    /// the page must be a variant with that platform; Python tags must fall in its range); a newer release is
    /// added with the builds the page lists, its Python range from RELEASE.md (else the wheels' tags), its
    /// architectures from RELEASE.md's support matrix (else the previous release's same build, marked inferred).
    public static func merge(_ wheels: [Wheel], skipped: [ImportReport.Entry] = [], notes: ReleaseNotesImporter.Notes?, torchvision: Version?,
                             source: String, date: String, into dataset: CompatDataset) -> ImportReport {
        var report = ImportReport(dataset: dataset)
        report.skipped = skipped
        let torch = wheels.filter { $0.package == "torch" }
        let versions = Set(torch.map(\.version)).sorted()
        for version in versions {
            let files = torch.filter { $0.version == version }
            let line = files.map(\.line).min() ?? 0
            var builds: [String: (platforms: Set<String>, python: Set<Version>)] = [:]
            for wheel in files {
                guard let build = build(of: wheel), build == "cpu" || build.range(of: #"^cu[0-9]+$"#, options: .regularExpression) != nil else { continue }
                builds[build, default: ([], [])].platforms.insert(wheel.platform)
                if let python = stablePython(wheel) { builds[build, default: ([], [])].python.insert(python) }
            }
            if let existing = report.dataset.pytorch.first(where: { $0.version == version }) {
                let experimental = notes?.row(for: version)?.experimentalPython ?? []
                let differences = differences(existing, builds: builds, experimental: experimental)
                if differences.isEmpty { report.unchanged += 1 } else {
                    report.conflicts.append(.init(line: line, subject: "PyTorch \(version)", detail: differences.joined(separator: "; ")))
                }
                continue
            }
            if let oldest = report.dataset.pytorch.first?.version, version < oldest {
                report.skipped.append(.init(line: line, subject: "PyTorch \(version)", detail: "older than the oldest release in the dataset (\(oldest))"))
                continue
            }
            guard !builds.isEmpty else {
                report.skipped.append(.init(line: line, subject: "PyTorch \(version)", detail: "no CUDA or CPU build among its wheels (default-build wheels do not say their CUDA)"))
                continue
            }
            let release = newRelease(version, builds: builds, notes: notes, torchvision: torchvision, source: source, date: date, dataset: report.dataset)
            report.dataset.pytorch.append(release)
            report.dataset.pytorch.sort { $0.version < $1.version }
            report.added.append(.init(line: line, subject: "PyTorch \(version)",
                                      detail: release.variants.map { "\($0.tag) (\($0.platforms.joined(separator: ", ")))" }.joined(separator: ", ")
                                        + ", Python \(release.python.min)–\(release.python.max)"))
            report.changeItems.append("pytorch \(version)")
        }
        if report.changesDataset { report.files = ["pytorch.yaml"] }
        return report
    }

    static func differences(_ release: PyTorchRelease, builds: [String: (platforms: Set<String>, python: Set<Version>)], experimental: [Version]) -> [String] {
        var differences: [String] = []
        for (tag, build) in builds.sorted(by: { $0.key < $1.key }) {
            guard let variant = release.variants.first(where: { $0.tag == tag }) else {
                differences.append("the page has \(tag) wheels (\(build.platforms.sorted().joined(separator: ", "))); the dataset has no \(tag) variant")
                continue
            }
            let missing = build.platforms.filter { $0 != "linux-aarch64" }.subtracting(variant.platforms).sorted()
            if !missing.isEmpty { differences.append("\(tag): the page has \(missing.joined(separator: ", ")) wheels; the dataset lists \(variant.platforms.joined(separator: ", "))") }
            if tag != "cpu", build.platforms.contains("linux-aarch64"), variant.aarch64 == nil {
                differences.append("\(tag): the page has linux-aarch64 wheels; the dataset records none (add 'aarch64' to the variant)")
            }
            // Wheels for a Python RELEASE.md calls experimental are not a disagreement.
            let outside = build.python.filter { !release.python.contains($0) && !experimental.contains($0) }.sorted()
            if !outside.isEmpty {
                differences.append("\(tag): wheels for Python \(outside.map(\.description).joined(separator: ", ")) outside the dataset's \(release.python.min)–\(release.python.max)")
            }
        }
        return differences
    }

    static func newRelease(_ version: Version, builds: [String: (platforms: Set<String>, python: Set<Version>)], notes: ReleaseNotesImporter.Notes?,
                           torchvision: Version?, source: String, date: String, dataset: CompatDataset) -> PyTorchRelease {
        let previous = dataset.pytorch.last { $0.version < version }
        // What was inferred, as sentences to write in every language the dataset speaks.
        var inferred: [(Phrase, [String: String])] = []
        let python: PythonRange
        if let range = notes?.row(for: version)?.python {
            python = range
        } else {
            let tags = builds.values.flatMap(\.python)
            python = PythonRange(min: tags.min() ?? Version([3, 10]), max: tags.max() ?? Version([3, 10]))
            inferred.append((.importPythonFromTags, [:]))
        }
        var variants: [PyTorchVariant] = []
        let cudaTags = builds.keys.filter { $0 != "cpu" }.sorted { (Int($0.dropFirst(2)) ?? 0) < (Int($1.dropFirst(2)) ?? 0) }
        for tag in cudaTags + (builds["cpu"] == nil ? [] : ["cpu"]) {
            guard let build = builds[tag] else { continue }
            var platforms = ["linux", "windows", "macos"].filter { build.platforms.contains($0) }
            if platforms.isEmpty, build.platforms.contains("linux-aarch64") { platforms = ["linux"] }
            var variant = PyTorchVariant(tag: tag, cuda: nil, platforms: platforms, archList: nil, ptx: nil,
                                         pip: "pip install torch==\(version)" + (torchvision.map { " torchvision==\($0)" } ?? "")
                                            + " --index-url https://download.pytorch.org/whl/\(tag)",
                                         conda: nil, location: SourceLocation(path: ""))
            if tag != "cpu" {
                let digits = tag.dropFirst(2)
                variant.cuda = Version([Int(digits.dropLast()) ?? 0, Int(digits.suffix(1)) ?? 0])
                if build.platforms.contains("linux-aarch64") {
                    // Linux aarch64 wheels: their own list from RELEASE.md's aarch64 table, else unknown (never the x86_64 one).
                    let arm = notes?.armRow(for: version, tag: tag)
                    variant.aarch64 = WheelArchList(archList: arm?.arches, ptx: arm?.ptx, source: source)
                }
                if let arch = notes?.archRow(for: version, tag: tag) {
                    variant.archList = arch.arches
                    variant.ptx = arch.ptx
                } else if let same = previous?.variants.first(where: { $0.tag == tag }), let list = same.archList, let previous {
                    variant.archList = list
                    variant.ptx = same.ptx
                    inferred.append((.importArchListCarried, ["tag": tag, "previous": previous.version.description]))
                }
            }
            variants.append(variant)
        }
        var defaultVariant: String?
        if let tag = previous?.defaultVariant, variants.contains(where: { $0.tag == tag }) {
            defaultVariant = tag
            inferred.append((.importDefaultVariantCarried, ["tag": tag]))
        }
        var releaseDate: String?
        if version.parts.count == 3, version.parts[2] == 0, let planned = notes?.dates[version.majorMinor] {
            releaseDate = String(planned.prefix(7))
            inferred.append((.importPlannedDate, ["planned": planned]))
        }
        if torchvision == nil { inferred.append((.importNoTorchvision, [:])) }
        var also: [String] = []
        if notes != nil { also.append(ReleaseNotesImporter.sourceURL) }
        let note = dataset.inEveryLanguage { book in book(.importPyTorchAdded, ["date": date]) + inferred.map { book($0.0, $0.1) }.joined() }
        return PyTorchRelease(version: version, date: releaseDate, python: python, torchvision: torchvision, torchaudio: nil,
                              defaultVariant: defaultVariant, variants: variants,
                              archSource: variants.contains { $0.archList != nil } && notes != nil ? ReleaseNotesImporter.sourceURL : nil,
                              provenance: Provenance(source: source, also: also, note: note, location: SourceLocation(path: "")))
    }
}
