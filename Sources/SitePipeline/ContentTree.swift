import Diagnostics
import Foundation
import Markup

/// One page of the site: a guide, a section index, the home page, or the 404 page.
public struct Page: Sendable, Hashable {
    /// What the page is.
    public enum Kind: String, Sendable, Hashable {
        case home, section, guide, notFound
        /// Generated from the dataset (matrices, entity pages, resolver, change log).
        case generated
    }

    /// What the page is.
    public var kind: Kind
    /// Output path relative to the site root, always a file (`cuda/toolkit/index.html`).
    public var url: String
    /// Source path relative to `content/`, when the page comes from a file.
    public var sourcePath: String?
    /// Source path as shown in diagnostics.
    public var displayPath: String
    /// Title.
    public var title: String
    /// Summary.
    public var description: String
    /// Front matter, for pages from files that have it.
    public var frontMatter: FrontMatter?
    /// The section this page belongs to (`nil` for home and 404).
    public var sectionID: String?
    /// The Markdown body.
    public var document: MarkupNode
    /// Extra scripts the page loads after the theme's, as site-relative paths.
    public var scripts: [String] = []
    /// For a page not listed in its section (a GPU, CUDA or PyTorch page): the URL of the listing it belongs under.
    public var parentURL: String? = nil
    /// For a translated page (`x.en.md`): its original's source path (`x.md`), by which links name it.
    public var originalPath: String? = nil
    /// For a page of a translation that is not translated yet: the language its body is written in.
    public var untranslated: String? = nil

    /// The source path links name this page by: the original's for a translation.
    var linkSource: String? { originalPath ?? sourcePath }
}

extension Page {
    /// The order of guides in a section: by weight (pages without one last), then title, then URL.
    static func guideOrder(_ a: Page, _ b: Page) -> Bool {
        (a.frontMatter?.weight ?? Int.max, a.title, a.url) < (b.frontMatter?.weight ?? Int.max, b.title, b.url)
    }

    /// The page without its Markdown body: what navigation and listings need once the body has been rendered.
    var withoutDocument: Page {
        var copy = self
        copy.document = MarkupNode(.document)
        return copy
    }
}

/// A section: a top-level folder of `content/`.
public struct Section: Sendable, Hashable {
    /// Folder name.
    public var id: String
    /// Title for navigation.
    public var title: String
    /// Index of the section's own page in `ContentTree.pages`.
    public var pageIndex: Int
    /// Indices of its guides in `ContentTree.pages`, in navigation order.
    public var guideIndices: [Int]
}

/// The assembled site: every page, the sections in order, and the site configuration.
public struct ContentTree: Sendable {
    /// The site configuration.
    public var config: SiteConfig
    /// All pages, in navigation order (home, then each section followed by its guides, then 404).
    public var pages: [Page]
    /// Sections in navigation order.
    public var sections: [Section]
    /// Files copied unchanged, by output path.
    public var staticFiles: [SourceFile]
}

/// A Markdown file after the `parse` stage.
struct ParsedFile: Sendable {
    var source: SourceFile
    var frontMatter: FrontMatter?
    var document: MarkupNode
    /// In a translation's edition: the original's path, for a translated file (`x.en.md` → `x.md`).
    var originalPath: String? = nil
    /// In a translation's edition: the original's language, for an original standing in for a missing translation.
    var untranslated: String? = nil

    /// The path that places the page in the site (the original's for a translation).
    var sitePath: String { originalPath ?? source.path }
}

extension ContentTree {
    /// The `parse` stage for one file: decode, split front matter, parse Markdown.
    static func parse(_ file: SourceFile) -> (ParsedFile?, [Diagnostic]) {
        var bag = DiagnosticBag()
        guard let text = TextDecoding.decode(file, into: &bag) else { return (nil, bag.all) }
        let isIndex = (file.path as NSString).lastPathComponent.hasPrefix("_index.")
        let split = SplitDocument.split(text, path: file.displayPath, requireTitle: !isIndex, into: &bag)
        var document = MarkupNode(.document)
        do {
            document = try MarkdownParser.parse(split.body, lineOffset: split.bodyLineOffset)
        } catch {
            bag.add(.error("Markdown nested more than \(error.limit) levels deep (block quotes, lists or emphasis inside one another); expected a flatter structure",
                           at: SourceLocation(path: file.displayPath, line: error.line, column: error.column)))
        }
        if bag.hasErrors { return (nil, bag.all) }
        return (ParsedFile(source: file, frontMatter: split.frontMatter, document: document), bag.all)
    }

    /// The `assemble` stage: sections, URLs, ordering, generated pages.
    static func assemble(config: SiteConfig, files: [ParsedFile], staticFiles: [SourceFile],
                         configPath: String, includeDrafts: Bool, generated: [CompatPages.Generated] = [], ui: SiteText,
                         into bag: inout DiagnosticBag) -> ContentTree {
        var homeIntro: ParsedFile?
        var sectionIntros: [String: ParsedFile] = [:]
        var guidesBySection: [String: [Page]] = [:]

        for file in files {
            let components = file.sitePath.split(separator: "/").map(String.init)
            let name = components.last ?? ""
            if components.count == 1 {
                if name == "_index.md" { homeIntro = file; continue }
                bag.add(.error("guide is not inside a section folder; expected content/<section>/\(name)",
                               at: SourceLocation(path: file.source.displayPath, line: 1, column: 1)))
                continue
            }
            let sectionID = components[0]
            if components.count == 2 && name == "_index.md" { sectionIntros[sectionID] = file; continue }
            guard let matter = file.frontMatter, includeDrafts || !matter.draft else { continue }
            let stem = String(name.dropLast(3))
            let directories = components.dropFirst().dropLast()
            let slug = matter.slug ?? stem
            let url = (Array(directories) + [slug]).reduce(sectionID) { $0 + "/" + $1 } + "/index.html"
            guidesBySection[sectionID, default: []].append(Page(
                kind: .guide, url: url, sourcePath: file.source.path, displayPath: file.source.displayPath,
                title: matter.title, description: matter.description ?? "", frontMatter: matter,
                sectionID: sectionID, document: file.document, originalPath: file.originalPath, untranslated: file.untranslated))
        }

        let generatedSections = Set(generated.compactMap(\.page.sectionID))
        for id in generatedSections.sorted() where !config.sections.contains(where: { $0.id == id }) {
            bag.add(.error("the dataset generates pages for section '\(id)', but site.yaml does not list it; add '- \(id)' under 'sections'",
                           at: SourceLocation(path: configPath)))
        }
        var order = config.sections.map(\.id)
        for entry in config.sections where guidesBySection[entry.id] == nil && sectionIntros[entry.id] == nil && !generatedSections.contains(entry.id) {
            bag.add(.warning("section '\(entry.id)' is listed but content/\(entry.id)/ has no pages",
                             at: SourceLocation(path: configPath)))
        }
        order.append(contentsOf: Set(guidesBySection.keys).union(sectionIntros.keys).subtracting(order).sorted())

        var pages: [Page] = []
        let homeMatter = homeIntro?.frontMatter
        pages.append(Page(kind: .home, url: "index.html", sourcePath: homeIntro?.source.path,
                          displayPath: homeIntro?.source.displayPath ?? configPath,
                          title: config.title, description: homeMatter?.description ?? config.description,
                          frontMatter: homeMatter, sectionID: nil, document: homeIntro?.document ?? MarkupNode(.document),
                          originalPath: homeIntro?.originalPath, untranslated: homeIntro?.untranslated))
        var sections: [Section] = []
        for id in order where guidesBySection[id] != nil || sectionIntros[id] != nil || generatedSections.contains(id) {
            let intro = sectionIntros[id]
            let configured = config.sections.first { $0.id == id }?.title
            let title = configured ?? intro?.frontMatter.flatMap { $0.title.isEmpty ? nil : $0.title } ?? id
            let sectionPage = Page(kind: .section, url: "\(id)/index.html", sourcePath: intro?.source.path,
                                   displayPath: intro?.source.displayPath ?? "\(configPath)", title: title,
                                   description: intro?.frontMatter?.description ?? "", frontMatter: intro?.frontMatter,
                                   sectionID: id, document: intro?.document ?? MarkupNode(.document),
                                   originalPath: intro?.originalPath, untranslated: intro?.untranslated)
            pages.append(sectionPage)
            var section = Section(id: id, title: title, pageIndex: pages.count - 1, guideIndices: [])
            let guides = (guidesBySection[id] ?? []).sorted(by: Page.guideOrder)
            for guide in guides {
                pages.append(guide)
                section.guideIndices.append(pages.count - 1)
            }
            for item in generated where item.page.sectionID == id {
                pages.append(item.page)
                if item.listed { section.guideIndices.append(pages.count - 1) }
            }
            sections.append(section)
        }
        for item in generated where item.page.sectionID == nil { pages.append(item.page) }
        pages.append(Page(kind: .notFound, url: "404.html", sourcePath: nil, displayPath: configPath,
                          title: ui.text(.notFoundTitle), description: "", frontMatter: nil, sectionID: nil,
                          document: MarkupNode(.document)))

        var owners: [String: [String]] = [:]
        for page in pages { owners[page.url, default: []].append(page.displayPath) }
        for file in staticFiles { owners[file.path, default: []].append(file.displayPath) }
        for (url, paths) in owners where paths.count > 1 {
            for path in paths {
                let others = paths.filter { $0 != path }.sorted().joined(separator: ", ")
                bag.add(.error("two pages have the same URL '\(url)'; this one and \(others)",
                               at: SourceLocation(path: path, line: 1, column: 1),
                               note: "rename one file or give it a different 'slug:'"))
            }
        }
        return ContentTree(config: config, pages: pages, sections: sections, staticFiles: staticFiles)
    }
}
