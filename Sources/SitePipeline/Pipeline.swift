import Bench
import Compat
import Diagnostics
import Foundation
import Markup
import Search
import Snippets
import Theme

/// How to build.
public struct BuildOptions: Sendable {
    /// Project root holding `content/` and `themes/`.
    public var root: URL
    /// How the root is shown in diagnostics (`""` for the working directory).
    public var rootDisplay: String
    /// Include pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Parse and render on all cores.
    public var parallel: Bool
    /// Folder holding themes (default `<root>/themes`).
    public var themesDirectory: URL?

    /// Creates options.
    public init(root: URL, rootDisplay: String = "", includeDrafts: Bool = false, parallel: Bool = true, themesDirectory: URL? = nil) {
        self.root = root
        self.themesDirectory = themesDirectory
        self.rootDisplay = rootDisplay
        self.includeDrafts = includeDrafts
        self.parallel = parallel
    }

    func display(_ path: String) -> String { rootDisplay.isEmpty || rootDisplay == "." ? path : "\(rootDisplay)/\(path)" }
}

/// How long a stage took.
public struct StageTiming: Sendable, Hashable {
    /// `412 ms` below ten seconds, `12.3 s` above: how commands print a duration.
    public static func format(_ seconds: Double) -> String {
        seconds < 10 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.1f s", seconds)
    }

    /// Stage name (`discover`, `parse`, …).
    public var name: String
    /// Wall time in seconds.
    public var seconds: Double
    /// The process's peak resident memory when the stage ended (Linux; `nil` elsewhere).
    public var peakResidentBytes: Int? = nil

    /// The process's peak resident memory so far, from `/proc/self/status` (`VmHWM`).
    public static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}

/// What a successful build produced.
public struct BuildResult: Sendable {
    /// The site's files.
    public var output: SiteOutput
    /// Number of HTML pages.
    public var pageCount: Int
    /// Warnings (a build with errors throws instead).
    public var warnings: [Diagnostic]
    /// Per-stage timings, in order.
    public var timings: [StageTiming]
    /// The live checks in the guides, in page order.
    public var checks: [Check] = []
    /// Files in the site.
    public var fileCount: Int
}

/// The build pipeline: named stages, each a function from a value to a value, each timed.
public enum Pipeline {
    /// Stage names, in order.
    public static let stages = ["discover", "parse", "assemble", "transform", "render", "index", "emit"]

    /// Builds the site into memory. Throws `DiagnosticsError` with every error found when the input is bad.
    public static func build(_ options: BuildOptions) throws(DiagnosticsError) -> BuildResult {
        try run(options, previous: nil).result
    }

    /// A whole build that keeps its intermediates for `IncrementalBuilder`: the stages in order, each timed. Files
    /// whose bytes equal those of `previous` are not parsed again. `indexSearch: false` leaves the search index to
    /// `searchFiles(for:)`. With a streaming `sink` the state returned holds only the files that are not pages, and
    /// cannot be updated incrementally.
    static func run(_ options: BuildOptions, previous: BuildState?, indexSearch: Bool = true,
                    sink: PageSink = .memory) throws(DiagnosticsError) -> BuildState {
        var clock = StageClock()
        var bag = DiagnosticBag()
        let discovered = try discover(options)
        clock.lap("discover")
        guard let parsed = parse(consume discovered, options: options, previous: previous, into: &bag) else {
            throw DiagnosticsError(bag.sorted())
        }
        clock.lap("parse")
        // Every edition is assembled and transformed before any is rendered, so one run reports the errors of all.
        var editions: [(assembled: Assembled, transformed: Transformed)] = []
        for input in parsed.editions {
            var assembled = assemble(parsed, edition: input, options: options, sink: sink, into: &bag)
            clock.lap("assemble")
            let transformed = transform(&assembled, options: options, sink: sink, into: &bag)
            clock.lap("transform")
            editions.append((assembled, transformed))
        }
        if let main = editions.first {
            Self.checkEditionFolders(parsed.config, main: main.transformed.tree, into: &bag)
        }
        try bag.throwIfErrors()
        let entries = editions.map { edition in
            EditionLinks.Entry(language: edition.assembled.edition.language, folder: edition.assembled.edition.folder,
                               name: edition.assembled.ui.text(.languageName),
                               untranslated: Set(edition.transformed.tree.pages.filter { $0.untranslated != nil }.map(\.url)))
        }
        var states: [BuildState] = []
        for (offset, edition) in editions.enumerated() {
            var transformed = edition.transformed
            let assembled = edition.assembled
            let links = entries.count > 1 ? EditionLinks(entries: entries, current: offset, baseURL: parsed.config.baseURL) : .single()
            let rendered = try render(&transformed, assembled: assembled, editions: links, options: options, sink: sink,
                                      indexSearch: indexSearch, into: &bag)
            clock.lap("render")
            var state = BuildState(options: options, parsed: assembled.parsedFiles, tree: transformed.tree, transformed: transformed.transformed,
                                   resolver: transformed.resolver, renderer: rendered.renderer, context: assembled.context,
                                   rendered: rendered.html, output: rendered.output, warnings: [], timings: [], checks: transformed.checks,
                                   edition: assembled.edition)
            index(&state, streamed: rendered.search, indexSearch: indexSearch)
            clock.lap("index")
            states.append(state)
        }
        var state = states.removeFirst()
        state.translations = states
        state.output = state.mergedOutput
        if let sitemap = Sitemap.make([state] + states) { state.output.files["sitemap.xml"] = Data(sitemap.utf8) }
        state.warnings = bag.warnings.sorted { $0.location < $1.location }
        state.timings = clock.timings
        return state
    }

    /// Pages rendered, written and indexed together in `run(staging:)`: big enough to keep every core busy, small
    /// enough that their HTML and terms are a few megabytes.
    static let streamChunk = 256

    /// The search index's files for the pages as rendered in `state`.
    static func searchFiles(for state: BuildState, parallel: Bool) -> [String: Data] {
        let searchable = zip(state.tree.pages, state.rendered).filter { isSearchable($0.0) }
        let analyzed = parallelMap(searchable, parallel: parallel) { analyze($0.0, content: $0.1.content) }
        let search = SearchIndexBuilder.build(analyzed, options: searchOptions(state.context))
        return search.files.mapValues { Data($0.utf8) }
    }

    static func isSearchable(_ page: Page) -> Bool {
        page.kind != .notFound && page.url != SearchPages.resultsURL
    }

    static func analyze(_ page: Page, content: String) -> SearchIndexBuilder.AnalyzedPage {
        SearchIndexBuilder.analyze(SearchPage(url: page.url, title: page.title, sections: SearchText.sections(html: content, title: page.title)))
    }

    static func searchOptions(_ context: TransformContext) -> SearchIndexOptions {
        var options = SearchIndexOptions()
        options.cardsScript = context.dataset == nil ? nil : SearchPages.cardsURL
        options.synonyms = context.prose.searchSynonyms
        return options
    }

    /// Builds and writes the site to `outputDirectory` atomically: pages stream into a staging folder as they are
    /// rendered, the rest follows in `emit`, and the folder replaces the output only if everything succeeded.
    /// Before anything is written, `OutputGuard` proves the output folder may be replaced (`force` allows a
    /// non-empty folder that gpukb did not write, never one that holds or lies in the sources).
    public static func build(_ options: BuildOptions, writingTo outputDirectory: URL, force: Bool = false) throws -> BuildResult {
        try OutputGuard.check(output: outputDirectory, root: options.root, themes: options.themesDirectory, force: force)
        let staging = try StagingDirectory(target: outputDirectory)
        do {
            let state = try run(options, previous: nil, sink: .staging(staging))
            var clock = StageClock()
            try staging.write(state.output)
            let fileCount = staging.fileCount
            try staging.commit()
            clock.lap("emit")
            var result = state.result
            result.timings.append(contentsOf: clock.timings)
            result.fileCount = fileCount
            return result
        } catch {
            staging.abandon()
            throw error
        }
    }
}

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withValue<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

private struct StageClock {
    private(set) var timings: [StageTiming] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Ends stage `name`; a stage run once per edition adds up under one name.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        let seconds = Double(now - last) / 1e9
        let peak = StageTiming.peakResidentBytes()
        if let index = timings.firstIndex(where: { $0.name == name }) {
            timings[index].seconds += seconds
            timings[index].peakResidentBytes = peak
        } else {
            timings.append(StageTiming(name: name, seconds: seconds, peakResidentBytes: peak))
        }
        last = now
    }
}

/// `sitemap.xml`, when the site has a `base_url`: every page of every edition that is written in that edition's
/// language, each with its translations as alternates (`xhtml:link`, the form search engines read).
enum Sitemap {
    static func make(_ editions: [BuildState]) -> String? {
        guard let main = editions.first, let base = main.tree.config.baseURL else { return nil }
        let many = editions.count > 1
        // The links every page's switch was rendered with (one edition has none: it alone, then).
        var links = main.renderer.editions
        if links.isEmpty {
            links = EditionLinks(entries: [EditionLinks.Entry(language: main.edition.language, folder: "", name: "", untranslated: [])], current: 0, baseURL: base)
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (many ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : "") + ">\n"
        for (offset, edition) in editions.enumerated() {
            for page in edition.tree.pages where page.kind != .notFound && page.untranslated == nil {
                guard let location = links.absolute(offset, url: page.url) else { continue }
                xml += "<url><loc>\(HTMLEscaping.escape(location))</loc>"
                if let updated = page.frontMatter?.updated ?? page.frontMatter?.date { xml += "<lastmod>\(updated)</lastmod>" }
                if many {
                    for (other, entry) in links.entries.enumerated() where !entry.untranslated.contains(page.url) {
                        guard let href = links.absolute(other, url: page.url) else { continue }
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(HTMLEscaping.escape(entry.language))\" href=\"\(HTMLEscaping.escape(href))\"/>"
                    }
                    if let main = links.absolute(0, url: page.url) {
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTMLEscaping.escape(main))\"/>"
                    }
                }
                xml += "</url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}

extension Pipeline {
    /// A translation's folder must not be one the main edition writes into (a section, a generated page's folder,
    /// `assets/`, `search/`, a static folder): both editions would write the same files.
    static func checkEditionFolders(_ config: SiteConfig, main tree: ContentTree, into bag: inout DiagnosticBag) {
        guard !config.translations.isEmpty else { return }
        let paths = tree.pages.map(\.url) + tree.staticFiles.map(\.path) + ["assets/", "search/"]
        let taken = Set(paths.compactMap { path in path.firstIndex(of: "/").map { String(path[..<$0]) } })
        for translation in config.translations where taken.contains(translation.folder) {
            bag.add(.error("translation folder '\(translation.folder)' is also a folder of the main edition's site; expected another 'folder'",
                           at: translation.location))
        }
    }

    /// Every link of the diagnosis rules names a page of this site and a heading on it (the rules are data, so a
    /// renamed heading is caught here rather than by a reader following a dead link).
    static func checkDiagnosisLinks(_ rules: DiagnosisRules, anchorsForPage: [String: Set<String>], into bag: inout DiagnosticBag) {
        for link in rules.links {
            let (path, fragment) = LinkResolver.splitFragment(link.path)
            guard let anchors = anchorsForPage[path] else {
                bag.add(.error("diagnosis link '\(link.key)' names '\(path)', which is not a page of this site", at: link.location))
                continue
            }
            if let fragment, let problem = LinkResolver.missingAnchor(fragment, in: anchors, target: path,
                                                                      prefix: "diagnosis link '\(link.key)': ", at: link.location) {
                bag.add(problem)
            }
        }
    }
}
