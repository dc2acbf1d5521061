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
            func finding(_ column: Int, _ message: String) -> Finding {
                let (line, physicalColumn) = logical.position(of: column)
                return Finding(line: line, column: physicalColumn, message: message)
            }
            let isPip = tokens.contains { $0.text == "pip" || $0.text == "pip3" || $0.text.hasSuffix("/pip") }
            let isConda = tokens.contains { ["conda", "mamba", "micromamba"].contains($0.text) }
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
