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

    /// A whole build that keeps its intermediates for `IncrementalBuilder`. Files whose bytes equal those of
    /// `previous` are not parsed again. `indexSearch: false` leaves the search index to `searchFiles(for:)`.
    ///
    /// With `staging`, pages are written there as they are rendered and their search terms are added to the index
    /// at once; nothing the build no longer needs is kept (parse trees, HTML, terms), so memory stays near the size
    /// of one chunk of pages. The state returned then holds only the files that are not pages, and cannot be
    /// updated incrementally.
    static func run(_ options: BuildOptions, previous: BuildState?, indexSearch: Bool = true,
                    staging: StagingDirectory? = nil) throws(DiagnosticsError) -> BuildState {
        let lean = staging != nil
        var clock = StageClock()
        var bag = DiagnosticBag()

        // discover
        let contentDisplay = options.display("content")
        let configDisplay = options.display("content/site.yaml")
        let contentURL = options.root.appendingPathComponent("content")
        let themes = options.themesDirectory ?? options.root.appendingPathComponent("themes")
        var sources = try SourceTree.discover(contentDirectory: contentURL, contentDisplay: contentDisplay,
                                              themeDirectory: themes.appendingPathComponent("default"))
        clock.lap("discover")

        // parse
        var config: SiteConfig?
        if let file = sources.siteConfig {
            if let text = TextDecoding.decode(file, into: &bag) {
                config = SiteConfig.parse(text, path: file.displayPath, into: &bag)
            }
        } else {
            bag.add(.error("content/site.yaml not found; expected the site's title, language and sections",
                           at: SourceLocation(path: configDisplay)))
        }
        if let config, config.theme != "default" {
            sources.themeDirectory = themes.appendingPathComponent(config.theme)
        }
        let themeName = config?.theme ?? "default"
        let themeDisplay = options.themesDirectory.map { "\($0.relativePath)/\(themeName)" } ?? options.display("themes/\(themeName)")
        let cache = previous?.parsed ?? [:]
        var parsed = parallelMap(sources.markdown, parallel: options.parallel) { file in
            if let earlier = cache[file.path], earlier.source.data == file.data { return (Optional(earlier), [Diagnostic]()) }
            return ContentTree.parse(file)
        }
        for (_, diagnostics) in parsed { bag.add(contentsOf: diagnostics) }
        var theme: Theme?
        do {
            theme = try Theme.load(from: sources.themeDirectory, displayPath: themeDisplay)
        } catch {
            bag.add(contentsOf: error.diagnostics)
        }
        let dataDirectory = contentURL.appendingPathComponent("data/compat")
        var dataset = DatasetLoader.load(directory: dataDirectory, display: options.display("content/data/compat"), into: &bag)
        let benchRuns = BenchLoader.load(directory: contentURL.appendingPathComponent("data/bench"), display: options.display("content/data/bench"), into: &bag)
        let checkRecords = CheckRecordLoader.load(directory: contentURL.appendingPathComponent("data/checks"), display: options.display("content/data/checks"), into: &bag)
        let ui = config.flatMap { config in
            theme.flatMap { SiteText.load($0, language: config.language, themeDisplay: themeDisplay, languageLocation: config.languageLocation, into: &bag) }
        }
        if let config, !dataset.isEmpty {
            if let speaking = dataset.speaking(config.language) {
                dataset = speaking
            } else {
                let known = dataset.phrasebooks.keys.sorted()
                bag.add(.error("the dataset has no sentences for language '\(config.language)'; expected content/data/compat/\(Phrasebook.folder)/\(config.language).yaml"
                               + (known.isEmpty ? "" : " (it has: \(known.joined(separator: ", ")))"), at: config.languageLocation))
            }
        }
        // A dataset without sentences in the site's language was reported above; the build goes on to report the rest.
        guard let config, let theme, let ui else { throw DiagnosticsError(bag.sorted()) }
        clock.lap("parse")

        // assemble
        // Files that failed to parse are left out, but links to them are not reported as broken: every error is
        // reported once, in one run.
        // The dataset and everything derived from it exist together or not at all.
        let bench = BenchDirectives(runs: benchRuns, data: dataset.isEmpty ? nil : dataset, ui: ui)
        let datasetContext = dataset.isEmpty ? nil : DatasetContext(
            data: dataset, directives: DatasetDirectives(data: dataset, ui: ui),
            pages: CompatPages(data: dataset, displayPath: options.display("content/data/compat"), bench: bench, ui: ui))
        let compatPages = datasetContext?.pages
        var tree = ContentTree.assemble(config: config, files: parsed.compactMap(\.0), staticFiles: sources.staticFiles,
                                        configPath: configDisplay, includeDrafts: options.includeDrafts,
                                        generated: (compatPages?.pages() ?? []) + [CompatPages.Generated(page: SearchPages.resultsPage(displayPath: configDisplay, ui: ui), listed: false)],
                                        ui: ui, into: &bag)
        let prose = ProseRules.load(contentURL: contentURL, display: options.display("content/" + ProseRules.glossaryPath),
                                    dataset: dataset, directives: datasetContext?.directives, into: &bag)
        let failedSources = Set(zip(sources.markdown, parsed).filter { $0.1.0 == nil }.map(\.0.path))
        let parsedFiles = lean ? [:] : Dictionary(parsed.compactMap(\.0).map { ($0.source.path, $0) }, uniquingKeysWith: { a, _ in a })
        parsed = []
        sources.markdown = []
        clock.lap("assemble")

        // transform
        let context = TransformContext(dataset: datasetContext, bench: bench, checks: CheckDirectives(records: checkRecords, ui: ui), prose: prose, ui: ui)
        var structural = parallelMap(releasing: &tree.pages, parallel: options.parallel, release: lean ? { $0.withoutDocument } : nil) {
            context.transform($0)
        }
        for (_, diagnostics) in structural { bag.add(contentsOf: diagnostics) }
        var transformed = structural.map(\.0)
        structural = []
        let checks = transformed.flatMap(\.checks)
        CheckDirectives.validate(checks: checks, records: checkRecords, display: options.display("content/data/checks"), into: &bag)
        var pageForSource: [String: String] = [:]
        var anchorsForPage: [String: Set<String>] = [:]
        for page in transformed {
            if let source = page.page.sourcePath { pageForSource[source] = page.page.url }
            anchorsForPage[page.page.url] = page.anchors
        }
        if let rules = datasetContext?.data.diagnosis { Self.checkDiagnosisLinks(rules, anchorsForPage: anchorsForPage, into: &bag) }
        let resolver = LinkResolver(pageForSource: pageForSource, anchorsForPage: anchorsForPage, unchecked: failedSources,
                                    staticPaths: Set(tree.staticFiles.map(\.path)))
        var resolved = parallelMap(releasing: &transformed, parallel: options.parallel, release: lean ? { $0.withoutDocument } : nil) {
            resolver.resolve($0)
        }
        for (_, diagnostics) in resolved { bag.add(contentsOf: diagnostics) }
        try bag.throwIfErrors()
        var pages = resolved.map(\.0)
        resolved = []
        var finalTree = tree
        finalTree.pages = lean ? pages.map(\.withoutDocument) : pages
        clock.lap("transform")

        // render
        let renderer = SiteRenderer(tree: finalTree, theme: theme, ui: ui)
        var html: [SiteRenderer.Rendered] = []
        var output = SiteOutput()
        var searchAccumulator: SearchIndexBuilder.Accumulator?
        if let staging {
            // Terms are added on their own queue, in page order, while the next chunk renders.
            let adder = DispatchQueue(label: "gpukb.search-accumulator")
            let accumulator = Locked(SearchIndexBuilder.Accumulator(options: searchOptions(context)))
            for start in stride(from: 0, to: pages.count, by: streamChunk) {
                let chunk = (start..<min(pages.count, start + streamChunk)).map {
                    IndexedPage(index: $0, page: pages[$0], toc: transformed[$0].toc)
                }
                for index in chunk.indices { pages[start + index] = pages[start + index].withoutDocument }
                let analyzed = parallelMap(chunk, parallel: options.parallel) { item -> SearchIndexBuilder.AnalyzedPage? in
                    let rendered = renderer.render(item.page, index: item.index, toc: item.toc)
                    staging.write(Data(rendered.html.utf8), to: item.page.url)
                    guard indexSearch, isSearchable(item.page) else { return nil }
                    return analyze(item.page, content: rendered.content)
                }
                if indexSearch {
                    adder.async { accumulator.withValue { value in for page in analyzed { if let page { value.add(page) } } } }
                }
            }
            if indexSearch { searchAccumulator = adder.sync { accumulator.withValue { $0 } } }
        } else {
            let indexed = Array(pages.enumerated()).map { IndexedPage(index: $0.offset, page: $0.element, toc: transformed[$0.offset].toc) }
            html = parallelMap(indexed, parallel: options.parallel) { item in
                renderer.render(item.page, index: item.index, toc: item.toc)
            }
            for (item, rendered) in zip(indexed, html) { output.files[item.page.url] = Data(rendered.html.utf8) }
        }
        for asset in theme.assets { output.files["assets/" + asset.path] = asset.data }
        output.files[ui.scriptPath] = Data(ui.script.utf8)
        for file in finalTree.staticFiles { output.files[file.path] = file.data }
        if let sitemap = Sitemap.make(finalTree) { output.files["sitemap.xml"] = Data(sitemap.utf8) }
        for (path, data) in compatPages?.files(baseURL: config.baseURL) ?? [:] { output.files[path] = data }
        if let compatPages, let script = output.files[DownloadScripts.checkEnv] {
            output.files[DownloadScripts.checkEnv] = DownloadScripts.embed(json: compatPages.resolverJSON, into: script)
        }
        if let template = output.files[RunnerExport.templatePath] {
            do {
                let runner = try RunnerExport.make(template: String(decoding: template, as: UTF8.self),
                                                   fingerprintSource: String(decoding: output.files[RunnerExport.fingerprintSourcePath] ?? Data(), as: UTF8.self),
                                                   checks: checks)
                output.files[RunnerExport.templatePath] = Data(runner.utf8)
            } catch {
                bag.add(.error("cannot publish the check runner: \(error.description)", at: SourceLocation(path: options.display("content/" + RunnerExport.templatePath))))
                throw DiagnosticsError(bag.sorted())
            }
        }
        clock.lap("render")

        var state = BuildState(options: options, parsed: parsedFiles,
                               tree: finalTree, transformed: transformed, resolver: resolver, renderer: renderer,
                               context: context,
                               rendered: html, output: output, warnings: bag.warnings.sorted { $0.location < $1.location },
                               timings: [], checks: checks)

        // index
        if let searchAccumulator {
            for (path, text) in searchAccumulator.finish().files { state.output.files[path] = Data(text.utf8) }
        } else if indexSearch {
            for (path, data) in searchFiles(for: state, parallel: options.parallel) { state.output.files[path] = data }
        }
        if let datasetContext { state.output.files[SearchPages.cardsURL] = Data(SearchPages.cardsScript(datasetContext.data, ui: ui).utf8) }
        clock.lap("index")
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

    private static func isSearchable(_ page: Page) -> Bool {
        page.kind != .notFound && page.url != SearchPages.resultsURL
    }

    private static func analyze(_ page: Page, content: String) -> SearchIndexBuilder.AnalyzedPage {
        SearchIndexBuilder.analyze(SearchPage(url: page.url, title: page.title, sections: SearchText.sections(html: content, title: page.title)))
    }

    private static func searchOptions(_ context: TransformContext) -> SearchIndexOptions {
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
            let state = try run(options, previous: nil, staging: staging)
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

private struct IndexedPage: Sendable {
    var index: Int
    var page: Page
    var toc: [TOCEntry]
}

private struct StageClock {
    private(set) var timings: [StageTiming] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        timings.append(StageTiming(name: name, seconds: Double(now - last) / 1e9, peakResidentBytes: StageTiming.peakResidentBytes()))
        last = now
    }
}

/// `sitemap.xml`, when the site has a `base_url`.
enum Sitemap {
    static func make(_ tree: ContentTree) -> String? {
        guard let base = tree.config.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in tree.pages where page.kind != .notFound {
            let path = page.url.hasSuffix("index.html") ? String(page.url.dropLast("index.html".count)) : page.url
            let location = base + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
            xml += "<url><loc>\(HTMLEscaping.escape(location))</loc>"
            if let updated = page.frontMatter?.updated ?? page.frontMatter?.date { xml += "<lastmod>\(updated)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}

extension Pipeline {
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
