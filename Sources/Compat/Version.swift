import Foundation

/// A dotted version number such as `12.2.1`, `535.104.05` or `2.1.2+cu121`, compared numerically part by part.
///
/// Missing trailing parts count as zero for ordering (`12.2` == `12.2.0`), but the text keeps the form it was
/// written in. A local suffix after `+` (`cu121`) is kept and ignored by ordering.
public struct Version: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The numeric parts, at least one.
    public let parts: [Int]
    /// The local label after `+`, e.g. `cu121`.
    public let local: String?
    /// The text as written, without the local label.
    public let text: String

    /// Parses `12.2.1`, `535.86.10`, `2.1.2+cu121`, `12.2 Update 1`, `12.8 GA`, `CUDA 12.4`, `v2.1.0` and
    /// `10.1 (10.1.105 …)`. Returns `nil` for anything else.
    public init?(_ raw: String) {
        var text = raw.trimmingCharacters(in: .whitespaces)
        for prefix in ["CUDA ", "cuda ", "v", "V"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        var local: String?
        if let plus = text.firstIndex(of: "+") {
            local = String(text[text.index(after: plus)...])
            text = String(text[..<plus])
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var update: Int?
        if words.count == 3, words[1].lowercased() == "update", let number = Int(words[2]) {
            update = number
            text = String(words[0])
        } else if words.count == 2, words[1].uppercased() == "GA" {
            update = 0
            text = String(words[0])
        } else if words.count != 1 {
            return nil
        }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !pieces.isEmpty, pieces.count <= 4 else { return nil }
        var parts: [Int] = []
        for piece in pieces {
            guard !piece.isEmpty, piece.count <= 9, piece.allSatisfy(\.isASCII), let number = Int(piece), number >= 0 else { return nil }
            parts.append(number)
        }
        if let update {
            guard parts.count == 2 else { return nil }
            parts.append(update)
            text += ".\(update)"
        }
        if let local, local.isEmpty || !local.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." }) { return nil }
        self.parts = parts
        self.local = local
        self.text = text
    }

    /// Creates a version from its parts.
    public init(_ parts: [Int]) {
        self.parts = parts
        self.local = nil
        self.text = parts.map(String.init).joined(separator: ".")
    }

    /// The first part.
    public var major: Int { parts[0] }
    /// The second part, or 0.
    public var minor: Int { parts.count > 1 ? parts[1] : 0 }
    /// The third part, or 0.
    public var patch: Int { parts.count > 2 ? parts[2] : 0 }
    /// `major.minor`.
    public var majorMinor: Version { Version([major, minor]) }

    /// Whether `self` starts with every part of `prefix` (`12.2.1` has prefix `12.2` and `12`).
    public func hasPrefix(_ prefix: Version) -> Bool {
        prefix.parts.count <= parts.count && Array(parts.prefix(prefix.parts.count)) == prefix.parts
    }

    /// The text as written, with the local label when there is one.
    public var description: String { local.map { "\(text)+\($0)" } ?? text }

    /// Numeric comparison, missing parts as zero; the local label does not take part.
    public static func < (lhs: Version, rhs: Version) -> Bool {
        let count = max(lhs.parts.count, rhs.parts.count)
        for index in 0..<count {
            let left = index < lhs.parts.count ? lhs.parts[index] : 0
            let right = index < rhs.parts.count ? rhs.parts[index] : 0
            if left != right { return left < right }
        }
        return false
    }

    /// Equal when ordering says so (`12.2` == `12.2.0`); the local label does not take part.
    public static func == (lhs: Version, rhs: Version) -> Bool { !(lhs < rhs) && !(rhs < lhs) }

    /// Hashes the parts without trailing zeros, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        var trimmed = parts
        while trimmed.count > 1, trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }
}
