/// The search's ranking parameters, in one place: the index builder uses them to quantize each posting's BM25 weight,
/// and the browser's search.js reads them from the index manifest (`"rank"`) to score queries, so the two cannot drift.
public enum SearchRanking {
    /// BM25 term-frequency saturation.
    public static let k1 = 1.2
    /// BM25 length normalization.
    public static let b = 0.75
    /// A body posting's weight is stored in four steps of this size (weight ≈ (step + 1) × stepSize).
    public static let stepSize = 0.55
    /// Field weights: a match in a heading counts twice a body match, in the page title three times.
    public static let bodyWeight = 1.0, headingWeight = 2.0, titleWeight = 3.0
    /// A term the query's last word only begins counts at this share of a whole-word match.
    public static let prefixFactor = 0.6
    /// At most this many completions of a prefix are searched.
    public static let maxExpansions = 24

    /// The BM25 weight of a term seen `count` times in a section of `length` terms, with `average` the mean length.
    public static func weight(count: Double, length: Double, average: Double) -> Double {
        let norm = k1 * ((1 - b) + b * length / average)
        return count * (k1 + 1) / (count + norm)
    }

    /// The stored step (0…3) for a weight.
    public static func step(_ weight: Double) -> UInt32 {
        UInt32(min(3, max(0, Int((weight / stepSize).rounded()) - 1)))
    }

    /// The manifest's `"rank"` object.
    public static var manifestJSON: String {
        func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        return "{\"k1\":\(number(k1)),\"b\":\(number(b)),\"step\":\(number(stepSize)),"
            + "\"field\":{\"body\":\(number(bodyWeight)),\"heading\":\(number(headingWeight)),\"title\":\(number(titleWeight))},"
            + "\"prefix\":\(number(prefixFactor)),\"expansions\":\(maxExpansions)}"
    }
}
