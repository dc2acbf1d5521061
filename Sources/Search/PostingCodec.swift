/// Compact, JSON-safe encodings of sorted document numbers.
public enum PostingCodec {
    /// 64 characters; a character's index below 32 ends a varint, 32 and above continue it.
    public static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".unicodeScalars)

    /// Varints of the gaps between ascending numbers, the first measured from `start`: -1 for postings (so
    /// document 0 is gap 1 and no gap is 0), 0 for plain deltas such as page starts.
    public static func encodeGaps(_ values: [UInt32], from start: Int64 = -1) -> String {
        var out = String.UnicodeScalarView()
        var previous = start
        for value in values {
            appendVarint(UInt64(Int64(value) - previous), to: &out)
            previous = Int64(value)
        }
        return String(out)
    }

    /// Varints of `gap << 2 | weight` for postings given as `document << 2 | weight`.
    public static func encodeWeighted(_ postings: [UInt32]) -> String {
        var out = String.UnicodeScalarView()
        var previous: Int64 = -1
        for posting in postings {
            let document = Int64(posting >> 2)
            appendVarint(UInt64(document - previous) << 2 | UInt64(posting & 3), to: &out)
            previous = document
        }
        return String(out)
    }

    /// `!` followed by six documents a character, document 0 in the lowest bit of the first.
    public static func encodeBitmap(_ documents: [UInt32], documentCount: Int) -> String {
        var bits = [UInt8](repeating: 0, count: (documentCount + 5) / 6)
        for document in documents { bits[Int(document) / 6] |= 1 << (document % 6) }
        var out = String.UnicodeScalarView(["!"])
        for value in bits { out.append(alphabet[Int(value)]) }
        return String(out)
    }

    private static func appendVarint(_ value: UInt64, to out: inout String.UnicodeScalarView) {
        var rest = value
        while rest >= 32 {
            out.append(alphabet[Int(32 | (rest & 31))])
            rest >>= 5
        }
        out.append(alphabet[Int(rest)])
    }
}

/// JSON string literals.
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
