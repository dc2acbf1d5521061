/// Closest known names to a misspelt one, for "did you mean" messages.
public enum Suggestions {
    /// Up to `limit` candidates nearest to `name` (case-insensitive edit distance; substring matches first).
    public static func closest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let needle = name.lowercased()
        let cutoff = 100 + max(3, needle.count / 2)
        let characters = Array(needle)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let lower = candidate.lowercased()
            let contains = lower.contains(needle) || needle.contains(lower)
            // The distance is at least the difference in length: skip the quadratic count where that alone is past
            // the cut-off (a 10,000-character "name" is compared with hundreds of names otherwise).
            guard contains || 100 + abs(characters.count - lower.count) < cutoff else { return nil }
            return (candidate, (contains ? 0 : 100) + distance(characters, Array(lower)))
        }
        var seen = Set<String>()
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .filter { $0.1 < cutoff }
            .map(\.0)
            .filter { seen.insert($0).inserted }
            .prefix(limit)
            .map { $0 }
    }

    /// `; did you mean 'a' or 'b'?`, or the empty string.
    public static func phrase(for name: String, in candidates: [String]) -> String {
        let found = closest(to: name, in: candidates)
        guard !found.isEmpty else { return "" }
        return "; did you mean " + found.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
