import Foundation

/// Renders a `MarkupNode` tree to an HTML fragment, the way cmark-gfm would, with footnotes collected at the end.
public struct HTMLRenderer: Sendable {
    /// The accessible name of a footnote's link back to its reference, HTML-escaped.
    let footnoteBackLabel: String

    /// Creates a renderer; `footnoteBackLabel` names a footnote's link back to the text (plain text, in the page's
    /// language).
    public init(footnoteBackLabel: String = "Back to text") {
        self.footnoteBackLabel = HTMLEscaping.escape(footnoteBackLabel)
    }

    /// Renders `node` (usually a document) to HTML.
    public func render(_ node: MarkupNode) -> String {
        var state = State()
        var out = ""
        out.reserveCapacity(4096)
        var footnotes: [MarkupNode] = []
        if case .document = node.kind {
            for child in node.children {
                if case .footnoteDefinition = child.kind { footnotes.append(child) } else { render(child, into: &out, state: &state) }
            }
        } else {
            render(node, into: &out, state: &state)
        }
        if !footnotes.isEmpty {
            out += "<section class=\"footnotes\">\n<ol>\n"
            for definition in footnotes { renderFootnote(definition, into: &out, state: &state) }
            out += "</ol>\n</section>\n"
        }
        return out
    }

    // MARK: - Private

    private struct State {
        var tightList = false
        var referenceCounts: [Int: Int] = [:]
        var inTableHeader = false
        var alignments: [MarkupNode.Alignment] = []
        var cellIndex = 0
    }

    private func render(_ node: MarkupNode, into out: inout String, state: inout State) {
        switch node.kind {
        case .document:
            renderChildren(node, into: &out, state: &state)
        case .blockQuote:
            out += "<blockquote>\n"
            let saved = state.tightList
            state.tightList = false
            renderChildren(node, into: &out, state: &state)
            state.tightList = saved
            out += "</blockquote>\n"
        case .list(let ordered, let start, let tight):
            if ordered {
                out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            } else {
                out += "<ul>\n"
            }
            let saved = state.tightList
            state.tightList = tight
            renderChildren(node, into: &out, state: &state)
            state.tightList = saved
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .item(let task):
            if let checked = task {
                out += "<li class=\"task-list-item\"><input type=\"checkbox\" disabled"
                out += checked ? " checked> " : "> "
            } else {
                out += "<li>"
            }
            renderChildren(node, into: &out, state: &state)
            out += "</li>\n"
        case .codeBlock(let info, let code):
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            out += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">"
            out += HTMLEscaping.escape(code)
            out += "</code></pre>\n"
        case .htmlBlock(let html):
            out += HTMLEscaping.rawHTML(html)
            if !html.hasSuffix("\n") { out += "\n" }
        case .generatedHTML(let html):
            out += html
        case .paragraph:
            if state.tightList {
                renderChildren(node, into: &out, state: &state)
            } else {
                out += "<p>"
                renderChildren(node, into: &out, state: &state)
                out += "</p>\n"
            }
        case .heading(let level, let id):
            out += id.map { "<h\(level) id=\"\(HTMLEscaping.escape($0))\">" } ?? "<h\(level)>"
            renderChildren(node, into: &out, state: &state)
            out += "</h\(level)>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .footnoteDefinition:
            break
        case .table(let alignments):
            out += "<table>\n"
            state.alignments = alignments
            var headerOpen = false
            var bodyOpen = false
            for row in node.children {
                if case .tableRow(isHeader: true) = row.kind {
                    if !headerOpen { out += "<thead>\n"; headerOpen = true }
                } else {
                    if headerOpen { out += "</thead>\n"; headerOpen = false }
                    if !bodyOpen { out += "<tbody>\n"; bodyOpen = true }
                }
                render(row, into: &out, state: &state)
            }
            if headerOpen { out += "</thead>\n" }
            if bodyOpen { out += "</tbody>\n" }
            out += "</table>\n"
        case .tableRow(let isHeader):
            out += "<tr>\n"
            state.inTableHeader = isHeader
            state.cellIndex = 0
            renderChildren(node, into: &out, state: &state)
            out += "</tr>\n"
        case .tableCell:
            let tag = state.inTableHeader ? "th" : "td"
            let alignment = state.cellIndex < state.alignments.count ? state.alignments[state.cellIndex] : .none
            out += alignment == .none ? "<\(tag)>" : "<\(tag) style=\"text-align: \(alignment.rawValue)\">"
            renderChildren(node, into: &out, state: &state)
            out += "</\(tag)>\n"
            state.cellIndex += 1
        case .text(let text):
            out += HTMLEscaping.escape(text)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let code):
            out += "<code>" + HTMLEscaping.escape(code) + "</code>"
        case .htmlInline(let html):
            out += HTMLEscaping.rawHTML(html)
        case .emphasis:
            wrap("em", node, into: &out, state: &state)
        case .strong:
            wrap("strong", node, into: &out, state: &state)
        case .strikethrough:
            wrap("del", node, into: &out, state: &state)
        case .link(let destination, let title):
            out += "<a href=\"\(HTMLEscaping.escapeURL(destination))\""
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
            out += ">"
            renderChildren(node, into: &out, state: &state)
            out += "</a>"
        case .image(let source, let title):
            out += "<img src=\"\(HTMLEscaping.escapeURL(source, allowDataImages: true))\" alt=\""
            out += HTMLEscaping.escape(node.plainText) + "\""
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
            out += " loading=\"lazy\">"
        case .footnoteReference(let number):
            let count = (state.referenceCounts[number] ?? 0) + 1
            state.referenceCounts[number] = count
            let id = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\">\(number)</a></sup>"
        }
    }

    private func renderFootnote(_ node: MarkupNode, into out: inout String, state: inout State) {
        guard case .footnoteDefinition(let number) = node.kind else { return }
        var body = ""
        var inner = state
        inner.tightList = false
        renderChildren(node, into: &body, state: &inner)
        let references = max(state.referenceCounts[number] ?? 1, 1)
        var backrefs = ""
        for index in 1...references {
            let id = index == 1 ? "fnref-\(number)" : "fnref-\(number)-\(index)"
            backrefs += " <a href=\"#\(id)\" class=\"footnote-backref\" aria-label=\"\(footnoteBackLabel)\">↩\(index == 1 ? "" : "<sup>\(index)</sup>")</a>"
        }
        if body.hasSuffix("</p>\n") {
            body.removeLast("</p>\n".count)
            body += backrefs + "</p>\n"
        } else {
            body += "<p>" + backrefs + "</p>\n"
        }
        out += "<li id=\"fn-\(number)\">\n" + body + "</li>\n"
    }

    private func wrap(_ tag: String, _ node: MarkupNode, into out: inout String, state: inout State) {
        out += "<\(tag)>"
        renderChildren(node, into: &out, state: &state)
        out += "</\(tag)>"
    }

    private func renderChildren(_ node: MarkupNode, into out: inout String, state: inout State) {
        for child in node.children { render(child, into: &out, state: &state) }
    }
}
