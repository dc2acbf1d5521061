import Foundation
import Mustache

/// Renders a template as fixed text with the values put in, once it has seen what the template makes of values of
/// that shape: Mustache looks every variable up through dynamic casts, which cost a 10 000-page build more than
/// putting its pages' HTML together.
///
/// A *shape* is which keys are present and the value of every `Bool` (strings never change which sections render:
/// Mustache renders a section for any string, empty or not). For a new shape the template is rendered once with a
/// marker in place of each string (`U+F8FF & n U+F8FE`; the `&` shows whether Mustache escaped that place), and the
/// result is cut into text and places. The first page of each shape is also rendered by Mustache itself, and a shape
/// whose two renderings differ stays with Mustache. Templates with transforms (`{{f(x)}}`) or dynamic partials, and
/// changed delimiters, and values other than strings, booleans and dictionaries of them, always go through Mustache.
final class CompiledTemplates: @unchecked Sendable {
    private enum Piece {
        case text(String)
        case value(Int, escaped: Bool)
    }

    private enum Entry {
        case pieces([Piece])
        case mustache
    }

    private let enabled: Bool
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// `sources` are the templates' texts; compilation is off when any of them uses a feature whose output depends on
    /// a string's content.
    init(sources: [String]) {
        enabled = !sources.contains { source in
            source.contains("\u{F8FF}") || source.contains("{{=") || source.contains("{{>*") || source.contains("{{<*") || Self.hasTransform(source)
        }
    }

    /// Template `name` rendered with `values`, the same text `library` gives.
    func render(_ name: String, _ values: [String: Any], library: MustacheLibrary) -> String {
        guard enabled else { return library.render(values, withTemplate: name) ?? "" }
        var shape = name
        var strings: [String] = []
        guard Self.flatten(values, shape: &shape, strings: &strings) else { return library.render(values, withTemplate: name) ?? "" }
        switch lock.withLock({ entries[shape] }) {
        case .pieces(let pieces):
            return Self.fill(pieces, with: strings)
        case .mustache:
            return library.render(values, withTemplate: name) ?? ""
        case nil:
            let expected = library.render(values, withTemplate: name) ?? ""
            var entry = Entry.mustache
            if let marked = library.render(Self.marked(values, counter: 0).value, withTemplate: name),
               let pieces = Self.pieces(of: marked), Self.fill(pieces, with: strings) == expected {
                entry = .pieces(pieces)
            }
            lock.withLock { entries[shape] = entry }
            return expected
        }
    }

    /// Shapes rendered from pieces, and shapes left to Mustache (for tests).
    var counts: (compiled: Int, mustache: Int) {
        lock.withLock {
            entries.values.reduce(into: (0, 0)) { counts, entry in
                if case .pieces = entry { counts.0 += 1 } else { counts.1 += 1 }
            }
        }
    }

    // MARK: - Private

    /// Appends the shape of `values` to `shape` and their strings, in sorted key order, to `strings`; false for values
    /// this cache does not handle.
    private static func flatten(_ values: [String: Any], shape: inout String, strings: inout [String]) -> Bool {
        for key in values.keys.sorted() {
            shape += "|" + key
            switch values[key] {
            case let string as String:
                strings.append(string)
                shape += ":s"
            case let bool as Bool:
                shape += bool ? ":t" : ":f"
            case let nested as [String: Any]:
                shape += ":{"
                guard flatten(nested, shape: &shape, strings: &strings) else { return false }
                shape += "}"
            default:
                return false
            }
        }
        return true
    }

    /// `values` with each string replaced by its marker, numbered in `flatten`'s order from `counter`.
    private static func marked(_ values: [String: Any], counter: Int) -> (value: [String: Any], counter: Int) {
        var counter = counter
        var out: [String: Any] = [:]
        for key in values.keys.sorted() {
            switch values[key] {
            case is String:
                out[key] = "\u{F8FF}&\(counter)\u{F8FE}"
                counter += 1
            case let nested as [String: Any]:
                let (value, next) = marked(nested, counter: counter)
                out[key] = value
                counter = next
            default:
                out[key] = values[key]
            }
        }
        return (out, counter)
    }

    /// Cuts marked output into text and places; nil when a marker came out altered.
    private static func pieces(of marked: String) -> [Piece]? {
        var pieces: [Piece] = []
        var rest = Substring(marked)
        while let open = rest.firstIndex(of: "\u{F8FF}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "\u{F8FE}") else { return nil }
            let inside = rest[afterOpen..<close]
            if inside.hasPrefix("&amp;"), let number = Int(inside.dropFirst(5)) {
                pieces.append(.value(number, escaped: true))
            } else if inside.hasPrefix("&"), let number = Int(inside.dropFirst()) {
                pieces.append(.value(number, escaped: false))
            } else {
                return nil
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    private static func fill(_ pieces: [Piece], with strings: [String]) -> String {
        var out = ""
        out.reserveCapacity(pieces.reduce(0) { total, piece in
            switch piece {
            case .text(let text): return total + text.utf8.count
            case .value(let number, _): return total + (number < strings.count ? strings[number].utf8.count + 16 : 0)
            }
        })
        for piece in pieces {
            switch piece {
            case .text(let text):
                out += text
            case .value(let number, let escaped):
                guard number < strings.count else { continue }
                if escaped { appendEscaped(strings[number], to: &out) } else { out += strings[number] }
            }
        }
        return out
    }

    /// Mustache's HTML escaping, Character by Character as it does it.
    private static func appendEscaped(_ text: String, to out: inout String) {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            out += text
            return
        }
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
    }

    /// Whether a tag calls a transform, `{{name(variable)}}` or `{{#name(variable)}}`.
    private static func hasTransform(_ source: String) -> Bool {
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { return false }
            if rest[open.upperBound..<close.lowerBound].contains("(") { return true }
            rest = rest[close.upperBound...]
        }
        return false
    }
}
