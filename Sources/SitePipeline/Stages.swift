import Bench
import Compat
import Diagnostics
import Foundation
import Markup
import Search
import Snippets
import Theme

/// Where the render stage puts pages.
enum PageSink: Sendable {
    /// Kept in memory with their parse trees and HTML, indexed for search afterwards: what `gpukb serve`'s
    /// incremental rebuilds and the in-memory `build(_:)` need.
    case memory
    /// Streamed into the staging folder chunk by chunk, each chunk's search terms added as it renders; nothing the
    /// build no longer needs is kept (parse trees, HTML, terms), so memory stays near the size of one chunk.
    case staging(StagingDirectory)

    /// Whether pages keep their parse trees and HTML after each stage.
    var keepsPages: Bool {
        if case .memory = self { return true }
        return false
    }
}

// The stages of `Pipeline.run`, each a function from the previous stage's value to its own.
extension Pipeline {
    // MARK: - discover

    /// The project's files by kind, before any is read.
    struct Discovered {
        var sources: SourceTree
        let contentURL: URL
        let themes: URL
        let configDisplay: String
    }

    static func discover(_ options: BuildOptions) throws(DiagnosticsError) -> Discovered {
        let contentURL = options.root.appendingPathComponent("content")
        let themes = options.themesDirectory ?? options.root.appendingPathComponent("themes")
        let sources = try SourceTree.discover(contentDirectory: contentURL, contentDisplay: options.display("content"),
                                              themeDirectory: themes.appendingPathComponent("default"))
        return Discovered(sources: sources, contentURL: contentURL, themes: themes, configDisplay: options.display("content/site.yaml"))
    }

    // MARK: - parse

    /// One edition's language-dependent inputs.
    struct EditionInput {
        let edition: Edition
        let ui: SiteText
        let dataset: CompatDataset
    }

    /// Every input read and checked: `site.yaml`, the guides, the theme and its texts and the dataset speaking each
    /// edition's language, recorded benchmark runs and live-check records.
    struct Parsed {
        var sources: SourceTree
        let contentURL: URL
        let configDisplay: String
        let config: SiteConfig
        let theme: Theme
        /// The editions, the main one first, each with its texts and the dataset speaking its language.
        let editions: [EditionInput]
        /// The dataset as read (speaking the main language).
        let dataset: CompatDataset
        let benchRuns: [BenchRun]
        let checkRecords: [CheckRecord]
        /// One per `sources.markdown`, nil where the file did not parse.
        var files: [ParsedFile?]
    }

    /// Files whose bytes equal those `previous` parsed are not parsed again. Nil (with the errors in `bag`) when
    /// there is no site to assemble: no `site.yaml`, no theme or no texts for the site's language.
    static func parse(_ discovered: consuming Discovered, options: BuildOptions, previous: BuildState?,
                      into bag: inout DiagnosticBag) -> Parsed? {
        var sources = discovered.sources
        var config: SiteConfig?
        if let file = sources.siteConfig {
            if let text = TextDecoding.decode(file, into: &bag) {
                config = SiteConfig.parse(text, path: file.displayPath, into: &bag)
            }
        } else {
            bag.add(.error("content/site.yaml not found; expected the site's title, language and sections",
                           at: SourceLocation(path: discovered.configDisplay)))
        }
        if let config, config.theme != "default" {
            sources.themeDirectory = discovered.themes.appendingPathComponent(config.theme)
        }
        let themeName = config?.theme ?? "default"
        let themeDisplay = options.themesDirectory.map { "\($0.relativePath)/\(themeName)" } ?? options.display("themes/\(themeName)")
        let cache = (previous?.translations ?? []).reduce(previous?.parsed ?? [:]) { $0.merging($1.parsed) { main, _ in main } }
        let parsed = parallelMap(sources.markdown, parallel: options.parallel) { file in
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
        let contentURL = discovered.contentURL
        var dataset = DatasetLoader.load(directory: contentURL.appendingPathComponent("data/compat"), display: options.display("content/data/compat"), into: &bag)
        let benchRuns = BenchLoader.load(directory: contentURL.appendingPathComponent("data/bench"), display: options.display("content/data/bench"), into: &bag)
        let checkRecords = CheckRecordLoader.load(directory: contentURL.appendingPathComponent("data/checks"), display: options.display("content/data/checks"), into: &bag)
        var editions: [EditionInput] = []
        if let config, let theme {
            for edition in Edition.all(config) {
                let location = edition.config.languageLocation
                let ui = SiteText.load(theme, language: edition.language, themeDisplay: themeDisplay, languageLocation: location, into: &bag)
                var speaking = dataset
                if !dataset.isEmpty {
                    if let found = dataset.speaking(edition.language) {
                        speaking = found
                    } else {
                        // Reported here; the build goes on to report the rest.
                        let known = dataset.phrasebooks.keys.sorted()
                        bag.add(.error("the dataset has no sentences for language '\(edition.language)'; expected content/data/compat/\(Phrasebook.folder)/\(edition.language).yaml"
                                       + (known.isEmpty ? "" : " (it has: \(known.joined(separator: ", ")))"), at: location))
                    }
                }
                if let ui { editions.append(EditionInput(edition: edition, ui: ui, dataset: speaking)) }
            }
            if let main = editions.first, main.edition.isMain { dataset = main.dataset }
        }
        guard let config, let theme, editions.count == config.translations.count + 1 else { return nil }
        return Parsed(sources: sources, contentURL: contentURL, configDisplay: discovered.configDisplay, config: config, theme: theme,
                      editions: editions, dataset: dataset, benchRuns: benchRuns, checkRecords: checkRecords, files: parsed.map(\.0))
    }

    // MARK: - assemble

    /// The content tree (guides, sections, generated pages) and the services that transform its pages, the
    /// dataset's among them only when the site has a dataset.
    struct Assembled {
        var tree: ContentTree
        let context: TransformContext
        let datasetContext: DatasetContext?
        let checkRecords: [CheckRecord]
        let ui: SiteText
        let theme: Theme
        let config: SiteConfig
        let edition: Edition
        /// Files that failed to parse: left out, but links to them are not reported as broken, so every error is
        /// reported once, in one run.
        let failedSources: Set<String>
        /// Parsed files by source path, for incremental rebuilds (empty when the sink keeps nothing).
        let parsedFiles: [String: ParsedFile]
    }

    /// The edition `input` of `parsed`: its files (translations in place of originals), its texts, its dataset.
    static func assemble(_ parsed: borrowing Parsed, edition input: EditionInput, options: BuildOptions, sink: PageSink,
                         into bag: inout DiagnosticBag) -> Assembled {
        let ui = input.ui
        let edition = input.edition
        let data = input.dataset.isEmpty ? nil : input.dataset
        // The dataset and everything derived from it exist together or not at all.
        let bench = BenchDirectives(runs: parsed.benchRuns, data: data, ui: ui)
        let datasetContext = data.map { data in
            DatasetContext(data: data, directives: DatasetDirectives(data: data, ui: ui),
                           pages: CompatPages(data: data, displayPath: options.display("content/data/compat"), bench: bench, ui: ui))
        }
        let languages = Set(parsed.config.translations.map(\.language))
        let files = edition.files(parsed.files.compactMap { $0 }, main: parsed.config.language, languages: languages, into: &bag)
        let tree = ContentTree.assemble(config: edition.config, files: files, staticFiles: parsed.sources.staticFiles,
                                        configPath: parsed.configDisplay, includeDrafts: options.includeDrafts,
                                        generated: (datasetContext?.pages.pages() ?? [])
                                            + [CompatPages.Generated(page: SearchPages.resultsPage(displayPath: parsed.configDisplay, ui: ui), listed: false)],
                                        ui: ui, into: &bag)
        // The prose rules run on every edition; a translated page skips the glossary's terms (see `ProseRules.lint`).
        let prose = ProseRules.load(contentURL: parsed.contentURL, display: options.display("content/" + ProseRules.glossaryPath),
                                    dataset: input.dataset, directives: datasetContext?.directives, into: &bag)
        let context = TransformContext(dataset: datasetContext, bench: bench, checks: CheckDirectives(records: parsed.checkRecords, ui: ui),
                                       prose: prose, ui: ui)
        // A link names a file by its original's path, in every edition.
        let failedSources = Set(zip(parsed.sources.markdown, parsed.files).filter { $0.1 == nil }.map {
            Edition.translated($0.0.path, languages: languages)?.original ?? $0.0.path
        })
        // Kept as parsed, not as this edition marked them, for the next build's cache and `IncrementalBuilder`.
        let used = Set(files.map(\.source.path))
        let parsedFiles = sink.keepsPages
            ? Dictionary(parsed.files.compactMap { $0 }.filter { used.contains($0.source.path) }.map { ($0.source.path, $0) },
                         uniquingKeysWith: { a, _ in a }) : [:]
        return Assembled(tree: tree, context: context, datasetContext: datasetContext, checkRecords: parsed.checkRecords, ui: ui,
                         theme: parsed.theme, config: edition.config, edition: edition, failedSources: failedSources, parsedFiles: parsedFiles)
    }

    // MARK: - transform

    /// Every page through the structural transforms (directives, headings, checks), then its links resolved
    /// against every page's anchors.
    struct Transformed {
        /// The tree with its pages transformed and resolved; without their parse trees when the sink keeps nothing.
        var tree: ContentTree
        /// The pages to render, with their parse trees (the render stage releases each once it is written).
        var pages: [Page]
        /// Each page after transform, in `tree.pages` order (toc, anchors, checks).
        var transformed: [TransformedPage]
        let resolver: LinkResolver
        let checks: [Check]
    }

    /// Errors are left in `bag`: the caller throws once every edition has been transformed.
    static func transform(_ assembled: inout Assembled, options: BuildOptions, sink: PageSink,
                          into bag: inout DiagnosticBag) -> Transformed {
        let context = assembled.context
        let release: ((Page) -> Page)? = sink.keepsPages ? nil : { $0.withoutDocument }
        var structural = parallelMap(releasing: &assembled.tree.pages, parallel: options.parallel, release: release) {
            context.transform($0)
        }
        for (_, diagnostics) in structural { bag.add(contentsOf: diagnostics) }
        var transformed = structural.map(\.0)
        structural = []
        let checks = transformed.flatMap(\.checks)
        CheckDirectives.validate(checks: checks, records: assembled.checkRecords, display: options.display("content/data/checks"), into: &bag)
        var pageForSource: [String: String] = [:]
        var anchorsForPage: [String: Set<String>] = [:]
        for page in transformed {
            if let source = page.page.linkSource { pageForSource[source] = page.page.url }
            anchorsForPage[page.page.url] = page.anchors
        }
        if let rules = assembled.datasetContext?.data.diagnosis { Self.checkDiagnosisLinks(rules, anchorsForPage: anchorsForPage, into: &bag) }
        var translatedFiles: [String: String] = [:]
        for page in transformed where page.page.originalPath != nil { translatedFiles[page.page.url] = page.page.displayPath }
        let resolver = LinkResolver(pageForSource: pageForSource, anchorsForPage: anchorsForPage, unchecked: assembled.failedSources,
                                    staticPaths: Set(assembled.tree.staticFiles.map(\.path)), translatedFiles: translatedFiles)
        let releaseTransformed: ((TransformedPage) -> TransformedPage)? = sink.keepsPages ? nil : { $0.withoutDocument }
        var resolved = parallelMap(releasing: &transformed, parallel: options.parallel, release: releaseTransformed) {
            resolver.resolve($0)
        }
        for (_, diagnostics) in resolved { bag.add(contentsOf: diagnostics) }
        let pages = resolved.map(\.0)
        resolved = []
        var tree = assembled.tree
        tree.pages = sink.keepsPages ? pages : pages.map(\.withoutDocument)
        return Transformed(tree: tree, pages: pages, transformed: transformed, resolver: resolver, checks: checks)
    }

    /// One page through transform and link resolution, as the transform stage does it for every page: for
    /// `IncrementalBuilder`, which rebuilds a saved page alone with the whole build's context and resolver.
    static func buildPage(_ page: Page, context: TransformContext, resolver: LinkResolver) -> (TransformedPage, [Diagnostic]) {
        let (transformed, transformDiagnostics) = context.transform(page)
        let (resolved, linkDiagnostics) = resolver.resolve(transformed)
        var final = transformed
        final.page = resolved
        return (final, transformDiagnostics + linkDiagnostics)
    }

    // MARK: - render

    /// The pages through the theme into the sink, and every other file of the site: theme assets and texts, static
    /// files, the sitemap, the dataset's files and the downloads that embed it.
    struct Rendered {
        let renderer: SiteRenderer
        /// Each page's HTML and searchable content, in page order (empty when the sink keeps nothing).
        var html: [SiteRenderer.Rendered]
        var output: SiteOutput
        /// The search terms added while streaming, when the sink streamed.
        var search: SearchIndexBuilder.Accumulator?
    }

    /// Pages go into the sink under the edition's folder; `Rendered.output` holds the other files relative to it.
    static func render(_ transformed: inout Transformed, assembled: Assembled, editions: EditionLinks, options: BuildOptions,
                       sink: PageSink, indexSearch: Bool, into bag: inout DiagnosticBag) throws(DiagnosticsError) -> Rendered {
        let renderer = SiteRenderer(tree: transformed.tree, theme: assembled.theme, ui: assembled.ui, editions: editions)
        let prefix = assembled.edition.prefix
        var result = Rendered(renderer: renderer, html: [], output: SiteOutput(), search: nil)
        switch sink {
        case .staging(let staging):
            // Terms are added on their own queue, in page order, while the next chunk renders.
            let adder = DispatchQueue(label: "gpukb.search-accumulator")
            let accumulator = Locked(SearchIndexBuilder.Accumulator(options: searchOptions(assembled.context)))
            let count = transformed.pages.count
            for start in stride(from: 0, to: count, by: streamChunk) {
                let chunk = (start..<min(count, start + streamChunk)).map {
                    IndexedPage(index: $0, page: transformed.pages[$0], toc: transformed.transformed[$0].toc)
                }
                for index in chunk.indices { transformed.pages[start + index] = transformed.pages[start + index].withoutDocument }
                let analyzed = parallelMap(chunk, parallel: options.parallel) { item -> SearchIndexBuilder.AnalyzedPage? in
                    let rendered = renderer.render(item.page, index: item.index, toc: item.toc)
                    staging.write(Data(rendered.html.utf8), to: prefix + item.page.url)
                    guard indexSearch, isSearchable(item.page) else { return nil }
                    return analyze(item.page, content: rendered.content)
                }
                if indexSearch {
                    adder.async { accumulator.withValue { value in for page in analyzed { if let page { value.add(page) } } } }
                }
            }
            if indexSearch { result.search = adder.sync { accumulator.withValue { $0 } } }
        case .memory:
            let indexed = Array(transformed.pages.enumerated()).map { IndexedPage(index: $0.offset, page: $0.element, toc: transformed.transformed[$0.offset].toc) }
            result.html = parallelMap(indexed, parallel: options.parallel) { item in
                renderer.render(item.page, index: item.index, toc: item.toc)
            }
            for (item, rendered) in zip(indexed, result.html) { result.output.files[item.page.url] = Data(rendered.html.utf8) }
        }
        let ui = assembled.ui
        for asset in assembled.theme.assets { result.output.files["assets/" + asset.path] = asset.data }
        result.output.files[ui.scriptPath] = Data(ui.script.utf8)
        for file in transformed.tree.staticFiles { result.output.files[file.path] = file.data }
        let compatPages = assembled.datasetContext?.pages
        let baseURL = assembled.config.baseURL.map { $0 + prefix }
        for (path, data) in compatPages?.files(baseURL: baseURL) ?? [:] { result.output.files[path] = data }
        if let compatPages, let script = result.output.files[DownloadScripts.checkEnv] {
            result.output.files[DownloadScripts.checkEnv] = DownloadScripts.embed(json: compatPages.resolverJSON, texts: assembled.ui.reportJSON, into: script)
        }
        if let template = result.output.files[RunnerExport.templatePath] {
            do {
                let runner = try RunnerExport.make(template: String(decoding: template, as: UTF8.self),
                                                   fingerprintSource: String(decoding: result.output.files[RunnerExport.fingerprintSourcePath] ?? Data(), as: UTF8.self),
                                                   checks: transformed.checks)
                result.output.files[RunnerExport.templatePath] = Data(runner.utf8)
            } catch {
                bag.add(.error("cannot publish the check runner: \(error.description)", at: SourceLocation(path: options.display("content/" + RunnerExport.templatePath))))
                throw DiagnosticsError(bag.sorted())
            }
        }
        return result
    }

    // MARK: - index

    /// The search index (from the terms the sink gathered, or from the pages' HTML kept in memory) and the
    /// answer cards.
    static func index(_ state: inout BuildState, streamed: SearchIndexBuilder.Accumulator?, indexSearch: Bool) {
        if let streamed {
            for (path, text) in streamed.finish().files { state.output.files[path] = Data(text.utf8) }
        } else if indexSearch {
            for (path, data) in searchFiles(for: state, parallel: state.options.parallel) { state.output.files[path] = data }
        }
        if let data = state.context.dataset?.data {
            state.output.files[SearchPages.cardsURL] = Data(SearchPages.cardsScript(data, ui: state.context.ui).utf8)
        }
    }
}

struct IndexedPage: Sendable {
    var index: Int
    var page: Page
    var toc: [TOCEntry]
}
