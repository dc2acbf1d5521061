import Compat
import Diagnostics
import Foundation

/// A guide's YAML front matter.
public struct FrontMatter: Sendable, Hashable {
    /// Page title (required).
    public var title: String
    /// One-sentence summary.
    public var description: String?
    /// Sort key within the section (lower first); ties sort by title.
    public var weight: Int?
    /// Tags.
    public var tags: [String]
    /// Last update, `YYYY-MM-DD`.
    public var updated: String?
    /// Drafts are not published.
    public var draft: Bool
    /// URL slug override (defaults to the file name).
    public var slug: String?
    /// First publication, `YYYY-MM-DD` (Hugo's `date`); `updated` wins where both are given.
    public var date: String?

    static let keys = ["title", "description", "weight", "tags", "updated", "date", "draft", "slug"]
}

/// A Markdown file split into front matter and body.
struct SplitDocument {
    var frontMatter: FrontMatter?
    var body: String
    /// Number of lines before the body starts (so body line 1 is file line `bodyLineOffset + 1`).
    var bodyLineOffset: Int

    /// Splits and parses `text`; `requireTitle` is false for `_index.md` files.
    static func split(_ text: String, path: String, requireTitle: Bool, into bag: inout DiagnosticBag) -> SplitDocument {
        // Lines are found on "\n" bytes (a "\r" before it is dropped), and only up to the closing delimiter: the body
        // is the rest of the text as it is, never split and joined again.
        let utf8 = text.utf8
        var next = utf8.startIndex
        func line() -> (text: Substring, start: String.Index)? {
            guard next < utf8.endIndex else { return nil }
            let start = next
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            next = end == utf8.endIndex ? end : utf8.index(after: end)
            var content = text[start..<end]
            if content.utf8.last == UInt8(ascii: "\r") { content = text[start..<utf8.index(before: end)] }
            return (content, start)
        }
        guard line()?.text == "---" else {
            if requireTitle {
                bag.add(.error("missing front matter; expected the file to start with '---' and a 'title:'",
                               at: SourceLocation(path: path, line: 1, column: 1)))
            }
            return SplitDocument(frontMatter: nil, body: text, bodyLineOffset: 0)
        }
        let yamlStart = next
        var yamlEnd = next
        var closeLine = 0
        var found = false
        while let current = line() {
            closeLine += 1
            if current.text == "---" || current.text == "..." {
                found = true
                // The YAML ends before the newline that precedes the delimiter.
                yamlEnd = current.start == yamlStart ? yamlStart : utf8.index(before: current.start)
                break
            }
        }
        guard found else {
            bag.add(.error("front matter is not closed; expected a line '---' after the YAML", at: SourceLocation(path: path, line: 1, column: 1)))
            return SplitDocument(frontMatter: nil, body: "", bodyLineOffset: 0)
        }
        let yaml = String(text[yamlStart..<yamlEnd])
        let body = String(text[next...])
        let reader = YAMLReader(path: path, lineOffset: 1)
        let frontMatter = parse(yaml, reader: reader, requireTitle: requireTitle, into: &bag)
        return SplitDocument(frontMatter: frontMatter, body: body, bodyLineOffset: closeLine + 1)
    }

    private static func parse(_ yaml: String, reader: YAMLReader, requireTitle: Bool, into bag: inout DiagnosticBag) -> FrontMatter? {
        var matter = FrontMatter(title: "", description: nil, weight: nil, tags: [], updated: nil, draft: false, slug: nil, date: nil)
        let errorsBefore = bag.errors.count
        guard let root = reader.compose(yaml, into: &bag) else {
            if bag.errors.count == errorsBefore && requireTitle {
                bag.add(.error("front matter is empty; expected at least 'title:'", at: SourceLocation(path: reader.path, line: 2, column: 1)))
            }
            return bag.errors.count == errorsBefore ? matter : nil
        }
        let fields = reader.mapping(root, allowed: FrontMatter.keys, what: "front matter", into: &bag)
        if let field = fields["title"] {
            matter.title = reader.string(field.value, key: "title", into: &bag) ?? ""
        } else if requireTitle && root.mapping != nil {
            bag.add(.error("front matter has no 'title'; every guide needs a title", at: SourceLocation(path: reader.path, line: 1, column: 1)))
        }
        if let field = fields["description"] { matter.description = reader.string(field.value, key: "description", into: &bag) }
        if let field = fields["weight"] { matter.weight = reader.int(field.value, key: "weight", into: &bag) }
        if let field = fields["tags"] { matter.tags = reader.strings(field.value, key: "tags", into: &bag) ?? [] }
        if let field = fields["updated"] { matter.updated = reader.date(field.value, key: "updated", into: &bag) }
        if let field = fields["date"] { matter.date = reader.date(field.value, key: "date", into: &bag) }
        if let field = fields["draft"] { matter.draft = reader.bool(field.value, key: "draft", into: &bag) ?? false }
        if let field = fields["slug"], let slug = reader.string(field.value, key: "slug", into: &bag) {
            let lowered = slug.lowercased()
            if slug.isEmpty || slug.contains(where: { "/\\ #?%".contains($0) }) || slug.hasPrefix(".") || lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
                bag.add(.error("expected 'slug' to be one path segment such as 'install-driver' (no spaces, no / \\ # ? %, not a file name ending in .html), found \(Diagnostic.quoted(slug))",
                               at: reader.location(of: field.value)))
            } else {
                matter.slug = slug
            }
        }
        return bag.errors.count == errorsBefore ? matter : nil
    }
}
