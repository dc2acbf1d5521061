import Compat
import Diagnostics

/// The dataset and what the build derives from it, present only when the site has a dataset: computed once per
/// build instead of testing `dataset.isEmpty` at every use.
struct DatasetContext: Sendable {
    let data: CompatDataset
    /// Facts, matrices, install blocks, timelines and the install-command lint.
    let directives: DatasetDirectives
    /// The generated pages (matrices, entity pages, resolver, diagnose, change log) and their data files.
    let pages: CompatPages
}

/// Everything the transform stage needs besides the page itself, built once in `assemble` and shared by the whole
/// build and by `IncrementalBuilder`, so both transform a page the same way (`transform(_:)`).
struct TransformContext: Sendable {
    let dataset: DatasetContext?
    let bench: BenchDirectives
    let checks: CheckDirectives
    let prose: ProseRules
    /// The fenced-block directives by name.
    let blocks: BlockDirectiveSet
    /// The reader-facing text of the site's language.
    let ui: SiteText

    init(dataset: DatasetContext?, bench: BenchDirectives, checks: CheckDirectives, prose: ProseRules, ui: SiteText) {
        self.ui = ui
        self.dataset = dataset
        self.bench = bench
        self.checks = checks
        self.prose = prose
        self.blocks = BlockDirectiveSet(dataset: dataset?.directives, prose: prose, bench: bench, ui: ui)
    }

    /// The dataset's directives, when the site has a dataset.
    var directives: DatasetDirectives? { dataset?.directives }

    /// One page through the structural transforms.
    func transform(_ page: Page) -> (TransformedPage, [Diagnostic]) {
        PageTransformer.transform(page, context: self)
    }
}
