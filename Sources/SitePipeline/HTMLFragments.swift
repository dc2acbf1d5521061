import Compat
import Markup

/// Small HTML pieces for generated pages; every text goes through `HTMLEscaping`.
enum HTMLFragments {
    /// Escaped text.
    static func text(_ value: String) -> String { HTMLEscaping.escape(value) }

    /// A link to a site-relative URL from a page whose root prefix is `root`.
    static func link(_ label: String, to url: String, root: String, attributes: String = "") -> String {
        "<a href=\"\(text(root + url))\"\(attributes)>\(text(label))</a>"
    }

    /// An external source link labelled `label` (plain text).
    static func source(_ url: String, label: String) -> String {
        "<a class=\"source-link\" href=\"\(text(url))\" rel=\"noopener\">\(text(label))</a>"
    }

    /// A definition list of facts; values are HTML.
    static func facts(_ items: [(String, String)]) -> String {
        var html = "<dl class=\"facts\">\n"
        // dt and dd are the grid's cells directly: no wrapper, which older accessibility checkers misread.
        for (label, value) in items { html += "<dt>\(text(label))</dt><dd>\(value)</dd>\n" }
        return html + "</dl>\n"
    }

    /// A status badge.
    static func badge(_ status: FitStatus, ui: SiteText) -> String {
        let key: UIText = switch status {
        case .ok: .badgeOK
        case .limited: .badgeLimited
        case .unsupported: .badgeUnsupported
        }
        let label = ui.html(key)
        return "<span class=\"badge badge-\(status.rawValue)\">\(label)</span>"
    }

    /// A matrix with a filter box, sticky header and a source link per row.
    static func matrix(_ table: MatrixTable, root: String, filter: Bool = true, ui: SiteText) -> String {
        var html = "<div class=\"matrix\" data-matrix=\"\(text(table.id))\">\n"
        if filter {
            // The hint names values this table has (its first and last row keys), so trying it always finds a row.
            let keys = [table.rows.first, table.rows.last].compactMap { $0?.cells.first?.text }.filter { !$0.isEmpty }
            let examples = keys.count == 2 && keys[0] != keys[1] ? ui.text(.filterTwo, ["first": keys[0], "second": keys[1]]) : (keys.first ?? "")
            let hint = examples.isEmpty ? ui.html(.filter) : ui.html(.filterExamples, ["examples": examples])
            html += "<p class=\"matrix-tools\"><input type=\"search\" class=\"matrix-filter\" placeholder=\"\(hint)\" aria-label=\"\(ui.html(.filterLabel, ["caption": table.caption]))\">"
            html += " <span class=\"matrix-count\" aria-live=\"polite\">\(ui.html(.rows, ["count": String(table.rows.count)]))</span></p>\n"
        }
        html += "<div class=\"matrix-scroll\" tabindex=\"0\">\n<table>\n<caption>\(text(table.caption))</caption>\n<thead><tr>"
        for column in table.columns { html += "<th scope=\"col\">\(text(column))</th>" }
        html += "<th scope=\"col\">\(ui.html(.sourceColumn))</th></tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.cells.enumerated() {
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let close = index == 0 ? "th" : "td"
                let style = cell.style.map { " class=\"\($0)\"" } ?? ""
                let content = cell.link.map { link(cell.text, to: $0, root: root) } ?? text(cell.text)
                html += "<\(tag)\(style)>\(content)</\(close)>"
            }
            html += "<td>\(source(row.source, label: "↗"))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if filter { html += "<p class=\"matrix-empty\" hidden>\(ui.html(.noRows))</p>\n" }
        return html + "</div>\n"
    }

    /// A plain table with HTML cells.
    static func table(caption: String? = nil, columns: [String], rows: [[String]], className: String = "data-table") -> String {
        var html = "<div class=\"matrix-scroll\" tabindex=\"0\">\n<table class=\"\(className)\">\n"
        if let caption { html += "<caption>\(text(caption))</caption>\n" }
        html += "<thead><tr>" + columns.map { "<th scope=\"col\">\(text($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return html + "</tbody>\n</table>\n</div>\n"
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
