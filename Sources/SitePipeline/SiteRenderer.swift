import Foundation
import Markup
import Theme

/// The `render` stage: Markdown to HTML, then the theme's page template, with shared fragments rendered once.
struct SiteRenderer: Sendable {
    let tree: ContentTree
    let theme: Theme
    /// The reader-facing text of the site's language.
    let ui: SiteText
    /// The site's editions, for the language switch and alternate links (none for a site in one language).
    let editions: EditionLinks
    /// Pre-rendered navigation, per page depth: one HTML string per section, collapsed.
    private let collapsedNav: [Int: [String]]
    /// Pre-rendered `<li>` of every guide, per depth and section, in navigation order.
    private let guideItems: [Int: [[String]]]
    private let guideOrder: [Int]
    /// Each guide's position in `guideOrder`, by page index.
    private let guidePosition: [Int: Int]
    /// Page index by URL, for breadcrumbs and parents.
    private let pageIndex: [String: Int]

    /// Sites whose navigation would list more guides than this show only section links for sections other than the
    /// current one. Guides are counted, not pages: generated pages under a listing (one per GPU) are not in the
    /// navigation, and counting them took the guide list off a 30-guide site's home page once it had 256 GPUs.
    static let fullNavigationLimit = 400

    /// Whether every page lists every section's guides.
    static func listsEveryGuide(_ tree: ContentTree) -> Bool {
        tree.sections.reduce(0) { $0 + $1.guideIndices.count } <= fullNavigationLimit
    }
    /// A section with more guides than this lists, in the navigation, only the `navigationWindow` guides on each side
    /// of the current page, with links to its index for the rest (a 500-guide list helps no reader, and it made
    /// every page of such a section 45 KB bigger).
    static let sectionNavigationLimit = 60
    /// Guides listed on each side of the current one in a long section.
    static let navigationWindow = 12

    init(tree: ContentTree, theme: Theme, ui: SiteText, editions: EditionLinks = .single()) {
        self.tree = tree
        self.theme = theme
        self.ui = ui
        self.editions = editions
        let depths = Set(tree.pages.map { PagePath.depth(of: $0.url) })
        let full = Self.listsEveryGuide(tree)
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
        case .notFound:
            var notFound = HTML()
            notFound.element("p") { $0.raw(ui.html(.notFoundHTML, ["home": "index.html"])) }
            body += notFound.description + "\n"
        }
        if let original = page.untranslated {
            body = untranslatedNotice(page, root: root, language: original) + "<div lang=\"\(HTMLEscaping.escape(original))\">\n" + body + "</div>\n"
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
            var scripts = HTML()
            for script in page.scripts {
                scripts.element("script", ["src": root + script]) { _ in }
                scripts += "\n"
            }
            values["scripts"] = scripts.description
        }
        if page.kind == .notFound, let base = tree.config.baseURL {
            values["baseHref"] = base + (editions.isEmpty ? "" : editions.entries[editions.current].folder.isEmpty ? "" : editions.entries[editions.current].folder + "/")
        }
        if !editions.isEmpty {
            values["languages"] = languageSwitch(page, root: root)
            values["alternates"] = alternates(page, root: root)
        }
        if let original = page.untranslated { values["titleLang"] = original }
        return Rendered(html: theme.render("page", values), content: content)
    }

    // MARK: - Fragments

    /// Links to the same page in every other edition; the current language is shown, not linked.
    private func languageSwitch(_ page: Page, root: String) -> String {
        var html = HTML()
        html.element("nav", ["class": "lang-switch", "aria-label": ui.text(.languageSwitch)]) { html in
            for (index, entry) in editions.entries.enumerated() {
                if index == editions.current {
                    html.element("span", ["lang": entry.language, "aria-current": "true"], text: entry.name)
                } else {
                    html.element("a", ["href": editions.href(root: root, to: index, url: page.url), "hreflang": entry.language, "lang": entry.language],
                                 text: entry.name)
                }
            }
        }
        return html.description + "\n"
    }

    /// `<link rel=alternate hreflang>` to each edition where this page is written in that edition's language, when
    /// this one is too (an untranslated copy names no alternates). Absolute with a `base_url`, relative otherwise.
    private func alternates(_ page: Page, root: String) -> String {
        guard page.untranslated == nil, page.kind != .notFound else { return "" }
        var html = HTML()
        for (index, entry) in editions.entries.enumerated() where !entry.untranslated.contains(page.url) {
            let href = editions.absolute(index, url: page.url) ?? editions.href(root: root, to: index, url: page.url)
            html.open("link", ["rel": "alternate", "hreflang": entry.language, "href": href])
            html += "\n"
        }
        // The main edition answers a reader whose language has no edition.
        let main = editions.absolute(0, url: page.url) ?? editions.href(root: root, to: 0, url: page.url)
        html.open("link", ["rel": "alternate", "hreflang": "x-default", "href": main])
        html += "\n"
        return html.description
    }

    /// What a page of a translation says when it is shown in its original language.
    private func untranslatedNotice(_ page: Page, root: String, language: String) -> String {
        let index = editions.entries.firstIndex { $0.language == language } ?? 0
        let name = editions.entries.indices.contains(index) ? editions.entries[index].name : language
        let original = editions.isEmpty ? root + page.url : editions.href(root: root, to: index, url: page.url)
        var html = HTML()
        html.element("p", ["class": "untranslated-notice", "role": "note"]) {
            $0.raw(ui.html(.untranslatedHTML, ["original": original, "language": name]))
        }
        return html.description + "\n"
    }

    /// Home › section › listing › this page; the home and 404 pages have none.
    private func breadcrumbs(_ page: Page, root: String) -> String {
        guard page.kind != .home, page.kind != .notFound else { return "" }
        var trail: [(title: String, url: String)] = [(ui.text(.home), "index.html")]
        if let id = page.sectionID, let section = tree.sections.first(where: { $0.id == id }) {
            let sectionPage = tree.pages[section.pageIndex]
            if sectionPage.url != page.url { trail.append((section.title, sectionPage.url)) }
        }
        if let parent = page.parentURL, let index = pageIndex[parent] { trail.append((tree.pages[index].title, parent)) }
        var html = HTML()
        html.element("nav", ["class": "breadcrumbs", "aria-label": ui.text(.breadcrumbs)]) { html in
            html.element("ol") { html in
                for step in trail { html.element("li") { $0.element("a", ["href": root + step.url], text: step.title) } }
                html.element("li", ["aria-current": "page"], text: page.title)
            }
        }
        return html.description + "\n"
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
            func more(_ key: UIText, _ count: Int) -> String {
                var item = HTML()
                item.element("li", ["class": "nav-more"]) { $0.element("a", ["href": root + sectionPage.url], text: ui.text(key, ["count": String(count)])) }
                return item.description + "\n"
            }
            if lower > 0 { items.insert(more(.navMoreBefore, lower), at: 0) }
            if upper < all.count { items.append(more(.navMoreAfter, all.count - upper)) }
            html += Self.sectionNav(section, tree: tree, root: root, open: true, items: items,
                                    current: page.kind == .section && page.url == sectionPage.url)
        }
        return html + "</ul>\n"
    }

    private static func navItem(_ page: Page, root: String, current: Bool, ancestor: Bool = false) -> String {
        var html = HTML()
        html.element("li") { html in
            html.element("a", ["href": root + page.url, "aria-current": current ? "page" : nil, "class": !current && ancestor ? "is-ancestor" : nil,
                               "lang": page.untranslated], text: page.title)
        }
        return html.description + "\n"
    }

    private static func sectionNav(_ section: Section, tree: ContentTree, root: String, open: Bool, items: [String], current: Bool = false) -> String {
        let sectionPage = tree.pages[section.pageIndex]
        var link = HTML()
        link.element("a", ["href": root + sectionPage.url, "aria-current": current ? "page" : nil], text: section.title)
        var html = HTML()
        html.element("li", ["class": open ? "nav-section is-current" : "nav-section"]) { html in
            guard !items.isEmpty else { return html += link }
            html.open("details", ["open": open ? "" : nil])
            html.element("summary") { $0 += link }
            html += "\n"
            html.element("ul", ["class": "nav-pages"]) { html in
                html += "\n"
                // Each item is a cached, already built `<li>` of this navigation.
                for item in items { html.raw(item) }
            }
            html += "\n"
            html.close("details")
        }
        return html.description + "\n"
    }

    private func tableOfContents(_ entries: [TOCEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        let title = ui.text(.toc)
        var html = HTML()
        html.open("nav", ["class": "toc", "aria-label": title])
        html.element("p", ["class": "toc-title"], text: title)
        html += "\n<ul>\n"
        var openSublist = false
        for (index, entry) in entries.enumerated() {
            if entry.level == 3 && index > 0 {
                if !openSublist { html += "\n<ul>\n"; openSublist = true }
                html.element("li") { $0.element("a", ["href": "#" + entry.id], text: entry.text) }
                html += "\n"
            } else {
                if openSublist { html += "</ul>\n"; openSublist = false }
                if index > 0 { html += "</li>\n" }
                html.open("li")
                html.element("a", ["href": "#" + entry.id], text: entry.text)
            }
        }
        if openSublist { html += "</ul>\n" }
        html += "</li>\n</ul>\n</nav>\n"
        return html.description
    }

    private func meta(_ matter: FrontMatter?) -> String {
        guard let matter else { return "" }
        var parts: [HTML] = []
        if let updated = matter.updated {
            var time = HTML()
            time.element("time", ["datetime": updated], text: updated)
            parts.append(.raw(ui.html(.updatedHTML, ["date": time.description])))
        }
        if !matter.tags.isEmpty {
            var tags = HTML.text(ui.text(.tags))
            for (index, tag) in matter.tags.enumerated() {
                if index > 0 { tags += " " }
                tags.element("span", ["class": "tag"], text: tag)
            }
            parts.append(tags)
        }
        guard !parts.isEmpty else { return "" }
        var html = HTML()
        html.element("p", ["class": "page-meta"]) { html in
            for (index, part) in parts.enumerated() {
                if index > 0 { html += " · " }
                html += part
            }
        }
        return html.description
    }

    private func homeListing(root: String) -> String {
        var html = HTML()
        html.element("div", ["class": "section-grid"]) { html in
            html += "\n"
            for section in tree.sections {
                let page = tree.pages[section.pageIndex]
                html.element("section", ["class": "section-card"]) { html in
                    html += "\n"
                    html.element("h2") { $0.element("a", ["href": root + page.url], text: section.title) }
                    html += "\n"
                    if !page.description.isEmpty {
                        html.element("p", text: page.description)
                        html += "\n"
                    }
                    html.element("ul") { html in
                        html += "\n"
                        for index in section.guideIndices.prefix(12) {
                            let guide = tree.pages[index]
                            html.element("li") { $0.element("a", ["href": root + guide.url, "lang": guide.untranslated], text: guide.title) }
                            html += "\n"
                        }
                        if section.guideIndices.count > 12 {
                            html.element("li") { $0.element("a", ["href": root + page.url], text: ui.text(.sectionAll, ["count": String(section.guideIndices.count)])) }
                            html += "\n"
                        }
                    }
                    html += "\n"
                }
                html += "\n"
            }
        }
        return html.description + "\n"
    }

    private func sectionListing(_ page: Page, root: String) -> String {
        guard let section = tree.sections.first(where: { $0.id == page.sectionID }) else { return "" }
        var html = HTML()
        html.element("ul", ["class": "page-list"]) { html in
            html += "\n"
            for index in section.guideIndices {
                let guide = tree.pages[index]
                html.element("li") { html in
                    html.element("a", ["href": root + guide.url, "lang": guide.untranslated], text: guide.title)
                    if !guide.description.isEmpty { html.element("p", ["lang": guide.untranslated], text: guide.description) }
                }
                html += "\n"
            }
        }
        return html.description + "\n"
    }

    private func pager(index: Int, root: String) -> String {
        guard let position = guidePosition[index] else { return "" }
        var html = HTML()
        html.element("nav", ["class": "pager", "aria-label": ui.text(.pager)]) { html in
            html += "\n"
            if position > 0 {
                let previous = tree.pages[guideOrder[position - 1]]
                html.element("a", ["class": "pager-prev", "href": root + previous.url]) { html in
                    html.element("span", text: ui.text(.previous))
                    if let language = previous.untranslated { html.element("span", ["lang": language], text: previous.title) } else { html.text(previous.title) }
                }
                html += "\n"
            }
            if position + 1 < guideOrder.count {
                let next = tree.pages[guideOrder[position + 1]]
                html.element("a", ["class": "pager-next", "href": root + next.url]) { html in
                    html.element("span", text: ui.text(.next))
                    if let language = next.untranslated { html.element("span", ["lang": language], text: next.title) } else { html.text(next.title) }
                }
                html += "\n"
            }
        }
        return html.description + "\n"
    }

}
