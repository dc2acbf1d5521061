import Compat
import Markup

/// Small HTML pieces for generated pages; every text goes through `HTMLEscaping`.
enum HTMLFragments {
    /// Escaped text.
    static func text(_ value: String) -> String { HTMLEscaping.escape(value) }

    /// A link to a site-relative URL from a page whose root prefix is `root`.
    static func link(_ label: String, to url: String, root: String) -> String {
        var html = HTML()
        html.element("a", ["href": root + url], text: label)
        return html.description
    }

    /// An external source link labelled `label` (plain text).
    static func source(_ url: String, label: String) -> String {
        var html = HTML()
        html.element("a", ["class": "source-link", "href": url, "rel": "noopener"], text: label)
        return html.description
    }

    /// A definition list of facts; values are HTML.
    static func facts(_ items: [(String, String)]) -> String {
        var html = HTML()
        html.element("dl", ["class": "facts"]) { html in
            html += "\n"
            // dt and dd are the grid's cells directly: no wrapper, which older accessibility checkers misread.
            for (label, value) in items {
                html.element("dt", text: label)
                html.element("dd") { $0.raw(value) }
                html += "\n"
            }
        }
        return html.description + "\n"
    }

    /// A status badge.
    static func badge(_ status: FitStatus, ui: SiteText) -> String {
        let key: UIText = switch status {
        case .ok: .badgeOK
        case .limited: .badgeLimited
        case .unsupported: .badgeUnsupported
        }
        var html = HTML()
        html.element("span", ["class": "badge badge-" + status.rawValue], text: ui.text(key))
        return html.description
    }

    /// A matrix with a filter box, sticky header and a source link per row.
    static func matrix(_ table: MatrixTable, root: String, filter: Bool = true, ui: SiteText) -> String {
        var html = HTML()
        html.open("div", ["class": "matrix", "data-matrix": table.id])
        html += "\n"
        if filter {
            // The hint names values this table has (its first and last row keys), so trying it always finds a row.
            let keys = [table.rows.first, table.rows.last].compactMap { $0?.cells.first?.text }.filter { !$0.isEmpty }
            let examples = keys.count == 2 && keys[0] != keys[1] ? ui.text(.filterTwo, ["first": keys[0], "second": keys[1]]) : (keys.first ?? "")
            let hint = examples.isEmpty ? ui.text(.filter) : ui.text(.filterExamples, ["examples": examples])
            html.element("p", ["class": "matrix-tools"]) { html in
                html.open("input", ["type": "search", "class": "matrix-filter", "placeholder": hint,
                                    "aria-label": ui.text(.filterLabel, ["caption": table.caption])])
                html += " "
                html.element("span", ["class": "matrix-count", "aria-live": "polite"], text: ui.text(.rows, ["count": String(table.rows.count)]))
            }
            html += "\n"
        }
        html.open("div", ["class": "matrix-scroll", "tabindex": "0"])
        html += "\n<table>\n"
        html.element("caption", text: table.caption)
        html += "\n"
        html.element("thead") { html in
            html.element("tr") { html in
                for column in table.columns { html.element("th", ["scope": "col"], text: column) }
                html.element("th", ["scope": "col"], text: ui.text(.sourceColumn))
            }
        }
        html += "\n<tbody>\n"
        for row in table.rows {
            html.element("tr") { html in
                for (index, cell) in row.cells.enumerated() {
                    let content = HTML.raw(cell.link.map { link(cell.text, to: $0, root: root) } ?? text(cell.text))
                    if index == 0 {
                        html.element("th", ["scope": "row", "class": cell.style]) { $0 += content }
                    } else {
                        html.element("td", ["class": cell.style]) { $0 += content }
                    }
                }
                html.element("td") { $0.raw(source(row.source, label: "↗")) }
            }
            html += "\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if filter {
            html.element("p", ["class": "matrix-empty", "hidden": ""], text: ui.text(.noRows))
            html += "\n"
        }
        html += "</div>\n"
        return html.description
    }

    /// A plain table with HTML cells.
    static func table(caption: String? = nil, columns: [String], rows: [[String]], className: String = "data-table") -> String {
        var html = HTML()
        html.open("div", ["class": "matrix-scroll", "tabindex": "0"])
        html += "\n"
        html.open("table", ["class": className])
        html += "\n"
        if let caption {
            html.element("caption", text: caption)
            html += "\n"
        }
        html.element("thead") { html in
            html.element("tr") { html in for column in columns { html.element("th", ["scope": "col"], text: column) } }
        }
        html += "\n<tbody>\n"
        for row in rows {
            html.element("tr") { html in for cell in row { html.element("td") { $0.raw(cell) } } }
            html += "\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        return html.description
    }
}

/// Builds the Markdown tree of a generated page: real headings (for ids and the table of contents) and HTML blocks.
struct GeneratedDocument {
    private(set) var nodes: [MarkupNode] = []

    mutating func heading(_ level: Int, _ title: String) {
        nodes.append(MarkupNode(.heading(level: level, id: nil), children: [MarkupNode(.text(title))]))
    }

    mutating func html(_ html: String) {
        nodes.append(MarkupNode(.generatedHTML(html)))
    }

    mutating func paragraph(_ text: String) {
        html("<p>\(HTMLFragments.text(text))</p>\n")
    }

    var document: MarkupNode { MarkupNode(.document, children: nodes) }
}
