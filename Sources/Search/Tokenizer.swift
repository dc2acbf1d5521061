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
        normalizedBytes(text).withUnsafeBufferPointer { bytes in
            scan(bytes, mode: mode) { terms.append(String(decoding: $0, as: UTF8.self)) }
        }
        if mode == .query {
            var seen = Set<String>()
            terms = terms.filter { seen.insert($0).inserted }
            if terms.count > maximumQueryTerms { terms.removeSubrange(maximumQueryTerms...) }
        }
        return terms
    }

    /// Calls `body` with each term of already-normalized text (see `normalize`), without allocating an array.
    public static func forEachTerm(ofNormalized text: String, mode: Mode, _ body: (String) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in scan(bytes, mode: mode) { body(String(decoding: $0, as: UTF8.self)) } }
    }

    /// NFKC and lowercase, as rule 1 says.
    public static func normalize(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// `normalize(text)` as UTF-8. Text made only of ASCII, common CJK and full-width ASCII forms takes a fast path
    /// over its UTF-8 bytes that gives the same result.
    static func normalizedBytes(_ text: String) -> [UInt8] {
        var copy = text
        let fast: [UInt8]? = copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    index += 1
                    continue
                }
                let (value, length) = decode(bytes, at: index)
                guard isFastScalar(value) else { return nil }
                if value >= 0xFF01 && value <= 0xFF5E {
                    let ascii = UInt8(value - 0xFEE0)
                    out.append(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
                } else if value == 0x3000 {
                    out.append(0x20)
                } else {
                    out.append(contentsOf: bytes[index..<(index + length)])
                }
                index += length
            }
            return out
        }
        if let fast { return fast }
        return Array(text.precomposedStringWithCompatibilityMapping.lowercased().replacingOccurrences(of: "ς", with: "σ").utf8)
    }

    // MARK: - Scanning

    private enum Class { case cjk, word, joiner, other }

    /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Walks normalized text's scalars in one pass and calls `emit` with each term as a slice of the bytes (valid only
    /// during the call), so no strings, scalar arrays or per-term views are built.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, mode: Mode, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let count = bytes.count
        var position = 0
        while position < count {
            let (value, length) = decode(bytes, at: position)
            switch classify(value) {
            case .cjk:
                // Bigrams as the run goes, then its last character (or its only one).
                var previous = position
                var next = position + length
                var runLength = 1
                while next < count {
                    let (following, size) = decode(bytes, at: next)
                    guard classify(following) == .cjk else { break }
                    emit(slice(bytes, previous, next + size))
                    previous = next
                    next += size
                    runLength += 1
                }
                if runLength == 1 || mode == .index { emit(slice(bytes, previous, next)) }
                position = next
            case .word:
                // Word characters, with single joiners between two of them.
                var end = position + length
                var scalars = 1
                var joined = false
                while end < count {
                    let (following, size) = decode(bytes, at: end)
                    let kind = classify(following)
                    if kind == .word {
                        end += size
                        scalars += 1
                        continue
                    }
                    if kind == .joiner, end + 1 < count {
                        let (after, afterSize) = decode(bytes, at: end + 1)
                        if classify(after) == .word {
                            end += 1 + afterSize
                            scalars += 2
                            joined = true
                            continue
                        }
                    }
                    break
                }
                emitWord(from: position, to: end, scalars: scalars, joined: joined, mode: mode, bytes: bytes, emit)
                position = end
            case .joiner, .other:
                position += length
            }
        }
    }

    @inline(__always)
    private static func slice(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[from..<to])
    }

    /// Emits the identifier `bytes[start..<end]` (`scalars` characters long), then in `.index` mode its parts and
    /// numeric chains. Joiners are ASCII, so parts are found on bytes.
    private static func emitWord(from start: Int, to end: Int, scalars: Int, joined: Bool, mode: Mode, bytes: UnsafeBufferPointer<UInt8>,
                                 _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        if scalars <= maximumTermLength { emit(slice(bytes, start, end)) }
        guard joined, mode == .index || scalars > maximumTermLength else { return }
        // Parts between joiners (byte ranges), their length in characters, and the joiner byte that follows each.
        var parts: [(from: Int, to: Int, scalars: Int, numeric: Bool, joiner: UInt8?)] = []
        var partStart = start
        var partScalars = 0
        var numeric = true
        for index in start..<end {
            let byte = bytes[index]
            if byte == 0x5F || byte == 0x2D || byte == 0x2E || byte == 0x2B {
                parts.append((partStart, index, partScalars, numeric, byte))
                partStart = index + 1
                partScalars = 0
                numeric = true
                continue
            }
            if byte & 0xC0 != 0x80 { partScalars += 1 }
            if byte < 0x30 || byte > 0x39 { numeric = false }
        }
        parts.append((partStart, end, partScalars, numeric, nil))
        for part in parts where part.scalars <= maximumTermLength { emit(slice(bytes, part.from, part.to)) }
        if mode == .query { return }
        // Chains of numeric parts joined by ".", and their prefixes: each is one slice of the word, all ASCII.
        var chainStart = 0
        while chainStart < parts.count {
            var chainEnd = chainStart
            while parts[chainEnd].numeric, chainEnd + 1 < parts.count, parts[chainEnd].joiner == 0x2E, parts[chainEnd + 1].numeric {
                chainEnd += 1
            }
            if chainEnd > chainStart {
                var count = chainEnd - chainStart + 1
                while count >= 2 {
                    let from = parts[chainStart].from, to = parts[chainStart + count - 1].to
                    if !(from == start && to == end), to - from <= maximumTermLength { emit(slice(bytes, from, to)) }
                    count -= 1
                }
            }
            chainStart = chainEnd + 1
        }
    }

    @inline(__always)
    private static func classify(_ value: UInt32) -> Class {
        if value < 0x80 {
            if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) { return .word }
            if value == 0x5F || value == 0x2D || value == 0x2E || value == 0x2B { return .joiner }
            return .other
        }
        if isCJK(value) { return .cjk }
        guard let scalar = Unicode.Scalar(value) else { return .other }
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
