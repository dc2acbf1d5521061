/// Compact, JSON-safe encodings of sorted document numbers.
public enum PostingCodec {
    /// 64 characters; a character's index below 32 ends a varint, 32 and above continue it.
    public static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".unicodeScalars)

    /// The alphabet as ASCII bytes.
    private static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// Varints of the gaps between ascending numbers, the first measured from `start`: -1 for postings (so
    /// document 0 is gap 1 and no gap is 0), 0 for plain deltas such as page starts.
    public static func encodeGaps(_ values: [UInt32], from start: Int64 = -1) -> String {
        var out: [UInt8] = []
        appendGaps(values, from: start, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Varints of `gap << 2 | weight` for postings given as `document << 2 | weight`.
    public static func encodeWeighted(_ postings: [UInt32]) -> String {
        var out: [UInt8] = []
        appendWeighted(postings, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `!` followed by six documents a character, document 0 in the lowest bit of the first.
    public static func encodeBitmap(_ documents: [UInt32], documentCount: Int) -> String {
        var out: [UInt8] = []
        appendBitmap(documents, documentCount: documentCount, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `encodeGaps`, appended to ASCII bytes.
    static func appendGaps(_ values: [UInt32], from start: Int64 = -1, to out: inout [UInt8]) {
        var previous = start
        for value in values {
            appendVarint(UInt64(Int64(value) - previous), to: &out)
            previous = Int64(value)
        }
    }

    /// `encodeWeighted`, appended to ASCII bytes.
    static func appendWeighted(_ postings: [UInt32], to out: inout [UInt8]) {
        var previous: Int64 = -1
        for posting in postings {
            let document = Int64(posting >> 2)
            appendVarint(UInt64(document - previous) << 2 | UInt64(posting & 3), to: &out)
            previous = document
        }
    }

    /// `encodeBitmap`, appended to ASCII bytes.
    static func appendBitmap(_ documents: [UInt32], documentCount: Int, to out: inout [UInt8]) {
        var bits = [UInt8](repeating: 0, count: (documentCount + 5) / 6)
        for document in documents { bits[Int(document) / 6] |= 1 << (document % 6) }
        out.append(UInt8(ascii: "!"))
        for value in bits { out.append(digits[Int(value)]) }
    }

    private static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var rest = value
        while rest >= 32 {
            out.append(digits[Int(32 | (rest & 31))])
            rest >>= 5
        }
        out.append(digits[Int(rest)])
    }
}

/// JSON string literals, also safe inside a `<script>` element and in JavaScript source.
enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a quoted JSON string.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &out) }
    }

    /// Appends UTF-8 `text` as a quoted JSON string: `"`, `\`, control characters, `<` and U+2028/U+2029 escaped.
    static func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var index = 0
        while index < text.count {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
            case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                out.append(contentsOf: (text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 3
                continue
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            default:
                out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }
}
