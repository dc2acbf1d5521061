import Foundation

/// Reads a saved vendor page (HTML, or its text as a browser or a search store renders it) into what the
/// importers need: lines of visible text with the input line they start on, and table rows split into cells.
public enum VendorPage {
    /// One piece of visible text and the 1-based input line where it starts.
    public struct Line: Hashable, Sendable {
        /// 1-based line in the input.
        public var line: Int
        /// The text, whitespace collapsed, bullets and footnote markers kept.
        public var text: String
    }

    /// A table row: its cells, each a list of items (a cell's paragraphs, list items or `<br>`-separated lines).
    public struct Row: Hashable, Sendable {
        /// 1-based line in the input.
        public var line: Int
        /// Cells in order; each cell's items in order.
        public var cells: [[String]]
        /// Whether the row's cells are header cells (`<th>`).
        public var isHeader: Bool
    }

    /// Whether `input` looks like HTML rather than text.
    public static func isHTML(_ input: String) -> Bool {
        for tag in ["<td", "<li", "<p>", "<p ", "<tr", "<div", "<br", "<a "] where input.range(of: tag, options: .caseInsensitive) != nil { return true }
        return false
    }

    /// Tags that end a piece of text.
    static let breaking: Set<String> = ["p", "li", "td", "th", "tr", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
                                        "tbody", "thead", "dt", "dd", "section", "caption", "pre", "hr", "header", "footer", "nav"]

    /// The visible text of `input` as lines: block tags and line breaks end a line; `<script>` and `<style>` are dropped.
    /// Plain text is split on line breaks. Bullets (`•`) at a line's start are removed; empty lines are left out.
    public static func lines(_ input: String) -> [Line] {
        guard isHTML(input) else {
            return input.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, raw in
                let text = clean(String(raw))
                return text.isEmpty ? nil : Line(line: offset + 1, text: text)
            }
        }
        var result: [Line] = []
        walk(input) { event in
            if case .text(let line, let text) = event {
                let cleaned = clean(text)
                if !cleaned.isEmpty { result.append(Line(line: line, text: cleaned)) }
            }
        }
        return result
    }

    /// The rows of every HTML table in `input`, header rows included. Cells spanning rows are not repeated.
    public static func tableRows(_ input: String) -> [Row] {
        var rows: [Row] = []
        var current: Row?
        var cell: [String]?
        walk(input) { event in
            switch event {
            case .open(let name, let line):
                switch name {
                case "tr":
                    if let row = current, !row.cells.isEmpty { rows.append(row) }
                    current = Row(line: line, cells: [], isHeader: false)
                case "td", "th":
                    if let open = cell { current?.cells.append(open) }
                    cell = []
                    if name == "th" { current?.isHeader = true }
                default: break
                }
            case .close(let name):
                switch name {
                case "td", "th":
                    if let open = cell { current?.cells.append(open) }
                    cell = nil
                case "tr":
                    if let open = cell { current?.cells.append(open) }
                    cell = nil
                    if let row = current, !row.cells.isEmpty { rows.append(row) }
                    current = nil
                case "table":
                    if let row = current, !row.cells.isEmpty { rows.append(row) }
                    current = nil
                    cell = nil
                default: break
                }
            case .text(_, let text):
                let cleaned = clean(text)
                if !cleaned.isEmpty, cell != nil { cell?.append(cleaned) }
            }
        }
        if let row = current, !row.cells.isEmpty { rows.append(row) }
        return rows
    }

    enum Event {
        case open(String, line: Int)
        case close(String)
        case text(line: Int, String)
    }

    /// Walks the HTML once: tag events and the text between breaking tags.
    static func walk(_ input: String, _ handle: (Event) -> Void) {
        var text = ""
        var textLine = 1
        var line = 1
        var index = input.startIndex
        func flush() {
            if !text.isEmpty { handle(.text(line: textLine, decode(text))) }
            text = ""
        }
        while index < input.endIndex {
            let character = input[index]
            if character == "<" {
                guard let close = input[index...].firstIndex(of: ">") else { break }
                let tag = input[input.index(after: index)..<close]
                line += tag.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
                let isClosing = tag.hasPrefix("/")
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                index = input.index(after: close)
                if !isClosing, name == "script" || name == "style" {
                    // Skip to the matching end tag.
                    let end = input.range(of: "</\(name)", options: .caseInsensitive, range: index..<input.endIndex)
                    let stop = end?.lowerBound ?? input.endIndex
                    line += input[index..<stop].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
                    index = stop
                    continue
                }
                if breaking.contains(name) {
                    flush()
                    if isClosing { handle(.close(name)) } else { handle(.open(name, line: line)) }
                } else if name == "sup" {
                    // A footnote number glued to a value ("9.0<sup>3</sup>") stays apart from it.
                    text += " "
                }
                continue
            }
            if character == "\n" { line += 1 }
            if text.isEmpty && !character.isWhitespace { textLine = line }
            text.append(character)
            index = input.index(after: index)
        }
        flush()
    }

    /// Decodes the entities vendor pages use.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, value) in [("&gt;", ">"), ("&lt;", "<"), ("&nbsp;", " "), ("&#160;", " "), ("&#8805;", "≥"), ("&ge;", "≥"),
                                ("&#8217;", "’"), ("&rsquo;", "’"), ("&trade;", "™"), ("&reg;", "®"), ("&#43;", "+"), ("&quot;", "\""),
                                ("&#39;", "'"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: value)
        }
        return result
    }

    /// Collapses whitespace and drops a leading bullet.
    static func clean(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0.isWhitespace })
        if let first = words.first, first == "•" || first == "*" || first == "-" || first == "·" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `12.0 [3]`, `12.0 3`, `NVIDIA Hopper™ 5` → the value without its footnote marker and trademark signs.
    public static func withoutFootnote(_ text: String) -> String {
        var value = text.replacingOccurrences(of: "™", with: "").replacingOccurrences(of: "®", with: "")
        value = value.replacingOccurrences(of: #"\s*\[\d+\]"#, with: "", options: .regularExpression)
        value = value.replacingOccurrences(of: #"\s+\d{1,2}$"#, with: "", options: .regularExpression)
        return value.trimmingCharacters(in: .whitespaces)
    }
}
