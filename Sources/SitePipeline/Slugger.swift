import Foundation
import Markup

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

    /// Marks `id` (a heading's explicit id) as used, so later slugs avoid it; false when it already was.
    mutating func reserve(_ id: String) -> Bool {
        guard used[id] == nil else { return false }
        used[id] = 0
        return true
    }
}

/// A heading's explicit id: `## Install the driver {#安装驱动}`, the form Pandoc and Hugo read.
enum HeadingID {
    /// The id written at the end of `heading`'s text and the heading without it; nil when there is none. The id is
    /// one or more characters other than white space, quotes, `<`, `>`, `&`, `{`, `}` and `#`.
    static func explicit(in heading: MarkupNode) -> (id: String, heading: MarkupNode)? {
        guard let last = heading.children.last, case .text(let text) = last.kind, text.hasSuffix("}"),
              let open = text.range(of: "{#", options: .backwards) else { return nil }
        let id = String(text[open.upperBound..<text.index(before: text.endIndex)])
        let forbidden = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'<>&{}#"))
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ !forbidden.contains($0) }) else { return nil }
        let before = text[..<open.lowerBound]
        // Only at the end of the heading, after a space (or as the whole text of a heading with other inline parts).
        guard before.isEmpty || before.hasSuffix(" ") else { return nil }
        var copy = heading
        var kept = Substring(before)
        while kept.last == " " { kept = kept.dropLast() }
        if kept.isEmpty {
            copy.children.removeLast()
        } else {
            copy.children[copy.children.count - 1].kind = .text(String(kept))
        }
        return (id, copy)
    }
}
