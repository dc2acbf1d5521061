import Diagnostics
import Foundation
import Markup
import Snippets

/// A finished build with the intermediates a partial rebuild reuses.
struct BuildState: Sendable {
    var options: BuildOptions
    /// Parsed Markdown by source path (relative to `content/`), with the bytes they came from.
    var parsed: [String: ParsedFile]
    var tree: ContentTree
    /// Each page after transform, in `tree.pages` order (toc, anchors, checks).
    var transformed: [TransformedPage]
    var resolver: LinkResolver
    var renderer: SiteRenderer
    /// What transforming a page needs (dataset, directives, checks, prose), as the whole build used it.
    var context: TransformContext
    /// Each page rendered, in `tree.pages` order.
    var rendered: [SiteRenderer.Rendered]
    var output: SiteOutput
    var warnings: [Diagnostic]
    var timings: [StageTiming]
    var checks: [Check]
    /// The edition this state builds.
    var edition: Edition
    /// For the main edition of a site with translations: each translation's state (its `output` relative to its
    /// folder). The main state's `output` is then the whole site's.
    var translations: [BuildState] = []

    var result: BuildResult {
        BuildResult(output: output, pageCount: ([self] + translations).map(\.tree.pages.count).reduce(0, +), warnings: warnings,
                    timings: timings, checks: checks, fileCount: output.files.count)
    }

    /// This edition's files and every translation's under its folder.
    var mergedOutput: SiteOutput {
        var merged = output
        for translation in translations {
            let prefix = translation.edition.prefix
            for (path, data) in translation.output.files { merged.files[prefix + path] = data }
        }
        return merged
    }
}

/// Rebuilds after edits, doing only what a change needs, for `gpukb serve`.
///
/// - An edit to a guide's body (front matter, anchors and checks unchanged) re-parses, transforms and renders that
///   page alone: navigation, links into it and every other page are unaffected.
/// - Anything else (front matter, a new, deleted or renamed file, `site.yaml`, the dataset, recorded runs, the
///   theme) rebuilds the whole site, re-parsing only files whose bytes changed.
/// The search index is left stale by both and refreshed by `refreshSearch()`, so a reload need not wait for it.
public final class IncrementalBuilder: @unchecked Sendable {
    /// What an update did.
    public struct Update: Sendable {
        /// `nil` after a whole rebuild; otherwise the output paths that changed.
        public var changedPaths: [String]?
        /// Pages built.
        public var pageCount: Int
        public var warnings: [Diagnostic]
        public var seconds: Double
    }

    private let options: BuildOptions
    private let lock = NSLock()
    private var state: BuildState?
    /// Counts page changes; the search index is current when it was built at the latest one.
    private var generation = 0
    private var indexedGeneration = -1

    /// A builder for the project `options` describe; nothing is built until `rebuild()`.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// The current site, search index included once `refreshSearch()` ran.
    public var output: SiteOutput { lock.withLock { state?.output ?? SiteOutput() } }

    /// Builds everything (reusing parsed files whose bytes did not change).
    @discardableResult
    public func rebuild() throws(DiagnosticsError) -> Update {
        let start = DispatchTime.now().uptimeNanoseconds
        let previous = lock.withLock { state }
        var next = try Pipeline.run(options, previous: previous, indexSearch: false)
        lock.withLock {
            // Keep the last good index until the new one is ready: pages change, search catches up.
            let prefixes = ([next] + next.translations).map { $0.edition.prefix + "search/" }
            for (path, data) in previous?.output.files ?? [:] where next.output.files[path] == nil && prefixes.contains(where: { path.hasPrefix($0) }) {
                next.output.files[path] = data
            }
            state = next
            generation += 1
        }
        return Update(changedPaths: nil, pageCount: next.result.pageCount, warnings: next.warnings, seconds: Self.seconds(since: start))
    }

    /// Rebuilds after the files at `paths` (relative to the project root) changed.
    @discardableResult
    public func update(_ paths: Set<String>) throws(DiagnosticsError) -> Update {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let current = lock.withLock({ state }) else { return try rebuild() }
        let editions = [current] + current.translations
        // A file no edition builds from (a new one, or not a guide) changes more than pages.
        for path in paths {
            let source = path.hasPrefix("content/") ? String(path.dropFirst("content/".count)) : path
            guard editions.contains(where: { $0.parsed[source] != nil }) else { return try rebuild() }
        }
        var next = current
        var changed: [String] = []
        var warnings: [Diagnostic] = []
        for (offset, edition) in editions.enumerated() {
            guard let quick = try quickUpdate(paths, in: edition) else { return try rebuild() }
            var updated = edition
            var files: [String: Data] = [:]
            if let tree = quick.tree, let renderer = quick.renderer {
                // The saved page's title, summary or dates changed: the tree's listings and navigation follow.
                updated.tree = tree
                updated.renderer = renderer
            }
            for (index, transformed, rendered, parsed) in quick.pages {
                updated.transformed[index] = transformed
                updated.tree.pages[index] = transformed.page
                updated.rendered[index] = rendered
                updated.parsed[parsed.source.path] = parsed
                files[transformed.page.url] = Data(rendered.html.utf8)
            }
            for (index, rendered) in quick.dependents {
                updated.rendered[index] = rendered
                files[updated.tree.pages[index].url] = Data(rendered.html.utf8)
            }
            let prefix = edition.edition.prefix
            for (path, data) in files {
                updated.output.files[path] = data
                next.output.files[prefix + path] = data
                changed.append(prefix + path)
            }
            warnings.append(contentsOf: quick.warnings)
            if offset == 0 {
                let merged = next.output
                let translations = next.translations
                next = updated
                next.output = merged
                next.translations = translations
            } else {
                next.translations[offset - 1] = updated
            }
        }
        if changed.isEmpty == false, let sitemap = Sitemap.make([next] + next.translations) {
            next.output.files["sitemap.xml"] = Data(sitemap.utf8)
        }
        lock.withLock {
            state = next
            generation += 1
        }
        return Update(changedPaths: changed.sorted(), pageCount: next.result.pageCount, warnings: Array(Set(warnings)).sorted { $0.location < $1.location },
                      seconds: Self.seconds(since: start))
    }

    /// Rebuilds the search index for the current pages if it is stale; returns whether it did.
    @discardableResult
    public func refreshSearch() -> Bool {
        guard let (current, built) = lock.withLock({ indexedGeneration == generation ? nil : state.map { ($0, generation) } }) else { return false }
        let editions = [current] + current.translations
        let files = editions.map { edition in
            (edition.edition.prefix, Pipeline.searchFiles(for: edition, parallel: options.parallel))
        }
        lock.withLock {
            guard var latest = state else { return }
            for (prefix, _) in files {
                for path in latest.output.files.keys where path.hasPrefix(prefix + "search/")
                    && path != prefix + SearchPages.cardsURL && path != prefix + SearchPages.resultsURL {
                    // A translation's folder lies inside the main edition's root, never inside its search/ folder.
                    latest.output.files[path] = nil
                }
            }
            for (prefix, edition) in files {
                for (path, data) in edition { latest.output.files[prefix + path] = data }
            }
            // An update that landed meanwhile leaves the index stale, so the next refresh runs again.
            indexedGeneration = built
            state = latest
        }
        return true
    }

    /// What a quick update rebuilt.
    private struct QuickUpdate {
        /// Saved pages: index, transformed page, rendered page, parsed file.
        var pages: [(Int, TransformedPage, SiteRenderer.Rendered, ParsedFile)] = []
        /// Other pages rendered again because their navigation, listing or pager shows the saved page.
        var dependents: [(Int, SiteRenderer.Rendered)] = []
        /// The tree and renderer after a front-matter edit; nil when only bodies changed.
        var tree: ContentTree?
        var renderer: SiteRenderer?
        var warnings: [Diagnostic] = []
    }

    /// The pages an edit touches, rebuilt; nil when the change needs a whole rebuild.
    ///
    /// - Body edits (front matter, anchors and checks unchanged) re-render the page alone.
    /// - One guide whose title, description, tags, weight or dates changed, in a way that keeps its place in its
    ///   section, re-renders that page and the pages that show it: with the whole navigation on every page (sites of
    ///   up to `SiteRenderer.fullNavigationLimit` guides) that is every page; otherwise its section, the home page
    ///   and the pages before and after it.
    /// - Anything else (slug, draft, a new place in the order, several front matters at once) is a whole rebuild.
    private func quickUpdate(_ paths: Set<String>, in state: BuildState) throws(DiagnosticsError) -> QuickUpdate? {
        var result = QuickUpdate()
        var bag = DiagnosticBag()
        var tree = state.tree
        var retitled: Int?
        for path in paths.sorted() {
            guard path.hasPrefix("content/"), path.hasSuffix(".md") else { return nil }
            let source = String(path.dropFirst("content/".count))
            guard let data = FileManager.default.contents(atPath: options.root.appendingPathComponent(path).path) else { return nil }
            guard let old = state.parsed[source] else {
                // Not this edition's file. When it is the original of one of this edition's translations, the
                // translation takes its slug, draft and weight: a change to those is a whole rebuild.
                guard let translated = state.tree.pages.first(where: { $0.originalPath == source }) else { continue }
                let matter = ContentTree.parse(SourceFile(path: source, displayPath: path, data: data)).0?.frontMatter
                let before = translated.frontMatter
                if matter?.slug != before?.slug || matter?.draft != before?.draft || matter?.weight != before?.weight { return nil }
                continue
            }
            guard let index = state.tree.pages.firstIndex(where: { $0.sourcePath == source }) else { return nil }
            if data == old.source.data { continue }
            var file = old.source
            file.data = data
            let (fresh, diagnostics) = ContentTree.parse(file)
            bag.add(contentsOf: diagnostics)
            guard let parsed = fresh else { continue }
            var page = state.tree.pages[index]
            // The cache keeps files as parsed; a translation's page has its original's slug, draft and weight.
            var matter = parsed.frontMatter
            var oldMatter = old.frontMatter
            if page.originalPath != nil {
                // One that sets them now is reported by a whole rebuild.
                guard matter?.slug == nil, matter?.draft != true, matter?.weight == nil || matter?.weight == page.frontMatter?.weight else { return nil }
                matter = Edition.takingOriginalsPlace(matter, from: page.frontMatter)
                oldMatter = Edition.takingOriginalsPlace(oldMatter, from: page.frontMatter)
            }
            if matter != oldMatter {
                // Front matter feeds navigation, section lists, the sitemap and the URL.
                guard retitled == nil, page.kind == .guide, let matter, let before = oldMatter,
                      matter.slug == before.slug, matter.draft == before.draft else { return nil }
                page.title = matter.title
                page.description = matter.description ?? ""
                page.frontMatter = matter
                tree.pages[index] = page
                guard Self.keepsOrder(tree, section: page.sectionID) else { return nil }
                retitled = index
            }
            page.document = parsed.document
            let (final, pageDiagnostics) = Pipeline.buildPage(page, context: state.context, resolver: state.resolver)
            // Other pages' links are checked against this page's anchors, and the runner lists the checks.
            let before = state.transformed[index]
            guard final.anchors == before.anchors, final.checks == before.checks else { return nil }
            bag.add(contentsOf: pageDiagnostics)
            result.pages.append((index, final, SiteRenderer.Rendered(html: "", content: ""), parsed))
        }
        try bag.throwIfErrors()
        result.warnings = bag.warnings
        var renderer = state.renderer
        if let retitled {
            for (index, final, _, _) in result.pages { tree.pages[index] = final.page }
            renderer = SiteRenderer(tree: tree, theme: state.renderer.theme, ui: state.renderer.ui, editions: state.renderer.editions)
            result.tree = tree
            result.renderer = renderer
            let saved = Set(result.pages.map(\.0))
            result.dependents = Self.dependents(of: retitled, in: tree).filter { !saved.contains($0) }.map { index in
                (index, renderer.render(tree.pages[index], index: index, toc: state.transformed[index].toc))
            }
        }
        for position in result.pages.indices {
            let (index, final, _, parsed) = result.pages[position]
            result.pages[position] = (index, final, renderer.render(final.page, index: index, toc: final.toc), parsed)
        }
        return result
    }

    /// Whether the guides of `section` are still in the order the assemble stage gives them.
    private static func keepsOrder(_ tree: ContentTree, section id: String?) -> Bool {
        guard let section = tree.sections.first(where: { $0.id == id }) else { return false }
        let guides = section.guideIndices.filter { tree.pages[$0].kind == .guide }
        let sorted = guides.sorted { Page.guideOrder(tree.pages[$0], tree.pages[$1]) }
        return guides == sorted
    }

    /// Pages whose HTML shows page `index`'s title or summary.
    private static func dependents(of index: Int, in tree: ContentTree) -> [Int] {
        if SiteRenderer.listsEveryGuide(tree) { return Array(tree.pages.indices) }
        let sectionID = tree.pages[index].sectionID
        var result = Set(tree.pages.indices.filter { tree.pages[$0].sectionID == sectionID })
        result.insert(0)  // the home page lists each section's first guides
        let order = tree.sections.flatMap(\.guideIndices)
        if let position = order.firstIndex(of: index) {
            if position > 0 { result.insert(order[position - 1]) }
            if position + 1 < order.count { result.insert(order[position + 1]) }
        }
        return result.sorted()
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
