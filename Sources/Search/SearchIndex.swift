/// One heading section of a page: the unit search ranks and links to.
public struct SearchSection: Sendable, Hashable {
    /// The heading's `id`, or `""` for the text before the first heading.
    public var anchor: String
    /// The heading's text (the page title for the text before the first heading).
    public var heading: String
    /// The section's text, tags removed.
    public var text: String

    /// Creates a section.
    public init(anchor: String, heading: String, text: String) {
        self.anchor = anchor
        self.heading = heading
        self.text = text
    }
}

/// A page as search sees it: a path, a title and its sections; nothing else about pages is known here.
public struct SearchPage: Sendable, Hashable {
    /// Path from the site root, e.g. `driver/linux/index.html`.
    public var url: String
    /// Page title.
    public var title: String
    /// Sections in page order.
    public var sections: [SearchSection]

    /// Creates a page.
    public init(url: String, title: String, sections: [SearchSection]) {
        self.url = url
        self.title = title
        self.sections = sections
    }
}

/// Sizes that shape the index.
public struct SearchIndexOptions: Sendable {
    /// A term shard is closed once it reaches this many bytes (a single larger term gets a shard of its own).
    public var termShardBytes = 16_384
    /// A document shard is closed once it reaches this many bytes.
    public var documentShardBytes = 8_192
    /// Bytes of section text kept for snippets across the whole site; each section keeps its share, within the
    /// bounds below, so small sites keep whole sections and very large ones keep their openings.
    public var textBudgetBytes = 4_000_000
    /// Fewest bytes of text a section keeps.
    public var minimumSectionTextBytes = 48
    /// Most bytes of text a section keeps.
    public var maximumSectionTextBytes = 6_000

    /// Path from the site root of a script holding answer-card data, which the manifest names for the browser.
    public var cardsScript: String?

    /// What readers type → the word the pages use (`换源` → `镜像`); the browser also runs a query rewritten this way.
    public var synonyms: [(from: String, to: String)] = []

    /// The defaults.
    public init() {}
}

/// The built index: files to write under the output root, and figures about them.
public struct SearchIndex: Sendable {
    /// File contents by path from the site root (`search/index.js`, `search/t0.js`, `search/d0.js`, …).
    public var files: [String: String]
    /// Documents (sections) indexed.
    public var documentCount: Int
    /// Distinct terms.
    public var termCount: Int
    /// Term shards written.
    public var termShardCount: Int
    /// Document shards written.
    public var documentShardCount: Int
    /// Bytes of text kept per section.
    public var sectionTextBytes: Int

    /// Total bytes of every file.
    public var totalBytes: Int { files.values.reduce(0) { $0 + $1.utf8.count } }
}
