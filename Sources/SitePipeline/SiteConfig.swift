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
    /// The other editions (`translations:`), each built into its own folder beside the main one.
    public var translations: [Translation] = []

    /// One entry of `translations:`: a second edition of the site in another language.
    public struct Translation: Sendable, Hashable {
        /// BCP 47 tag (`en`); a guide translated into it is `name.<language>.md` beside `name.md`.
        public var language: String
        /// Output folder under the site root (`en`).
        public var folder: String
        /// Site title in this language.
        public var title: String
        /// Site description in this language.
        public var description: String
        /// Section titles in this language, by section id.
        public var sectionTitles: [String: String]
        /// Where the entry's `language` is written.
        public var location: SourceLocation
    }

    static let keys = ["title", "description", "language", "base_url", "sections", "theme", "translations"]

    /// This configuration as edition `translation` sees it: its language, title, description and section titles (a
    /// section without one there takes the title of its `_index.<language>.md`, as the main edition would).
    func edition(_ translation: Translation) -> SiteConfig {
        var config = self
        config.language = translation.language
        config.languageLocation = translation.location
        config.title = translation.title
        config.description = translation.description
        config.sections = sections.map { SectionEntry(id: $0.id, title: translation.sectionTitles[$0.id]) }
        return config
    }

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
                bag.add(.error("expected 'base_url' to be an absolute http(s) URL, found \(Diagnostic.quoted(url))", at: reader.location(of: field.value)))
            }
        }
        if let field = fields["sections"] { config.sections = sections(field.value, reader: reader, into: &bag) }
        if !LanguageTag.isValid(config.language) {
            bag.add(.error("expected 'language' to be a language tag such as zh-CN or en, found \(Diagnostic.quoted(config.language))", at: config.languageLocation))
        }
        if let field = fields["translations"] { config.translations = translations(field.value, main: config, reader: reader, into: &bag) }
        return config
    }

    // MARK: - Private

    private static func translations(_ node: Node, main: SiteConfig, reader: YAMLReader, into bag: inout DiagnosticBag) -> [Translation] {
        guard let list = node.sequence else {
            bag.add(.error("expected 'translations' to be a list of {language, title, description, sections} entries", at: reader.location(of: node)))
            return []
        }
        var result: [Translation] = []
        var folders: Set<String> = []
        for item in list {
            let fields = reader.mapping(item, allowed: ["language", "folder", "title", "description", "sections"], what: "a translation", into: &bag)
            guard let languageField = fields["language"] else {
                if item.mapping != nil { bag.add(.error("translation has no 'language'; expected a language tag such as en", at: reader.location(of: item))) }
                continue
            }
            let location = reader.location(of: languageField.value)
            guard let language = reader.string(languageField.value, key: "language", into: &bag) else { continue }
            guard LanguageTag.isValid(language) else {
                bag.add(.error("expected 'language' to be a language tag such as en or pt-BR, found \(Diagnostic.quoted(language))", at: location))
                continue
            }
            if language == main.language {
                bag.add(.error("translation language '\(language)' is the site's own language", at: location))
                continue
            }
            var folder = language.lowercased()
            if let field = fields["folder"], let value = reader.string(field.value, key: "folder", into: &bag) {
                guard LanguageTag.isValid(value) else {
                    bag.add(.error("expected 'folder' to be a plain folder name (letters, digits, '-'), found \(Diagnostic.quoted(value))", at: reader.location(of: field.value)))
                    continue
                }
                folder = value
            }
            if main.sections.contains(where: { $0.id == folder }) {
                bag.add(.error("translation folder '\(folder)' is also a section; expected another 'folder'", at: location))
                continue
            }
            guard folders.insert(folder).inserted else {
                bag.add(.error("two translations use the folder '\(folder)'", at: location))
                continue
            }
            var translation = Translation(language: language, folder: folder, title: main.title, description: main.description,
                                          sectionTitles: [:], location: location)
            if let field = fields["title"] {
                translation.title = reader.string(field.value, key: "title", into: &bag) ?? main.title
            } else {
                bag.add(.error("translation '\(language)' has no 'title'; expected the site title in that language", at: reader.location(of: item)))
            }
            if let field = fields["description"] { translation.description = reader.string(field.value, key: "description", into: &bag) ?? "" }
            if let field = fields["sections"] {
                if let pairs = field.value.mapping {
                    for (key, value) in pairs {
                        guard let id = reader.string(key, key: "sections", into: &bag) else { continue }
                        guard main.sections.contains(where: { $0.id == id }) else {
                            let known = main.sections.map(\.id).joined(separator: ", ")
                            bag.add(.error("translation names section '\(id)', which 'sections' does not list; expected one of: \(known)", at: reader.location(of: key)))
                            continue
                        }
                        if let title = reader.string(value, key: id, into: &bag) { translation.sectionTitles[id] = title }
                    }
                } else {
                    bag.add(.error("expected a translation's 'sections' to map section ids to titles", at: reader.location(of: field.value)))
                }
            }
            result.append(translation)
        }
        return result
    }

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
