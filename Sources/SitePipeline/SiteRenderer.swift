import Foundation
import Markup
import Theme

/// The `render` stage: Markdown to HTML, then the theme's page template, with shared fragments rendered once.
struct SiteRenderer: Sendable {
    let tree: ContentTree
    let theme: Theme
    /// The reader-facing text of the site's language.
    let ui: SiteText
    /// Pre-rendered navigation, per page depth: one HTML string per section, collapsed.
    private let collapsedNav: [Int: [String]]
    /// Pre-rendered `<li>` of every guide, per depth and section, in navigation order.
    private let guideItems: [Int: [[String]]]
    private let guideOrder: [Int]
    /// Each guide's position in `guideOrder`, by page index.
    private let guidePosition: [Int: Int]
    /// Page index by URL, for breadcrumbs and parents.
    private let pageIndex: [String: Int]

    /// Sites with more pages than this list only section links for sections other than the current one.
    static let fullNavigationLimit = 400
    /// A section with more guides than this lists, in the navigation, only the `navigationWindow` guides on each side
    /// of the current page, with links to its index for the rest (a 500-guide list helps no reader, and it made
    /// every page of such a section 45 KB bigger).
    static let sectionNavigationLimit = 60
    /// Guides listed on each side of the current one in a long section.
    static let navigationWindow = 12

    init(tree: ContentTree, theme: Theme, ui: SiteText) {
        self.tree = tree
        self.theme = theme
        self.ui = ui
        let depths = Set(tree.pages.map { PagePath.depth(of: $0.url) })
        let full = tree.pages.count <= Self.fullNavigationLimit
        var collapsed: [Int: [String]] = [:]
        var items: [Int: [[String]]] = [:]
        for depth in depths {
            let root = PagePath.root(depth: depth)
            items[depth] = tree.sections.map { section in
                section.guideIndices.map { Self.navItem(tree.pages[$0], root: root, current: false) }
            }
            collapsed[depth] = tree.sections.enumerated().map { offset, section in
                Self.sectionNav(section, tree: tree, root: root, open: false, items: full ? items[depth]?[offset] ?? [] : [])
            }
        }
        collapsedNav = collapsed
        guideItems = items
        guideOrder = tree.sections.flatMap(\.guideIndices)
        guidePosition = Dictionary(uniqueKeysWithValues: guideOrder.enumerated().map { ($0.element, $0.offset) })
        pageIndex = Dictionary(tree.pages.enumerated().map { ($0.element.url, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// A rendered page: the full document, and the page's own content (what search indexes).
    struct Rendered: Sendable {
        var html: String
        var content: String
    }

    /// Renders page `index` of the tree (whose body has been transformed and resolved) to a full HTML document.
    func render(_ page: Page, index: Int, toc: [TOCEntry]) -> Rendered {
        let depth = PagePath.depth(of: page.url)
        let root = PagePath.root(depth: depth)
        let content = HTMLRenderer(footnoteBackLabel: ui.text(.footnoteBack)).render(page.document)
        var body = content
        switch page.kind {
        case .home: body += homeListing(root: root)
        case .section: body += sectionListing(page, root: root)
        case .guide, .generated: body += pager(index: index, root: root)
        case .notFound: body += "<p>\(ui.html(.notFoundHTML, ["home": "index.html"]))</p>\n"
        }
        var values: [String: Any] = [
            "root": root,
            "site": ["title": tree.config.title, "description": tree.config.description, "language": tree.config.language],
            "title": page.title,
            "description": page.description.isEmpty ? tree.config.description : page.description,
            "kind": page.kind.rawValue,
            "isHome": page.kind == .home,
            "nav": navigation(for: page, index: index, depth: depth),
            "toc": tableOfContents(toc),
            "body": body,
            "meta": meta(page.frontMatter),
            "breadcrumbs": breadcrumbs(page, root: root),
            "t": ui.template,
        ]
        if !page.scripts.isEmpty {
            values["scripts"] = page.scripts.map { "<script src=\"\(root)\(HTMLEscaping.escape($0))\"></script>\n" }.joined()
        }
        if page.kind == .notFound, let base = tree.config.baseURL {
            values["baseHref"] = base
        }
        return Rendered(html: theme.render("page", values), content: content)
    }

    // MARK: - Fragments

    /// Home › section › listing › this page; the home and 404 pages have none.
    private func breadcrumbs(_ page: Page, root: String) -> String {
        guard page.kind != .home, page.kind != .notFound else { return "" }
        var trail: [(title: String, url: String)] = [(ui.text(.home), "index.html")]
        if let id = page.sectionID, let section = tree.sections.first(where: { $0.id == id }) {
            let sectionPage = tree.pages[section.pageIndex]
            if sectionPage.url != page.url { trail.append((section.title, sectionPage.url)) }
        }
        if let parent = page.parentURL, let index = pageIndex[parent] { trail.append((tree.pages[index].title, parent)) }
        var html = "<nav class=\"breadcrumbs\" aria-label=\"\(ui.html(.breadcrumbs))\"><ol>"
        for step in trail { html += "<li><a href=\"\(root)\(HTMLEscaping.escape(step.url))\">\(HTMLEscaping.escape(step.title))</a></li>" }
        return html + "<li aria-current=\"page\">\(HTMLEscaping.escape(page.title))</li></ol></nav>\n"
    }

    private func navigation(for page: Page, index: Int, depth: Int) -> String {
        let collapsed = collapsedNav[depth] ?? []
        let root = PagePath.root(depth: depth)
        var html = "<ul class=\"nav-sections\">\n"
        for (offset, section) in tree.sections.enumerated() {
            guard section.id == page.sectionID else {
                html += collapsed[offset]
                continue
            }
            let all = guideItems[depth]?[offset] ?? []
            let position = section.guideIndices.firstIndex(of: index)
            let sectionPage = tree.pages[section.pageIndex]
            // A long section shows a window around the current page; only that window is copied.
            var lower = 0
            var upper = all.count
            if all.count > Self.sectionNavigationLimit {
                lower = max(0, min((position ?? 0) - Self.navigationWindow, all.count - 2 * Self.navigationWindow - 1))
                upper = min(all.count, lower + 2 * Self.navigationWindow + 1)
            }
            var items = Array(all[lower..<upper])
            if let position, position >= lower, position < upper { items[position - lower] = Self.navItem(page, root: root, current: true) }
            // A page under a listing (a GPU page under the GPU table) highlights that listing.
            if position == nil, let parent = page.parentURL, let parentIndex = pageIndex[parent],
               let parentPosition = section.guideIndices.firstIndex(of: parentIndex), parentPosition >= lower, parentPosition < upper {
                items[parentPosition - lower] = Self.navItem(tree.pages[parentIndex], root: root, current: false, ancestor: true)
            }
            let sectionURL = root + HTMLEscaping.escape(sectionPage.url)
            if lower > 0 { items.insert("<li class=\"nav-more\"><a href=\"\(sectionURL)\">\(ui.html(.navMoreBefore, ["count": String(lower)]))</a></li>\n", at: 0) }
            if upper < all.count { items.append("<li class=\"nav-more\"><a href=\"\(sectionURL)\">\(ui.html(.navMoreAfter, ["count": String(all.count - upper)]))</a></li>\n") }
            html += Self.sectionNav(section, tree: tree, root: root, open: true, items: items,
                                    current: page.kind == .section && page.url == sectionPage.url)
        }
        return html + "</ul>\n"
    }

    private static func navItem(_ page: Page, root: String, current: Bool, ancestor: Bool = false) -> String {
        let mark = current ? " aria-current=\"page\"" : ancestor ? " class=\"is-ancestor\"" : ""
        return "<li><a href=\"\(root)\(HTMLEscaping.escape(page.url))\"\(mark)>\(HTMLEscaping.escape(page.title))</a></li>\n"
    }

    private static func sectionNav(_ section: Section, tree: ContentTree, root: String, open: Bool, items: [String], current: Bool = false) -> String {
        let sectionPage = tree.pages[section.pageIndex]
        let link = "<a href=\"\(root)\(HTMLEscaping.escape(sectionPage.url))\"\(current ? " aria-current=\"page\"" : "")>\(HTMLEscaping.escape(section.title))</a>"
        guard !items.isEmpty else {
            return "<li class=\"nav-section\(open ? " is-current" : "")\">\(link)</li>\n"
        }
        var html = "<li class=\"nav-section\(open ? " is-current" : "")\"><details\(open ? " open" : "")><summary>\(link)</summary>\n"
        html += "<ul class=\"nav-pages\">\n"
        for item in items { html += item }
        return html + "</ul>\n</details></li>\n"
    }

    private func tableOfContents(_ entries: [TOCEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        let title = ui.html(.toc)
        var html = "<nav class=\"toc\" aria-label=\"\(title)\"><p class=\"toc-title\">\(title)</p>\n<ul>\n"
        var openSublist = false
        for (index, entry) in entries.enumerated() {
            let link = "<a href=\"#\(HTMLEscaping.escape(entry.id))\">\(HTMLEscaping.escape(entry.text))</a>"
            if entry.level == 3 && index > 0 {
                if !openSublist { html += "\n<ul>\n"; openSublist = true }
                html += "<li>\(link)</li>\n"
            } else {
                if openSublist { html += "</ul>\n"; openSublist = false }
                if index > 0 { html += "</li>\n" }
                html += "<li>\(link)"
            }
        }
        if openSublist { html += "</ul>\n" }
        return html + "</li>\n</ul>\n</nav>\n"
    }

    private func meta(_ matter: FrontMatter?) -> String {
        guard let matter else { return "" }
        var parts: [String] = []
        if let updated = matter.updated { parts.append(ui.html(.updatedHTML, ["date": "<time datetime=\"\(updated)\">\(updated)</time>"])) }
        if !matter.tags.isEmpty {
            parts.append(ui.html(.tags) + matter.tags.map { "<span class=\"tag\">\(HTMLEscaping.escape($0))</span>" }.joined(separator: " "))
        }
        return parts.isEmpty ? "" : "<p class=\"page-meta\">\(parts.joined(separator: " · "))</p>"
    }

    private func homeListing(root: String) -> String {
        var html = "<div class=\"section-grid\">\n"
        for section in tree.sections {
            let page = tree.pages[section.pageIndex]
            html += "<section class=\"section-card\">\n<h2><a href=\"\(root)\(HTMLEscaping.escape(page.url))\">\(HTMLEscaping.escape(section.title))</a></h2>\n"
            if !page.description.isEmpty { html += "<p>\(HTMLEscaping.escape(page.description))</p>\n" }
            html += "<ul>\n"
            for index in section.guideIndices.prefix(12) {
                let guide = tree.pages[index]
                html += "<li><a href=\"\(root)\(HTMLEscaping.escape(guide.url))\">\(HTMLEscaping.escape(guide.title))</a></li>\n"
            }
            if section.guideIndices.count > 12 {
                html += "<li><a href=\"\(root)\(HTMLEscaping.escape(page.url))\">\(ui.html(.sectionAll, ["count": String(section.guideIndices.count)]))</a></li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        return html + "</div>\n"
    }

    private func sectionListing(_ page: Page, root: String) -> String {
        guard let section = tree.sections.first(where: { $0.id == page.sectionID }) else { return "" }
        var html = "<ul class=\"page-list\">\n"
        for index in section.guideIndices {
            let guide = tree.pages[index]
            html += "<li><a href=\"\(root)\(HTMLEscaping.escape(guide.url))\">\(HTMLEscaping.escape(guide.title))</a>"
            if !guide.description.isEmpty { html += "<p>\(HTMLEscaping.escape(guide.description))</p>" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    private func pager(index: Int, root: String) -> String {
        guard let position = guidePosition[index] else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"\(ui.html(.pager))\">\n"
        if position > 0 {
            let previous = tree.pages[guideOrder[position - 1]]
            html += "<a class=\"pager-prev\" href=\"\(root)\(HTMLEscaping.escape(previous.url))\"><span>\(ui.html(.previous))</span>\(HTMLEscaping.escape(previous.title))</a>\n"
        }
        if position + 1 < guideOrder.count {
            let next = tree.pages[guideOrder[position + 1]]
            html += "<a class=\"pager-next\" href=\"\(root)\(HTMLEscaping.escape(next.url))\"><span>\(ui.html(.next))</span>\(HTMLEscaping.escape(next.title))</a>\n"
        }
        return html + "</nav>\n"
    }

}
