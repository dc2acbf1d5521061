import Markup

/// HTML written in Swift. Text and attribute values go in escaped; markup that already is HTML (rendered Markdown, a
/// fragment built elsewhere, a string table's `_html` text) goes in only through `raw(_:)`, so every unescaped
/// insertion is named where it happens. A string literal is markup: it is written in the code, never data.
struct HTML: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The markup written so far.
    private(set) var description: String

    init() { description = "" }

    init(stringLiteral markup: String) { description = markup }

    /// Escaped text as a value.
    static func text(_ text: String) -> HTML {
        var html = HTML()
        html.text(text)
        return html
    }

    /// Markup that already is HTML, as a value.
    static func raw(_ markup: String) -> HTML {
        var html = HTML()
        html.raw(markup)
        return html
    }

    /// Appends escaped text.
    @inline(__always)
    mutating func text(_ text: String) { description += HTMLEscaping.escape(text) }

    /// Appends markup that already is HTML, as it is.
    @inline(__always)
    mutating func raw(_ markup: String) { description += markup }

    /// Appends another piece.
    mutating func append(_ other: HTML) { description += other.description }

    static func += (lhs: inout HTML, rhs: HTML) { lhs.append(rhs) }

    /// Appends `<tag a="v" b>`: values are escaped; an empty value writes the bare name (`hidden`, `open`: the same
    /// attribute in HTML), a nil one leaves the attribute out.
    @inline(__always)
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        // Appended piece by piece: this writes every page's navigation, so no temporary strings.
        description += "<"
        description += tag
        for (name, value) in attributes {
            guard let value else { continue }
            description += " "
            description += name
            if !value.isEmpty {
                description += "=\""
                description += HTMLEscaping.escape(value)
                description += "\""
            }
        }
        description += ">"
    }

    /// Appends an empty SVG element, `<tag a="v"/>`.
    @inline(__always)
    mutating func empty(_ tag: String, _ attributes: KeyValuePairs<String, String?>) {
        open(tag, attributes)
        description.removeLast()
        description += "/>"
    }

    /// Appends `</tag>`.
    @inline(__always)
    mutating func close(_ tag: String) {
        description += "</"
        description += tag
        description += ">"
    }

    /// Appends `<tag …>text</tag>`, the text escaped.
    @inline(__always)
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// Appends `<tag …>`, what `body` writes, and `</tag>`.
    @inline(__always)
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], _ body: (inout HTML) -> Void) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }
}
