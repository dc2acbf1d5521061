import Foundation

/// Splits text into search terms; the browser's `search.js` implements the same rules, and both are tested against
/// `Tests/Fixtures/search/tokenizer-vectors.json`.
///
/// Rules, in order:
/// 1. Unicode NFKC, then lowercase; `ς` becomes `σ`.
/// 2. Chinese, Japanese and Korean characters (Han, kana, Hangul) form runs. A run yields its overlapping character
///    bigrams; in `.index` mode also its last character alone (so that every character starts some term and a
///    one-character query works as a prefix), and a one-character run yields that character in both modes.
/// 3. Letters, digits and marks form words; `_ - . +` join two word characters into one identifier.
///    In `.index` mode an identifier yields itself, then each part between joiners, then every chain of two or more
///    numeric parts joined by `.` with its shorter prefixes (`535.104.05` also yields `535.104`). In `.query` mode
///    an identifier yields only itself.
/// 4. Everything else (spaces, punctuation, symbols, emoji) separates. Terms longer than 64 characters are dropped
///    (a query identifier that long falls back to its parts). A query keeps its first 32 distinct terms.
public enum Tokenizer {
    /// Where the text comes from.
    public enum Mode: Sendable {
        /// Document text: every term, with repeats.
        case index
        /// A reader's query: distinct terms, in order.
        case query
    }

    /// Longest term kept, in Unicode scalars.
    public static let maximumTermLength = 64
    /// Most terms a query keeps.
    public static let maximumQueryTerms = 32

    /// The terms of `text`.
    public static func terms(_ text: String, mode: Mode) -> [String] {
        var terms: [String] = []
        scan(normalize(text), mode: mode) { terms.append($0) }
        if mode == .query {
            var seen = Set<String>()
            terms = terms.filter { seen.insert($0).inserted }
            if terms.count > maximumQueryTerms { terms.removeSubrange(maximumQueryTerms...) }
        }
        return terms
    }

    /// Calls `body` with each term of already-normalized text (see `normalize`), without allocating an array.
    public static func forEachTerm(ofNormalized text: String, mode: Mode, _ body: (String) -> Void) {
        scan(text, mode: mode, body)
    }

    /// NFKC and lowercase, as rule 1 says. Text made only of ASCII, common CJK and full-width ASCII forms takes a
    /// fast path that gives the same result.
    public static func normalize(_ text: String) -> String {
        var fast = true
        for scalar in text.unicodeScalars where !isFastScalar(scalar.value) {
            fast = false
            break
        }
        if fast {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                var value = scalar.value
                if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 } else if value == 0x3000 { value = 0x20 }
                if value >= 0x41 && value <= 0x5A { value += 0x20 }
                scalars.append(Unicode.Scalar(value) ?? scalar)
            }
            return String(scalars)
        }
        return text.precomposedStringWithCompatibilityMapping.lowercased().replacingOccurrences(of: "ς", with: "σ")
    }

    // MARK: - Scanning

    private enum Class { case cjk, word, joiner, other }

    private static func scan(_ text: String, mode: Mode, _ emit: (String) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            switch classify(scalars[index]) {
            case .cjk:
                var end = index
                while end < scalars.count, classify(scalars[end]) == .cjk { end += 1 }
                emitCJK(scalars[index..<end], mode: mode, emit)
                index = end
            case .word:
                var end = index + 1
                while end < scalars.count {
                    let kind = classify(scalars[end])
                    if kind == .word { end += 1; continue }
                    if kind == .joiner, end + 1 < scalars.count, classify(scalars[end + 1]) == .word { end += 2; continue }
                    break
                }
                emitWord(scalars[index..<end], mode: mode, emit)
                index = end
            case .joiner, .other:
                index += 1
            }
        }
    }

    private static func emitCJK(_ run: ArraySlice<Unicode.Scalar>, mode: Mode, _ emit: (String) -> Void) {
        let start = run.startIndex
        if run.count == 1 {
            emit(String(String.UnicodeScalarView(run)))
            return
        }
        for offset in start..<(run.endIndex - 1) {
            emit(String(String.UnicodeScalarView(run[offset...(offset + 1)])))
        }
        if mode == .index, let last = run.last { emit(String(last)) }
    }

    private static func emitWord(_ word: ArraySlice<Unicode.Scalar>, mode: Mode, _ emit: (String) -> Void) {
        let whole = String(String.UnicodeScalarView(word))
        let joined = word.contains { classify($0) == .joiner }
        if mode == .query && (!joined || word.count <= maximumTermLength) {
            if word.count <= maximumTermLength { emit(whole) }
            return
        }
        if word.count <= maximumTermLength { emit(whole) }
        guard joined else { return }
        // Parts between joiners, with the joiner that follows each.
        var parts: [(text: String, numeric: Bool, joiner: Unicode.Scalar?)] = []
        var current = String.UnicodeScalarView()
        var numeric = true
        for scalar in word {
            if classify(scalar) == .joiner {
                parts.append((String(current), numeric, scalar))
                current = String.UnicodeScalarView()
                numeric = true
            } else {
                current.append(scalar)
                if scalar.value < 0x30 || scalar.value > 0x39 { numeric = false }
            }
        }
        parts.append((String(current), numeric, nil))
        for part in parts where part.text.unicodeScalars.count <= maximumTermLength { emit(part.text) }
        if mode == .query { return }
        // Chains of numeric parts joined by ".", and their prefixes.
        var chainStart = 0
        while chainStart < parts.count {
            var chainEnd = chainStart
            while parts[chainEnd].numeric, chainEnd + 1 < parts.count, parts[chainEnd].joiner == ".", parts[chainEnd + 1].numeric {
                chainEnd += 1
            }
            if chainEnd > chainStart {
                var length = chainEnd - chainStart + 1
                while length >= 2 {
                    let chain = parts[chainStart..<(chainStart + length)].map(\.text).joined(separator: ".")
                    if chain != whole, chain.unicodeScalars.count <= maximumTermLength { emit(chain) }
                    length -= 1
                }
            }
            chainStart = chainEnd + 1
        }
    }

    private static func classify(_ scalar: Unicode.Scalar) -> Class {
        let value = scalar.value
        if value < 0x80 {
            if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) { return .word }
            if value == 0x5F || value == 0x2D || value == 0x2E || value == 0x2B { return .joiner }
            return .other
        }
        if isCJK(value) { return .cjk }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word
        default:
            return .other
        }
    }

    /// Han, Hiragana, Katakana and Hangul, by block.
    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3041...0x30FF, 0x31F0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3131...0x318E, 0xF900...0xFAFF,
             0x20000...0x2FA1F, 0x30000...0x3134F:
            return true
        default:
            return false
        }
    }

    private static func isFastScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xFF01...0xFF5E, 0x3000...0x3002, 0x3008...0x3011,
             0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0xB7:
            return true
        default:
            return false
        }
    }
}
