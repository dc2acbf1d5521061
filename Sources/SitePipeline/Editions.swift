import Compat
import Diagnostics
import Foundation

/// One edition of the site: the main one at the site root, or a translation (`translations:` in `site.yaml`) in
/// its own folder. Every edition has the same pages at the same URLs under its folder; a guide not translated yet
/// is shown in its original language there, and says so.
struct Edition: Sendable, Hashable {
    /// BCP 47 tag.
    var language: String
    /// Output folder under the site root; empty for the main edition.
    var folder: String
    /// The site configuration as this edition sees it.
    var config: SiteConfig

    /// `en/`, or empty for the main edition: what the edition's output paths start with.
    var prefix: String { folder.isEmpty ? "" : folder + "/" }
    var isMain: Bool { folder.isEmpty }

    /// The main edition, then each translation, in `site.yaml` order.
    static func all(_ config: SiteConfig) -> [Edition] {
        [Edition(language: config.language, folder: "", config: config)]
            + config.translations.map { Edition(language: $0.language, folder: $0.folder, config: config.edition($0)) }
    }

    /// `x.en.md` → (`x.md`, `en`) when `en` is one of `languages`; nil for a file that is not a translation.
    static func translated(_ path: String, languages: Set<String>) -> (original: String, language: String)? {
        guard path.hasSuffix(".md") else { return nil }
        let stem = path.dropLast(3)
        guard let dot = stem.lastIndex(of: "."), !stem[stem.index(after: dot)...].contains("/") else { return nil }
        let language = String(stem[stem.index(after: dot)...])
        guard languages.contains(language) else { return nil }
        return (String(stem[..<dot]) + ".md", language)
    }

    /// The files this edition builds from. The main edition: every file that is not a translation. A translation:
    /// each original, replaced by its translation where there is one, or marked as not translated. A translation
    /// must have an original and must not set what the original decides (`slug`, `draft`, `weight`).
    func files(_ files: [ParsedFile], main: String, languages: Set<String>, into bag: inout DiagnosticBag) -> [ParsedFile] {
        var originals: [ParsedFile] = []
        var translations: [String: ParsedFile] = [:]
        for file in files {
            if let (original, language) = Self.translated(file.source.path, languages: languages) {
                if language == self.language { translations[original] = file }
            } else {
                originals.append(file)
            }
        }
        if isMain { return originals }
        let byPath = Dictionary(originals.map { ($0.source.path, $0) }, uniquingKeysWith: { first, _ in first })
        for (original, file) in translations.sorted(by: { $0.key < $1.key }) where byPath[original] == nil {
            bag.add(.error("'\(file.source.path)' translates content/\(original), which does not exist; expected a translation beside its original",
                           at: SourceLocation(path: file.source.displayPath, line: 1, column: 1),
                           note: "rename it after the original (name.\(language).md beside name.md)"))
        }
        return originals.map { original in
            guard var translation = translations[original.source.path] else {
                var copy = original
                copy.untranslated = main
                return copy
            }
            translation.originalPath = original.source.path
            if let matter = translation.frontMatter, let source = original.frontMatter {
                for (key, set) in [("slug", matter.slug != nil), ("draft", matter.draft)] where set {
                    bag.add(.error("a translation takes '\(key)' from its original; remove it here", at: Self.location(of: key, in: translation.source)))
                }
                if let weight = matter.weight, weight != source.weight {
                    bag.add(.error("a translation takes 'weight' from its original (\(source.weight.map(String.init) ?? "none")); remove it here or make them equal",
                                   at: Self.location(of: "weight", in: translation.source)))
                }
                translation.frontMatter = Self.takingOriginalsPlace(matter, from: source)
            }
            return translation
        }
    }

    /// A translation's front matter with its original's slug, draft and weight, which place the page.
    static func takingOriginalsPlace(_ matter: FrontMatter?, from original: FrontMatter?) -> FrontMatter? {
        guard var matter else { return nil }
        matter.slug = original?.slug
        matter.draft = original?.draft ?? false
        matter.weight = original?.weight
        return matter
    }

    /// Where `key:` is written in `file`'s front matter (its first line when it is not found).
    private static func location(of key: String, in file: SourceFile) -> SourceLocation {
        let text = String(decoding: file.data, as: UTF8.self)
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).enumerated()
        where line.hasPrefix(key + ":") {
            return SourceLocation(path: file.displayPath, line: offset + 1, column: 1)
        }
        return SourceLocation(path: file.displayPath, line: 1, column: 1)
    }
}

/// What a page's language switch and alternate links need: every edition, and in each the pages that are not
/// translated yet.
struct EditionLinks: Sendable {
    struct Entry: Sendable {
        var language: String
        var folder: String
        /// The language's name in itself (`English`, `中文`), from its string table.
        var name: String
        /// URLs of pages shown untranslated in this edition.
        var untranslated: Set<String>
    }

    var entries: [Entry]
    /// The edition being rendered, an index into `entries`.
    var current: Int
    /// The published site's URL, for absolute alternate links.
    var baseURL: String?

    /// No other editions: no switch, no alternates.
    static func single() -> EditionLinks { EditionLinks(entries: [], current: 0, baseURL: nil) }

    var isEmpty: Bool { entries.count < 2 }

    /// The path from a page at `root` (the relative prefix to its edition's root) to page `url` of edition `index`.
    func href(root: String, to index: Int, url: String) -> String {
        let siteRoot = entries[current].folder.isEmpty ? root : root + "../"
        let folder = entries[index].folder
        return siteRoot + (folder.isEmpty ? "" : folder + "/") + url
    }

    /// The absolute URL of page `url` in edition `index`, when the site has a base URL.
    func absolute(_ index: Int, url: String) -> String? {
        guard let baseURL else { return nil }
        let folder = entries[index].folder
        let path = url.hasSuffix("index.html") ? String(url.dropLast("index.html".count)) : url
        return baseURL + (folder.isEmpty ? "" : folder + "/") + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }
}
