import Compat
import Diagnostics
import Foundation
import Yams

/// `content/site.yaml`: the site's title, language, section order and optional base URL.
public struct SiteConfig: Sendable, Hashable {
    /// One entry of `sections:`.
    public struct SectionEntry: Sendable, Hashable {
        /// Folder name under `content/`.
        public var id: String
        /// Title shown in navigation; `nil` to take it from the section's `_index.md`.
        public var title: String?
    }

    /// Site title.
    public var title: String
    /// One-sentence description for the home page and `<meta name=description>`.
    public var description: String
    /// BCP 47 language tag, e.g. `zh-CN`.
    public var language: String
    /// Absolute URL the site is published at (`https://…/`), used only for `sitemap.xml`.
    public var baseURL: String?
    /// Sections in navigation order.
    public var sections: [SectionEntry]
    /// Theme folder name under `themes/`.
    public var theme: String
    /// Where `language` is set (the file's start when it is not), for diagnostics about the language.
    public var languageLocation: SourceLocation

    static let keys = ["title", "description", "language", "base_url", "sections", "theme"]

    /// Parses `text`; `path` is shown in diagnostics.
    static func parse(_ text: String, path: String, into bag: inout DiagnosticBag) -> SiteConfig? {
        let reader = YAMLReader(path: path, lineOffset: 0)
        guard let root = reader.compose(text, into: &bag) else {
            if !bag.hasErrors { bag.add(.error("site.yaml is empty; expected at least 'title'", at: SourceLocation(path: path, line: 1, column: 1))) }
            return nil
        }
        let fields = reader.mapping(root, allowed: keys, what: "site.yaml", into: &bag)
        var config = SiteConfig(title: "", description: "", language: "zh-CN", baseURL: nil, sections: [], theme: "default",
                                languageLocation: SourceLocation(path: path, line: 1, column: 1))
        if let title = fields["title"] {
            config.title = reader.string(title.value, key: "title", into: &bag) ?? ""
        } else if root.mapping != nil {
            bag.add(.error("site.yaml has no 'title'; expected a site title", at: reader.location(of: root)))
        }
        if let field = fields["description"] { config.description = reader.string(field.value, key: "description", into: &bag) ?? "" }
        if let field = fields["language"] {
            config.language = reader.string(field.value, key: "language", into: &bag) ?? "zh-CN"
            config.languageLocation = reader.location(of: field.value)
        }
        if let field = fields["theme"] { config.theme = reader.string(field.value, key: "theme", into: &bag) ?? "default" }
        if let field = fields["base_url"], let url = reader.string(field.value, key: "base_url", into: &bag) {
            if url.hasPrefix("https://") || url.hasPrefix("http://") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                bag.add(.error("expected 'base_url' to be an absolute http(s) URL, found '\(url)'", at: reader.location(of: field.value)))
            }
        }
        if let field = fields["sections"] { config.sections = sections(field.value, reader: reader, into: &bag) }
        return config
    }

    // MARK: - Private

    private static func sections(_ node: Node, reader: YAMLReader, into bag: inout DiagnosticBag) -> [SectionEntry] {
        guard let list = node.sequence else {
            bag.add(.error("expected 'sections' to be a list of {id, title} entries", at: reader.location(of: node)))
            return []
        }
        var seen: Set<String> = []
        var entries: [SectionEntry] = []
        for item in list {
            var entry: SectionEntry?
            if item.scalar != nil {
                entry = reader.string(item, key: "sections[]", into: &bag).map { SectionEntry(id: $0, title: nil) }
            } else {
                let fields = reader.mapping(item, allowed: ["id", "title"], what: "a section entry", into: &bag)
                if let id = fields["id"] {
                    entry = reader.string(id.value, key: "id", into: &bag).map {
                        SectionEntry(id: $0, title: fields["title"].flatMap { reader.string($0.value, key: "title", into: &bag) })
                    }
                } else if item.mapping != nil {
                    bag.add(.error("section entry has no 'id'; expected the folder name", at: reader.location(of: item)))
                }
            }
            guard let entry else { continue }
            if entry.id.contains("/") || entry.id.hasPrefix(".") || entry.id.hasPrefix("_") {
                bag.add(.error("expected section id '\(entry.id)' to be a plain folder name", at: reader.location(of: item)))
            } else if !seen.insert(entry.id).inserted {
                bag.add(.error("section '\(entry.id)' is listed twice", at: reader.location(of: item)))
            } else {
                entries.append(entry)
            }
        }
        return entries
    }
}
