/// Checks PyTorch install commands (pip or conda) against the dataset: a pinned torch version must exist,
/// its CUDA variant must have shipped, and pinned torchvision / torchaudio must pair with it.
public enum InstallCommandLint {
    /// A problem found in one line of a command.
    public struct Finding: Hashable, Sendable {
        /// 0-based line within the text.
        public var line: Int
        /// 0-based column (Unicode scalars) of the offending token.
        public var column: Int
        /// What is wrong.
        public var message: String
    }

    /// Checks every line of `text` that installs torch with a pinned version.
    public static func check(_ text: String, data: CompatDataset) -> [Finding] {
        guard let oldest = data.pytorch.first?.version else { return [] }
        var findings: [Finding] = []
        guard text.contains("torch") else { return [] }
        for logical in logicalLines(text) where logical.text.contains("torch") {
            let tokens = tokenize(logical.text)
            let finding = logical.finding
            let (isPip, isConda) = installers(tokens)
            guard isPip || isConda else { continue }
            var torch: (version: Version, column: Int)?
            var pins: [String: (Version, Int)] = [:]
            var tag: (String, Int)?
            var condaCUDA: (Version, Int)?
            for token in tokens {
                let lower = token.text.lowercased()
                for package in ["torch", "pytorch", "torchvision", "torchaudio"] {
                    for separator in ["==", "="] where lower.hasPrefix(package + separator) {
                        let rest = String(lower.dropFirst(package.count + separator.count))
                        guard let version = Version(rest) else { continue }
                        if package == "torch" || package == "pytorch" {
                            torch = (version, token.column)
                            if let local = version.local { tag = (local, token.column) }
                        } else {
                            pins[package] = (version, token.column)
                        }
                    }
                }
                if let range = lower.range(of: "download.pytorch.org/whl/") {
                    let after = lower[range.upperBound...].prefix { $0 != "/" && $0 != " " }
                    if after.hasPrefix("cu") || after == "cpu" { tag = (String(after), token.column) }
                }
                for key in ["pytorch-cuda=", "cudatoolkit="] where lower.hasPrefix(key) {
                    if let version = Version(String(lower.dropFirst(key.count))) { condaCUDA = (version, token.column) }
                }
            }
            guard let torch, torch.version.majorMinor >= oldest.majorMinor else { continue }
            guard let release = data.pytorchRelease(torch.version) else {
                let known = data.pytorch.filter { $0.version.majorMinor == torch.version.majorMinor }.map(\.version.description)
                let hint = known.isEmpty ? "" : " (the \(torch.version.majorMinor) series has \(known.joined(separator: ", ")))"
                findings.append(finding(torch.column, "PyTorch \(torch.version.text) does not exist in the dataset\(hint)"))
                continue
            }
            let shipped = release.variants.map(\.tag)
            if let (name, column) = tag, !shipped.contains(name) {
                findings.append(finding(column, "PyTorch \(release.version) never shipped a '\(name)' build; it shipped \(shipped.joined(separator: ", "))"))
            }
            if isConda, let (cuda, column) = condaCUDA {
                let match = release.variants.first { $0.cuda.map { $0.majorMinor == cuda.majorMinor } ?? false }
                if match?.conda == nil {
                    let available = release.variants.filter { $0.conda != nil }.compactMap(\.cuda).map(\.description)
                    let detail = available.isEmpty ? "it has no official conda package with CUDA" : "conda CUDA builds: \(available.joined(separator: ", "))"
                    findings.append(finding(column, "PyTorch \(release.version) has no conda build for CUDA \(cuda); \(detail)"))
                }
            }
            for (package, expected) in [("torchvision", release.torchvision), ("torchaudio", release.torchaudio)] {
                if let (version, column) = pins[package], let expected, version != expected {
                    findings.append(finding(column, "\(package) \(version.text) does not pair with PyTorch \(release.version); it pairs with \(package) \(expected)"))
                }
            }
        }
        return findings
    }

    /// The rules for a guide's code: everything `check` reports, and what goes stale when PyTorch ships. A torch
    /// pin (pip `torch==`, conda `pytorch==`/`pytorch=`) or a `pytorch/pytorch:` image tag must name a release in the dataset (an image also a CUDA build of it),
    /// and must be the newest release unless a comment on the same line or the line above, or `context` (the
    /// sentence around inline code, `nil` for a code block), names its `major.minor`; an unpinned `download.pytorch.org/whl/cuXXX` index
    /// must be one the newest release ships unless a comment names the tag.
    public static func checkGuide(_ text: String, data: CompatDataset, context: String? = nil) -> [Finding] {
        var findings = check(text, data: data)
        guard let newest = data.pytorch.last, text.contains("torch") else { return findings }
        let physical = text.split(separator: "\n", omittingEmptySubsequences: false)
        for logical in logicalLines(text) where logical.text.contains("torch") {
            var tokens = tokenize(logical.text)
            var reasons = context ?? ""
            if let start = tokens.firstIndex(where: { $0.text.hasPrefix("#") || $0.text.hasPrefix("//") }) {
                reasons += " " + tokens[start...].map(\.text).joined(separator: " ")
                tokens.removeSubrange(start...)
            }
            if let first = logical.segments.first?.line, first > 0 {
                let above = physical[first - 1].trimmingCharacters(in: .whitespaces)
                if above.hasPrefix("#") || above.hasPrefix("//") { reasons += " " + above }
            }
            let finding = logical.finding
            let (isPip, isConda) = installers(tokens)
            let handled = isPip || isConda
            func explained(_ version: Version) -> Bool { mentions(reasons, version.majorMinor.description) }
            let stale = "; pin \(newest.version), or say why " + (context == nil ? "in a comment on this line or the line above" : "in the same sentence")
                + " and name {version} there"
            var pinned = false
            for token in tokens {
                let lower = token.text.lowercased()
                // A pin on any line: pip and conda commands, requirements files, YAML lists ("- torch==…").
                // torch==X (pip, requirements, YAML) or pytorch==X / pytorch=X (conda).
                let pin = ["torch==", "pytorch==", "pytorch="].first { lower.hasPrefix($0) }
                if let pin, let version = Version(String(lower.dropFirst(pin.count))) {
                    pinned = true
                    let plain = Version(version.parts)
                    guard let release = data.pytorchRelease(plain) else {
                        if !handled, plain.majorMinor >= (data.pytorch.first?.version.majorMinor ?? plain) {
                            findings.append(finding(token.column, "PyTorch \(version.text) does not exist in the dataset"))
                        }
                        continue
                    }
                    if !handled, let local = version.local, !release.variants.contains(where: { $0.tag == local }) {
                        findings.append(finding(token.column, "PyTorch \(release.version) never shipped a '\(local)' build; it shipped \(release.variants.map(\.tag).joined(separator: ", "))"))
                    }
                    if release.version != newest.version, !explained(release.version) {
                        findings.append(finding(token.column, "pins PyTorch \(release.version) while the newest release in the dataset is \(newest.version)"
                            + stale.replacingOccurrences(of: "{version}", with: "'\(release.version.majorMinor)'")))
                    }
                }
                if let range = lower.range(of: "pytorch/pytorch:") {
                    findings += imageFindings(String(lower[range.upperBound...]), column: token.column, data: data, newest: newest,
                                              explained: explained, stale: stale).map { finding($0.0, $0.1) }
                }
            }
            if !pinned {
                for token in tokens {
                    let lower = token.text.lowercased()
                    guard let range = lower.range(of: "download.pytorch.org/whl/") else { continue }
                    let tag = String(lower[range.upperBound...].prefix { $0 != "/" && $0 != " " })
                    guard tag.hasPrefix("cu"), !newest.variants.contains(where: { $0.tag == tag }), !mentions(reasons, tag) else { continue }
                    let shipped = newest.variants.map(\.tag).joined(separator: ", ")
                    findings.append(finding(token.column, "the '\(tag)' index has no build of the newest PyTorch (\(newest.version) ships \(shipped)): "
                        + "pip would install an older release from it; use one of those indexes, pin the release you mean, or name '\(tag)' in a comment saying why"))
                }
            }
        }
        return findings
    }

    /// `pytorch/pytorch:2.9.1-cuda12.8-cudnn9-runtime`: the release and its CUDA build must exist; an old release
    /// needs a reason. Returns (column, message) pairs.
    private static func imageFindings(_ tag: String, column: Int, data: CompatDataset, newest: PyTorchRelease,
                                      explained: (Version) -> Bool, stale: String) -> [(Int, String)] {
        let parts = tag.split(separator: "-")
        guard let first = parts.first, let version = Version(String(first)), version.parts.count == 3 else { return [] }
        guard let release = data.pytorchRelease(version) else {
            return version.majorMinor >= (data.pytorch.first?.version.majorMinor ?? version)
                ? [(column, "PyTorch \(version.text) does not exist in the dataset, so neither does the image pytorch/pytorch:\(tag)")] : []
        }
        var findings: [(Int, String)] = []
        if let cuda = parts.dropFirst().first(where: { $0.hasPrefix("cuda") }), let cudaVersion = Version(String(cuda.dropFirst(4))),
           !release.variants.contains(where: { $0.cuda?.majorMinor == cudaVersion.majorMinor }) {
            let builds = release.cudaVariants.compactMap(\.cuda).map(\.description).joined(separator: ", ")
            findings.append((column, "PyTorch \(release.version) has no CUDA \(cudaVersion) build, so no image \(tag); its CUDA builds: \(builds)"))
        }
        if release.version != newest.version, !explained(release.version) {
            findings.append((column, "uses the image of PyTorch \(release.version) while the newest release in the dataset is \(newest.version)"
                + stale.replacingOccurrences(of: "{version}", with: "'\(release.version.majorMinor)'")))
        }
        return findings
    }

    /// Whether `text` names `word` on its own (`2.9` but not `12.9` or `2.91`).
    private static func mentions(_ text: String, _ word: String) -> Bool {
        var search = text[...]
        while let range = search.range(of: word) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isNumber, before != ".", !after.isNumber { return true }
            search = text[range.upperBound...]
        }
        return false
    }

    /// Whether a command's tokens run pip, or conda (mamba, micromamba).
    private static func installers(_ tokens: [Token]) -> (pip: Bool, conda: Bool) {
        (tokens.contains { $0.text == "pip" || $0.text == "pip3" || $0.text.hasSuffix("/pip") },
         tokens.contains { ["conda", "mamba", "micromamba"].contains($0.text) })
    }

    /// A command that may span several physical lines joined by continuations.
    private struct LogicalLine {
        var text = ""
        /// For each physical line: its 0-based number and the column in `text` where it starts.
        var segments: [(line: Int, offset: Int)] = []

        /// The physical line and column of a column in `text`.
        func position(of column: Int) -> (Int, Int) {
            let segment = segments.last { $0.offset <= column } ?? segments[0]
            return (segment.line, column - segment.offset)
        }

        /// A finding at a column of `text`, placed on its physical line.
        func finding(_ column: Int, _ message: String) -> Finding {
            let (line, physicalColumn) = position(of: column)
            return Finding(line: line, column: physicalColumn, message: message)
        }
    }

    /// Lines with `\` (shell) or `` ` `` (PowerShell) continuations joined.
    private static func logicalLines(_ text: String) -> [LogicalLine] {
        var result: [LogicalLine] = []
        var current = LogicalLine()
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            let continues = line.hasSuffix("\\") || line.hasSuffix("`")
            if continues { line.removeLast() }
            if !current.segments.isEmpty { current.text += " " }
            current.segments.append((number, current.text.unicodeScalars.count))
            current.text += line
            if !continues {
                result.append(current)
                current = LogicalLine()
            }
        }
        if !current.segments.isEmpty { result.append(current) }
        return result
    }

    private struct Token {
        var text: String
        var column: Int
    }

    /// Splits on whitespace, dropping quotes; columns in Unicode scalars.
    private static func tokenize(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        for (index, scalar) in line.unicodeScalars.enumerated() {
            if scalar == " " || scalar == "\t" {
                if !current.isEmpty { tokens.append(Token(text: current, column: start)) }
                current = ""
            } else if scalar == "\"" || scalar == "'" {
                continue
            } else {
                if current.isEmpty { start = index }
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(Token(text: current, column: start)) }
        return tokens
    }
}
