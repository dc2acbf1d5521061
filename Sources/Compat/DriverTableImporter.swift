import Foundation

/// Reads NVIDIA's "CUDA Toolkit and Corresponding Driver Versions" table from a saved copy of the CUDA
/// Toolkit Release Notes (HTML) or from the table copied as text, and merges it into the dataset without
/// overwriting: rows that differ are reported as conflicts.
public enum DriverTableImporter {
    /// Where NVIDIA publishes the table; new records cite it.
    public static let sourceURL = "https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html"

    /// One row of the table.
    public struct Row: Hashable, Sendable {
        /// Toolkit version.
        public var version: Version
        /// Name as NVIDIA's table gives it, normalized (`12.8 Update 1`).
        public var name: String
        /// Minimum drivers.
        public var minDriver: DriverMinimums
        /// 1-based line in the input where the row was found.
        public var line: Int
    }

    /// A row that differs from the dataset.
    public struct Conflict: Hashable, Sendable {
        /// The row.
        public var row: Row
        /// The dataset's record.
        public var existing: CUDARelease
        /// What differs, one phrase per field.
        public var differences: [String]
    }

    /// What parsing and merging found.
    public struct Outcome: Sendable {
        /// Releases added.
        public var added: [CUDARelease] = []
        /// Rows that differ from the dataset.
        public var conflicts: [Conflict] = []
        /// Rows identical to the dataset.
        public var unchanged = 0
        /// Rows left out, with why (release candidates, releases older than the dataset covers).
        public var skipped: [(line: Int, text: String, reason: String)] = []
        /// The merged dataset.
        public var dataset: CompatDataset
    }

    /// Parses table rows from HTML or text. Rows it cannot read are returned in `skipped`.
    public static func parse(_ input: String) -> (rows: [Row], skipped: [(line: Int, text: String, reason: String)]) {
        var rows: [Row] = []
        var skipped: [(Int, String, String)] = []
        for (line, text) in tableLines(input) {
            guard let cells = splitRow(text) else { continue }
            let label = cells.label
            if label.range(of: #"\bRC\b"#, options: .regularExpression) != nil || label.lowercased().contains("beta") {
                skipped.append((line, text, "release candidate"))
                continue
            }
            guard let (version, name) = parseLabel(label) else {
                skipped.append((line, text, "toolkit name not understood"))
                continue
            }
            rows.append(Row(version: version, name: name, minDriver: DriverMinimums(linux: cells.linux, windows: cells.windows), line: line))
        }
        return (rows, skipped)
    }

    /// Merges `rows` into `dataset`: new releases are added in order; differing rows become conflicts.
    public static func merge(_ rows: [Row], skipped: [(line: Int, text: String, reason: String)] = [], into dataset: CompatDataset) -> Outcome {
        var outcome = Outcome(skipped: skipped, dataset: dataset)
        let oldest = dataset.cuda.first?.version
        var byVersion: [Version: CUDARelease] = [:]
        var byName: [String: CUDARelease] = [:]
        for release in dataset.cuda.reversed() {
            byVersion[release.version] = release
            byName[release.name.lowercased()] = release
        }
        for row in rows {
            if let existing = byVersion[row.version] ?? byName[row.name.lowercased()] {
                var differences: [String] = []
                if existing.version != row.version { differences.append("version \(existing.version) in the dataset, \(row.version) in the table") }
                for os in [OperatingSystem.linux, .windows] {
                    let mine = existing.minDriver.minimum(for: os)?.description ?? "N/A"
                    let theirs = row.minDriver.minimum(for: os)?.description ?? "N/A"
                    if mine != theirs { differences.append("\(os.rawValue) driver \(mine) in the dataset, \(theirs) in the table") }
                }
                if differences.isEmpty { outcome.unchanged += 1 } else { outcome.conflicts.append(Conflict(row: row, existing: existing, differences: differences)) }
                continue
            }
            if let oldest, row.version < oldest {
                outcome.skipped.append((row.line, "CUDA \(row.name)", "older than the oldest release in the dataset (\(oldest))"))
                continue
            }
            let release = CUDARelease(version: row.version, name: row.name, nameIsExplicit: row.name != CUDARelease.defaultName(for: row.version),
                                      date: nil, minDriver: row.minDriver, provenance: Provenance(source: sourceURL, location: .init(path: "")))
            outcome.added.append(release)
            outcome.dataset.cuda.append(release)
            byVersion[release.version] = release
            byName[release.name.lowercased()] = release
        }
        outcome.dataset.cuda.sort { $0.version < $1.version }
        return outcome
    }

    // MARK: - Reading the table

    /// `(line, text)` for each table row: HTML rows become tab-separated cells; text lines are kept.
    static func tableLines(_ input: String) -> [(Int, String)] {
        guard input.range(of: "<tr", options: .caseInsensitive) != nil else {
            return input.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, String($0.element)) }
        }
        var result: [(Int, String)] = []
        var searchStart = input.startIndex
        // Lines are counted from the previous row on, so the scan stays linear in the page's length.
        var line = 1
        var counted = input.startIndex
        while let open = input.range(of: "<tr", options: .caseInsensitive, range: searchStart..<input.endIndex) {
            let close = input.range(of: "</tr>", options: .caseInsensitive, range: open.upperBound..<input.endIndex)
            let end = close?.lowerBound ?? input.endIndex
            let rowHTML = String(input[open.lowerBound..<end])
            line = input[counted..<open.lowerBound].reduce(line) { $1 == "\n" ? $0 + 1 : $0 }
            counted = open.lowerBound
            let cells = rowHTML.components(separatedBy: "<td").dropFirst().map { cellText("<td" + $0) }
            if !cells.isEmpty { result.append((line, cells.joined(separator: "\t"))) }
            searchStart = close?.upperBound ?? input.endIndex
        }
        return result
    }

    private static func cellText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; text += " "; continue }
            if character == ">" { inTag = false; continue }
            if !inTag { text.append(character) }
        }
        return VendorPage.decode(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Splits `CUDA 12.8 Update 1  >=570.124.06  >=572.61` into its label and two driver cells.
    private static func splitRow(_ text: String) -> (label: String, linux: Version?, windows: Version?)? {
        let line = text.replacingOccurrences(of: "≥", with: ">=").replacingOccurrences(of: "|", with: "\t")
        guard let labelStart = line.range(of: "CUDA ") else { return nil }
        let pattern = #"(>=\s*[0-9]+(?:\.[0-9]+)+|N/A)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let nsLine = line as NSString
        let matches = regex.matches(in: line, range: NSRange(location: 0, length: nsLine.length))
        guard matches.count == 2, let first = matches.first, let firstRange = Range(first.range, in: line),
              firstRange.lowerBound > labelStart.upperBound else { return nil }
        let label = line[labelStart.upperBound..<firstRange.lowerBound].trimmingCharacters(in: .whitespaces)
        let values = matches.map { nsLine.substring(with: $0.range) }.map { value -> Version? in
            value == "N/A" ? nil : Version(value.replacingOccurrences(of: ">=", with: "").trimmingCharacters(in: .whitespaces))
        }
        return (label, values[0], values[1])
    }

    /// `12.8 Update 1` → (12.8.1, "12.8 Update 1"); `11.0.3 Update 1` → (11.0.3, "11.0 Update 1");
    /// `10.1 (10.1.105 general release, and updates)` → (10.1.105, "10.1 GA"); `10.2.89` → (10.2.89, "10.2 GA").
    static func parseLabel(_ label: String) -> (Version, String)? {
        var text = label.trimmingCharacters(in: .whitespaces)
        if let open = text.firstIndex(of: "(") {
            let inner = text[text.index(after: open)...].prefix { $0 != ")" }
            let number = inner.split(separator: " ").first.map(String.init) ?? ""
            guard let version = Version(number), version.parts.count == 3 else { return nil }
            let rest = inner.lowercased()
            if let range = rest.range(of: "update ") {
                let update = rest[range.upperBound...].prefix { $0.isNumber }
                return (version, "\(version.major).\(version.minor) Update \(update)")
            }
            return (version, "\(version.major).\(version.minor) GA")
        }
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first, let number = Version(first) else { return nil }
        text = words.dropFirst().joined(separator: " ").lowercased()
        if text == "ga" || text.isEmpty || text == "ga2" {
            let version = number.parts.count == 2 ? Version(number.parts + [0]) : number
            return (version, "\(number.major).\(number.minor) GA")
        }
        if text.hasPrefix("update "), let update = Int(text.dropFirst("update ".count)) {
            let version = number.parts.count == 2 ? Version(number.parts + [update]) : number
            return (version, "\(number.major).\(number.minor) Update \(update)")
        }
        return nil
    }
}
