import CMarkGFM
import Foundation

/// Parses Markdown with cmark-gfm (GFM extensions and footnotes) into `MarkupNode` values.
///
/// Safe to call from many threads: cmark-gfm's inline parsing toggles process-global character tables, so
/// `cmark_parser_finish` runs under a lock while feeding, copying and freeing stay parallel.
public enum MarkdownParser {
    /// How deeply blocks and inlines may nest. Every later stage walks the tree recursively, so a document nested
    /// deeper (10 000 `>` or 50 000 `*`) is refused here instead of overflowing a thread's stack.
    public static let maximumDepth = 128

    /// Parses `text`. `lineOffset` is added to every line number, for a body that follows front matter.
    /// Throws when the tree nests deeper than `maximumDepth`, naming the first node that does.
    public static func parse(_ text: String, lineOffset: Int = 0) throws(NestingTooDeep) -> MarkupNode {
        Registration.ensure()
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else { return MarkupNode(.document) }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        finishLock.lock()
        let root = cmark_parser_finish(parser)
        finishLock.unlock()
        guard let root else { return MarkupNode(.document) }
        defer { cmark_node_free(root) }
        if let deep = firstNode(below: maximumDepth, in: root) {
            let line = Int(cmark_node_get_start_line(deep))
            let columns = ColumnMap(utf8: bytes)
            var map = columns
            throw NestingTooDeep(line: line == 0 ? 0 : line + lineOffset,
                                 column: map.scalarColumn(line: line, byteColumn: Int(cmark_node_get_start_column(deep))),
                                 limit: maximumDepth)
        }
        var copier = TreeCopier(columns: ColumnMap(utf8: bytes), lineOffset: lineOffset)
        return copier.copy(root)
    }

    // MARK: - Private

    private static let finishLock = NSLock()

    /// The first node (in document order) more than `limit` levels below `root`, found without recursion.
    private static func firstNode(below limit: Int, in root: OpaquePointer) -> OpaquePointer? {
        var node = root
        var depth = 0
        while true {
            if depth > limit { return node }
            if let child = cmark_node_first_child(node) {
                node = child
                depth += 1
                continue
            }
            while node != root, cmark_node_next(node) == nil, let parent = cmark_node_parent(node) {
                node = parent
                depth -= 1
            }
            guard node != root, let next = cmark_node_next(node) else { return nil }
            node = next
        }
    }

    private enum Registration {
        static let done: Bool = {
            cmark_gfm_core_extensions_ensure_registered()
            return true
        }()
        static func ensure() { _ = done }
    }
}

/// Maps cmark's byte columns to Unicode-scalar columns.
struct ColumnMap {
    private let lineStarts: [Int]
    private let utf8: [UInt8]

    init(utf8: [UInt8]) {
        self.utf8 = utf8
        var starts = [0]
        for (index, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The info string of the fence that starts at `line`/`byteColumn`, exactly as written: CommonMark would
    /// unescape `\.` and `\"`, which changes what a check's regular expression means.
    func rawFenceInfo(line: Int, byteColumn: Int) -> String? {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return nil }
        var index = lineStarts[line - 1] + byteColumn - 1
        while index < utf8.count, utf8[index] == UInt8(ascii: " ") { index += 1 }
        guard index < utf8.count, utf8[index] == UInt8(ascii: "`") || utf8[index] == UInt8(ascii: "~") else { return nil }
        let fence = utf8[index]
        while index < utf8.count, utf8[index] == fence { index += 1 }
        var end = index
        while end < utf8.count, utf8[end] != UInt8(ascii: "\n"), utf8[end] != UInt8(ascii: "\r") { end += 1 }
        return String(decoding: utf8[index..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// The last column computed, so that the next one on the same line continues from there: nodes come in source
    /// order, and rescanning a long Chinese paragraph line from its start for every inline node was quadratic.
    private var memo: (line: Int, byte: Int, column: Int) = (0, 0, 0)

    mutating func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return byteColumn }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, utf8.count)
        var column = 1
        var index = start
        if memo.line == line, memo.byte <= end {
            index = memo.byte
            column = memo.column
        }
        while index < end {
            // Count only bytes that begin a scalar (not UTF-8 continuation bytes 10xxxxxx).
            if utf8[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        memo = (line, end, column)
        return column
    }
}

private struct TreeCopier {
    var columns: ColumnMap
    let lineOffset: Int
    var footnoteDefinitions = 0

    init(columns: ColumnMap, lineOffset: Int) {
        self.columns = columns
        self.lineOffset = lineOffset
    }

    mutating func copy(_ node: OpaquePointer) -> MarkupNode {
        var children: [MarkupNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(copy(current))
            child = cmark_node_next(current)
        }
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        let start = MarkupNode.Position(
            line: startLine == 0 ? 0 : startLine + lineOffset,
            column: columns.scalarColumn(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))))
        let end = MarkupNode.Position(
            line: endLine == 0 ? 0 : endLine + lineOffset,
            column: columns.scalarColumn(line: endLine, byteColumn: Int(cmark_node_get_end_column(node))))
        return MarkupNode(kind(of: node), children: children, start: start, end: end)
    }

    private mutating func kind(of node: OpaquePointer) -> MarkupNode.Kind {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)),
                         tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM:
            if typeString(node) == "tasklist" {
                return .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node))
            }
            return .item(task: nil)
        case CMARK_NODE_CODE_BLOCK:
            var info = string(cmark_node_get_fence_info(node))
            var fenceLength: Int32 = 0
            var fenceOffset: Int32 = 0
            var fenceCharacter: CChar = 0
            if info.contains(" "), cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceCharacter) != 0,
               let raw = columns.rawFenceInfo(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node))) {
                info = raw
            }
            return .codeBlock(info: info, code: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), id: nil)
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnoteDefinitions += 1
            return .footnoteDefinition(number: footnoteDefinitions)
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return .footnoteReference(number: Int(string(cmark_node_get_literal(node))) ?? 0)
        default:
            return extensionKind(of: node)
        }
    }

    private func extensionKind(of node: OpaquePointer) -> MarkupNode.Kind {
        switch typeString(node) {
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [MarkupNode.Alignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for index in 0..<count {
                    switch raw[index] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .text("")
        }
    }

    private func typeString(_ node: OpaquePointer) -> String { string(cmark_node_get_type_string(node)) }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// A document nested deeper than `MarkdownParser.maximumDepth`.
public struct NestingTooDeep: Error, Sendable, Hashable {
    /// 1-based line of the first node past the limit (front matter offset included).
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int
    /// The limit.
    public var limit: Int
}
