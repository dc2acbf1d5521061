/// Makes heading ids the way GitHub does, unique within a page.
struct Slugger {
    private var used: [String: Int] = [:]

    /// Lower-cases ASCII, keeps letters, marks, digits, `-` and `_` of any script, turns spaces into `-`,
    /// drops the rest; appends `-1`, `-2`, … to repeats.
    mutating func slug(for text: String) -> String {
        var base = ""
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                base += "-"
            } else if scalar == "-" || scalar == "_" {
                base.unicodeScalars.append(scalar)
            } else if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                        || properties.generalCategory == .spacingMark {
                base += String(scalar).lowercased()
            }
        }
        if base.isEmpty { base = "section" }
        var candidate = base
        if let count = used[base] {
            var next = count
            repeat {
                next += 1
                candidate = "\(base)-\(next)"
            } while used[candidate] != nil
            used[base] = next
        }
        used[candidate] = used[candidate] ?? 0
        return candidate
    }
}
