/// A Markdown node copied out of cmark-gfm into a Swift value, with its source range.
///
/// The tree is a plain value: stages rewrite it by building new nodes, and no C pointer outlives parsing.
public struct MarkupNode: Hashable, Sendable {
    /// What the node is, with the data that kind carries.
    public var kind: Kind
    /// Child nodes, in document order.
    public var children: [MarkupNode]
    /// Where the node starts in the source file (1-based line and column, columns in Unicode scalars).
    public var start: Position
    /// Where the node ends (inclusive), same units as `start`.
    public var end: Position

    /// Creates a node.
    public init(_ kind: Kind, children: [MarkupNode] = [], start: Position = .unknown, end: Position = .unknown) {
        self.kind = kind
        self.children = children
        self.start = start
        self.end = end
    }

    /// A line and column in the source file.
    public struct Position: Hashable, Sendable {
        /// 1-based line; 0 when unknown.
        public var line: Int
        /// 1-based column in Unicode scalars; 0 when unknown.
        public var column: Int
        /// Creates a position.
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
        /// No known position.
        public static let unknown = Position(line: 0, column: 0)
    }

    /// Column alignment of a table column.
    public enum Alignment: String, Hashable, Sendable {
        case none, left, center, right
    }

    /// The node kinds of CommonMark plus the GFM extensions and footnotes.
    public enum Kind: Hashable, Sendable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item; `task` is nil for a plain item, or whether the task box is checked.
        case item(task: Bool?)
        case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case paragraph
        /// A heading; `id` is assigned by a later stage (`nil` renders without an id).
        case heading(level: Int, id: String?)
        case thematicBreak
        /// A footnote definition, numbered in order of first reference (1-based).
        case footnoteDefinition(number: Int)
        case table(alignments: [Alignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        /// A footnote reference to definition `number`.
        case footnoteReference(number: Int)
        /// Trusted, already rendered HTML produced by a build stage (never from user input directly).
        case generatedHTML(String)
    }
}

extension MarkupNode {
    /// The plain text of the node's inline content (text, code spans, and breaks as spaces).
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text(let text), .code(let text): out += text
        case .softBreak, .lineBreak: out += " "
        default: for child in children { child.appendPlainText(to: &out) }
        }
    }

    /// Calls `visit` on this node and every descendant, depth first, in document order.
    public func forEach(_ visit: (MarkupNode) throws -> Void) rethrows {
        try visit(self)
        for child in children { try child.forEach(visit) }
    }

    /// Returns a copy in which every node for which `transform` returns a replacement is replaced, children first
    /// (`transform` sees a node's already rewritten children). `nil` keeps a node; subtrees in which nothing is
    /// replaced are shared with this tree, not copied.
    public func rewritten(_ transform: (MarkupNode) throws -> MarkupNode?) rethrows -> MarkupNode {
        try replaced(transform) ?? self
    }

    private func replaced(_ transform: (MarkupNode) throws -> MarkupNode?) rethrows -> MarkupNode? {
        var newChildren: [MarkupNode] = []
        var changed = false
        for (index, child) in children.enumerated() {
            guard let replacement = try child.replaced(transform) else { continue }
            if !changed {
                newChildren = children
                changed = true
            }
            newChildren[index] = replacement
        }
        guard changed else { return try transform(self) }
        var copy = self
        copy.children = newChildren
        return try transform(copy) ?? copy
    }
}
