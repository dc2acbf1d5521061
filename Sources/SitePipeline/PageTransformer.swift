import Foundation
import Diagnostics
import Markup
import Snippets

/// An entry of a page's table of contents.
public struct TOCEntry: Sendable, Hashable {
    /// Heading level (2 or 3).
    public var level: Int
    /// Heading id.
    public var id: String
    /// Heading text.
    public var text: String
}

/// A page after the structural part of `transform`: heading ids, callouts, tabs and code blocks expanded.
struct TransformedPage: Sendable {
    var page: Page
    var toc: [TOCEntry]
    var anchors: Set<String>
    /// The live checks on the page, in order.
    var checks: [Check] = []

    /// The same without the page's Markdown body.
    var withoutDocument: TransformedPage {
        var copy = self
        copy.page = page.withoutDocument
        return copy
    }
}

/// The structural transforms of one page. Values in, values out.
struct PageTransformer {
    let page: Page
    private var slugger = Slugger()
    private var toc: [TOCEntry] = []
    private var anchors: Set<String> = []
    private var tabGroups = 0
    private var bag = DiagnosticBag()
    private let directives: DatasetDirectives?
    private let checkDirectives: CheckDirectives
    private let prose: ProseRules?
    private let blockDirectives: BlockDirectiveSet
    private var checks: [Check] = []
    private let ui: SiteText

    init(page: Page, context: TransformContext) {
        self.ui = context.ui
        self.prose = context.prose
        self.checkDirectives = context.checks
        self.page = page
        self.directives = context.directives
        self.blockDirectives = context.blocks
    }

    /// Runs the transforms; returns the new page and any diagnostics.
    static func transform(_ page: Page, context: TransformContext) -> (TransformedPage, [Diagnostic]) {
        var transformer = PageTransformer(page: page, context: context)
        var result = page
        result.document.children = transformer.blocks(page.document.children, topLevel: true)
        // One walk finds footnotes, literal `**` and fact references; a page with facts is walked again after they
        // are expanded, since expansion adds text.
        var footnotes = 0
        var literalEmphasis: [SourceLocation] = []
        var hasFacts = false
        func survey(_ document: MarkupNode) {
            footnotes = 0
            literalEmphasis = []
            hasFacts = false
            document.forEach { node in
                if case .footnoteDefinition(let number) = node.kind { footnotes = max(footnotes, number) }
                if case .text(let text) = node.kind {
                    if let offset = ByteSearch.scalarOffset(of: "**", in: text) {
                        var location = transformer.location(node)
                        location.column += offset
                        literalEmphasis.append(location)
                    }
                    if !hasFacts, ByteSearch.scalarOffset(of: "{{fact", in: text) != nil { hasFacts = true }
                }
            }
        }
        survey(result.document)
        if page.kind != .generated, hasFacts {
            result.document = transformer.expandFacts(result.document)
            survey(result.document)
        }
        if page.kind != .generated, !context.prose.isEmpty {
            let prose = context.prose
            let path = page.displayPath
            prose.lint(result.document, terms: page.originalPath == nil, location: { SourceLocation(path: path, line: $0.start.line, column: $0.start.column) },
                       into: &transformer.bag)
        }
        if let first = literalEmphasis.first {
            // One warning per page, so a page written this way throughout does not bury other diagnostics.
            let more = literalEmphasis.count > 1 ? " (and \(literalEmphasis.count - 1) more on this page)" : ""
            transformer.bag.add(.warning(
                "'**' is shown literally: the emphasis did not open or close\(more)", at: first,
                note: "CommonMark does not close ** between CJK punctuation and a letter, nor '**a****b**'; add a space outside the ** or write \\*\\* for literal asterisks"))
        }
        for number in stride(from: 1, through: footnotes, by: 1) {
            transformer.anchors.insert("fn-\(number)")
            transformer.anchors.insert("fnref-\(number)")
        }
        return (TransformedPage(page: result, toc: transformer.toc, anchors: transformer.anchors, checks: transformer.checks), transformer.bag.all)
    }

    // MARK: - Blocks

    private mutating func blocks(_ nodes: [MarkupNode], topLevel: Bool) -> [MarkupNode] {
        var out: [MarkupNode] = []
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            if case .htmlBlock(let html) = node.kind, let marker = TabMarker(html) {
                guard topLevel else {
                    bag.add(.error("tab markers must be at the top level of the page, not inside a list or quote",
                                   at: location(node)))
                    index += 1
                    continue
                }
                switch marker {
                case .close:
                    bag.add(.error("'<!-- /tabs -->' has no matching '<!-- tabs -->' before it", at: location(node)))
                    index += 1
                case .open:
                    guard let end = nodes[(index + 1)...].firstIndex(where: { TabMarker.of($0) != nil }),
                          TabMarker.of(nodes[end]) == .close else {
                        let found = nodes[(index + 1)...].first(where: { TabMarker.of($0) != nil })
                        let note = found.map { "found another '<!-- tabs -->' at line \($0.start.line) before the close" }
                        bag.add(.error("tab group is not closed; expected '<!-- /tabs -->' after its last tab",
                                       at: location(node), note: note))
                        out.append(contentsOf: blocks(Array(nodes[(index + 1)...].filter { TabMarker.of($0) == nil }), topLevel: true))
                        return out
                    }
                    out.append(tabs(Array(nodes[(index + 1)..<end]), opening: node))
                    index = end + 1
                }
                continue
            }
            if case .codeBlock(let info, let code) = node.kind, CheckParser.isCheck(info: info) {
                // A check may be followed by an `output` block: what it printed on one real machine.
                var sample: String?
                if index + 1 < nodes.count, case .codeBlock(let nextInfo, let nextCode) = nodes[index + 1].kind,
                   nextInfo.trimmingCharacters(in: .whitespaces) == "output" {
                    sample = nextCode
                }
                out.append(check(node, info: info, code: code, sample: sample))
                index += sample == nil ? 1 : 2
                continue
            }
            out.append(block(node))
            index += 1
        }
        return out
    }

    private mutating func check(_ node: MarkupNode, info: String, code: String, sample: String?) -> MarkupNode {
        // The info string starts after the fence (three backticks or tildes, as the guides write them).
        var infoStart = location(node)
        infoStart.column += 3
        guard let check = CheckParser.parse(info: info, code: code, sampleOutput: sample, infoStart: infoStart, into: &bag) else {
            return MarkupNode(.generatedHTML(""), start: node.start, end: node.end)
        }
        directives?.lint(code: code, at: location(node), into: &bag)
        checks.append(check)
        anchors.insert(checkDirectives.anchor(check.id))
        return MarkupNode(.generatedHTML(checkDirectives.render(check, root: root)), start: node.start, end: node.end)
    }

    private mutating func block(_ node: MarkupNode) -> MarkupNode {
        switch node.kind {
        case .heading(let level, _):
            var heading = node
            let id: String
            if let explicit = HeadingID.explicit(in: node) {
                // `## Title {#id}`: a translation keeps its original's ids, so links into it still land.
                heading = explicit.heading
                id = explicit.id
                if !slugger.reserve(id) {
                    bag.add(.error("heading id '\(id)' is used twice on this page; expected each '{#id}' to be unique", at: location(node)))
                }
            } else {
                id = slugger.slug(for: node.plainText)
            }
            let text = heading.plainText
            anchors.insert(id)
            if level == 2 || level == 3 { toc.append(TOCEntry(level: level, id: id, text: text)) }
            heading.kind = .heading(level: level, id: id)
            var anchor = HTML()
            anchor.element("a", ["class": "heading-anchor", "href": "#" + id, "aria-label": ui.text(.headingAnchor)], text: "#")
            heading.children.append(MarkupNode(.generatedHTML(anchor.description)))
            return heading
        case .blockQuote:
            return callout(node) ?? MarkupNode(node.kind, children: blocks(node.children, topLevel: false), start: node.start, end: node.end)
        case .codeBlock(let info, let code):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            if let directive = blockDirectives[language] {
                let html = directive.render(DirectiveBlock(code: code, location: location(node), root: root), anchors: &anchors, into: &bag)
                return MarkupNode(.generatedHTML(html), start: node.start, end: node.end)
            }
            directives?.lint(code: code, at: location(node), into: &bag)
            return MarkupNode(.generatedHTML(CodeBlockRenderer.render(info: info, code: code, ui: ui)), start: node.start, end: node.end)
        case .list, .item, .footnoteDefinition:
            var copy = node
            copy.children = blocks(node.children, topLevel: false)
            return copy
        default:
            return node
        }
    }

    // MARK: - Facts

    /// Merges adjacent text nodes (cmark splits text at `_` and other delimiters) and expands `{{fact …}}`.
    private mutating func expandFacts(_ node: MarkupNode) -> MarkupNode {
        guard !node.children.isEmpty else { return node }
        var copy = node
        var merged: [MarkupNode] = []
        for child in node.children {
            if case .text(let text) = child.kind, let last = merged.last, case .text(let previous) = last.kind {
                merged[merged.count - 1].kind = .text(previous + text)
                merged[merged.count - 1].end = child.end
            } else {
                merged.append(child)
            }
        }
        copy.children = merged.map { child in
            guard case .text(let text) = child.kind, text.contains("{{fact") else { return expandFacts(child) }
            var expanded = child
            if let directives {
                expanded.kind = .text(directives.expandFacts(in: text, at: location(child), into: &bag))
            } else {
                bag.add(.error("'{{fact …}}' needs the dataset, but content/data/compat/ has none", at: location(child)))
            }
            return expanded
        }
        return copy
    }

    // MARK: - Callouts

    private static let calloutTitles: [String: UIText] = [
        "NOTE": .calloutNote, "TIP": .calloutTip, "IMPORTANT": .calloutImportant, "WARNING": .calloutWarning, "CAUTION": .calloutCaution,
    ]

    private mutating func callout(_ quote: MarkupNode) -> MarkupNode? {
        guard let first = quote.children.first, case .paragraph = first.kind else { return nil }
        var marker = ""
        var consumed = 0
        for inline in first.children {
            if case .text(let text) = inline.kind { marker += text; consumed += 1 } else { break }
        }
        let trimmed = marker.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]"),
              trimmed[trimmed.index(after: close)...].allSatisfy(\.isWhitespace) else { return nil }
        let type = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close].uppercased()
        guard let title = Self.calloutTitles[type].map({ ui.text($0) }) else {
            bag.add(.warning("unknown callout type '[!\(type)]'; expected NOTE, TIP, IMPORTANT, WARNING or CAUTION",
                             at: location(first)))
            return nil
        }
        var rest = Array(first.children.dropFirst(consumed))
        if let next = rest.first, next.kind == .softBreak || next.kind == .lineBreak { rest.removeFirst() }
        var body = Array(quote.children.dropFirst())
        if !rest.isEmpty {
            var paragraph = first
            paragraph.children = rest
            body.insert(paragraph, at: 0)
        }
        let kind = type.lowercased()
        var open = HTML()
        open.open("div", ["class": "callout callout-" + kind])
        open.element("p", ["class": "callout-title"], text: title)
        open += "\n"
        var children = [MarkupNode(.generatedHTML(open.description))]
        children.append(contentsOf: blocks(body, topLevel: false))
        children.append(MarkupNode(.generatedHTML("</div>\n")))
        return MarkupNode(.document, children: children, start: quote.start, end: quote.end)
    }

    // MARK: - Tabs

    private mutating func tabs(_ nodes: [MarkupNode], opening: MarkupNode) -> MarkupNode {
        guard let first = nodes.first, case .heading(let level, _) = first.kind else {
            bag.add(.error("a tab group must start with a heading naming the first tab (e.g. '#### Windows')",
                           at: location(nodes.first ?? opening)))
            return MarkupNode(.document, children: blocks(nodes, topLevel: false))
        }
        tabGroups += 1
        var panels: [(label: String, content: [MarkupNode])] = []
        for node in nodes {
            if case .heading(let nodeLevel, _) = node.kind, nodeLevel == level {
                panels.append((node.plainText.trimmingCharacters(in: .whitespaces), []))
            } else {
                panels[panels.count - 1].content.append(node)
            }
        }
        let group = "tabs-\(tabGroups)"
        var list: HTML = "<div class=\"tabs\">\n<div class=\"tab-list\" role=\"tablist\">\n"
        for (index, panel) in panels.enumerated() {
            let id = "\(group)-\(index + 1)"
            anchors.insert(id)
            anchors.insert("\(id)-panel")
            let active = index == 0
            list.element("button", ["type": "button", "role": "tab", "class": active ? "tab is-active" : "tab", "id": id,
                                    "aria-controls": id + "-panel", "aria-selected": String(active), "tabindex": active ? "0" : "-1",
                                    "data-tab": Self.tabKey(panel.label)], text: panel.label)
            list += "\n"
        }
        list += "</div>\n"
        var children = [MarkupNode(.generatedHTML(list.description))]
        for (index, panel) in panels.enumerated() {
            let id = "\(group)-\(index + 1)"
            var open = HTML()
            open.open("div", ["class": index == 0 ? "tab-panel is-active" : "tab-panel", "role": "tabpanel", "id": id + "-panel",
                              "aria-labelledby": id, "data-label": panel.label])
            open += "\n"
            children.append(MarkupNode(.generatedHTML(open.description)))
            children.append(contentsOf: blocks(panel.content, topLevel: false))
            children.append(MarkupNode(.generatedHTML("</div>\n")))
        }
        children.append(MarkupNode(.generatedHTML("</div>\n")))
        return MarkupNode(.document, children: children, start: opening.start, end: opening.end)
    }

    /// The key that syncs tabs across groups: the label, trimmed and lower-cased.
    static func tabKey(_ label: String) -> String { label.trimmingCharacters(in: .whitespaces).lowercased() }

    /// The way from this page back to the site root (`../../`).
    private var root: String { page.root }

    private func location(_ node: MarkupNode) -> SourceLocation {
        SourceLocation(path: page.displayPath, line: node.start.line, column: node.start.column)
    }
}

/// `<!-- tabs -->` and `<!-- /tabs -->`, alone in an HTML block.
enum TabMarker: Equatable {
    case open, close

    init?(_ html: String) {
        let text = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<!--"), text.hasSuffix("-->"), !text.dropFirst(4).dropLast(3).contains("-->") else { return nil }
        switch text.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces) {
        case "tabs": self = .open
        case "/tabs": self = .close
        default: return nil
        }
    }

    static func of(_ node: MarkupNode) -> TabMarker? {
        if case .htmlBlock(let html) = node.kind { return TabMarker(html) }
        return nil
    }
}

/// Substring search over UTF-8 bytes. Foundation's `range(of:)` and `contains` bridge every string to UTF-16 first,
/// which cost 8% of a 10 000-page build when run on every text node.
enum ByteSearch {
    /// The offset, in Unicode scalars, at which `needle` first occurs in `text`.
    static func scalarOffset(of needle: String, in text: String) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return 0 }
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard bytes.count >= pattern.count else { return nil }
            var scalars = 0
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                let byte = bytes[index]
                if byte == first {
                    var match = true
                    var offset = 1
                    while offset < pattern.count {
                        if bytes[index + offset] != pattern[offset] { match = false; break }
                        offset += 1
                    }
                    if match { return scalars }
                }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
            return nil
        }
    }
}
