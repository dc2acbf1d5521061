import Diagnostics
import Markup

/// A fenced code block whose language names a directive (```matrix, ```install, ```timeline, ```glossary, ```bench):
/// its body holds options and it renders to HTML. Each directive registers under its name in `BlockDirectiveSet`;
/// the page transformer looks the fence's language up there instead of comparing strings.
protocol BlockDirective: Sendable {
    /// The fence language that selects it.
    var name: String { get }
    /// The HTML for one block. `anchors` collects ids the output defines, for link checking.
    func render(_ block: DirectiveBlock, anchors: inout Set<String>, into bag: inout DiagnosticBag) -> String
}

/// One fenced block as a directive sees it.
struct DirectiveBlock {
    /// The block's body (the lines between the fences).
    var code: String
    /// Where the block starts, for diagnostics.
    var location: SourceLocation
    /// The relative prefix from the page back to the site root.
    var root: String
}

/// A directive whose data the site lacks: every block reports what is missing.
struct UnavailableDirective: BlockDirective {
    let name: String
    /// `a 'matrix' block needs the dataset, but content/data/compat/ has none`.
    let message: String

    func render(_ block: DirectiveBlock, anchors: inout Set<String>, into bag: inout DiagnosticBag) -> String {
        bag.add(.error(message, at: block.location))
        return ""
    }
}

/// The dataset's directives: tables (`matrix`), install commands (`install`), support timelines (`timeline`).
struct DatasetBlockDirective: BlockDirective {
    enum Kind: String, CaseIterable { case matrix, install, timeline }
    let kind: Kind
    let directives: DatasetDirectives

    var name: String { kind.rawValue }

    func render(_ block: DirectiveBlock, anchors: inout Set<String>, into bag: inout DiagnosticBag) -> String {
        switch kind {
        case .matrix: return directives.matrix(code: block.code, root: block.root, at: block.location, into: &bag)
        case .install: return directives.install(code: block.code, at: block.location, into: &bag) ?? ""
        case .timeline: return directives.timeline(code: block.code, at: block.location, into: &bag)
        }
    }
}

/// The glossary (```glossary): the terms of content/data/glossary.yaml with their anchors.
struct GlossaryDirective: BlockDirective {
    let prose: ProseRules
    let ui: SiteText
    var name: String { "glossary" }

    func render(_ block: DirectiveBlock, anchors: inout Set<String>, into bag: inout DiagnosticBag) -> String {
        let (html, ids) = prose.renderGlossary(ui: ui)
        anchors.formUnion(ids)
        return html
    }
}

/// Benchmark charts and tables (```bench).
struct BenchBlockDirective: BlockDirective {
    let bench: BenchDirectives?
    var name: String { "bench" }

    func render(_ block: DirectiveBlock, anchors: inout Set<String>, into bag: inout DiagnosticBag) -> String {
        bench?.render(code: block.code, root: block.root, at: block.location, into: &bag) ?? ""
    }
}

/// The directives a build has, by fence language.
struct BlockDirectiveSet: Sendable {
    private let byName: [String: any BlockDirective]

    /// The directives for a site with these services; a directive whose data is missing reports it at each use.
    init(dataset: DatasetDirectives?, prose: ProseRules?, bench: BenchDirectives?, ui: SiteText) {
        var all: [any BlockDirective] = DatasetBlockDirective.Kind.allCases.map { kind -> any BlockDirective in
            guard let dataset else {
                let article = kind == .install ? "an" : "a"
                return UnavailableDirective(name: kind.rawValue, message: "\(article) '\(kind.rawValue)' block needs the dataset, but content/data/compat/ has none")
            }
            return DatasetBlockDirective(kind: kind, directives: dataset)
        }
        if let prose, !prose.terms.isEmpty {
            all.append(GlossaryDirective(prose: prose, ui: ui))
        } else {
            all.append(UnavailableDirective(name: "glossary", message: "a 'glossary' block needs terms, but content/\(ProseRules.glossaryPath) has none"))
        }
        all.append(BenchBlockDirective(bench: bench))
        byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The directive a fence language selects, if any.
    subscript(_ language: String) -> (any BlockDirective)? { byName[language] }
}
