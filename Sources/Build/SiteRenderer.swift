import Foundation
import Markup
import Theme

/// The `render` stage: Markdown to HTML, then the theme's page template, with shared fragments rendered once.
struct SiteRenderer: Sendable {
    let tree: ContentTree
    let theme: Theme
    /// Pre-rendered navigation, per page depth: one HTML string per section, collapsed.
    private let collapsedNav: [Int: [String]]
    /// Pre-rendered navigation for the expanded section, per depth and section.
    private let expandedNav: [Int: [String]]
    private let guideOrder: [Int]

    /// Sites with more pages than this list only section links for sections other than the current one.
    static let fullNavigationLimit = 400

    init(tree: ContentTree, theme: Theme) {
        self.tree = tree
        self.theme = theme
        let depths = Set(tree.pages.map { Self.depth(of: $0.url) })
        let full = tree.pages.count <= Self.fullNavigationLimit
        var collapsed: [Int: [String]] = [:]
        var expanded: [Int: [String]] = [:]
        for depth in depths {
            let root = String(repeating: "../", count: depth)
            collapsed[depth] = tree.sections.map { Self.sectionNav($0, tree: tree, root: root, open: false, pages: full) }
            expanded[depth] = tree.sections.map { Self.sectionNav($0, tree: tree, root: root, open: true, pages: true) }
        }
        collapsedNav = collapsed
        expandedNav = expanded
        guideOrder = tree.sections.flatMap(\.guideIndices)
    }

    /// A rendered page: the full document, and the page's own content (what search indexes).
    struct Rendered: Sendable {
        var html: String
        var content: String
    }

    /// Renders page `index` of the tree (whose body has been transformed and resolved) to a full HTML document.
    func render(_ page: Page, index: Int, toc: [TOCEntry]) -> Rendered {
        let depth = Self.depth(of: page.url)
        let root = String(repeating: "../", count: depth)
        let content = HTMLRenderer().render(page.document)
        var body = content
        switch page.kind {
        case .home: body += homeListing(root: root)
        case .section: body += sectionListing(page, root: root)
        case .guide, .generated: body += pager(index: index, root: root)
        case .notFound: body += "<p>你要找的页面不存在，可能已被移动或删除。<a href=\"index.html\">回到首页</a>。</p>\n"
        }
        var values: [String: Any] = [
            "root": root,
            "site": ["title": tree.config.title, "description": tree.config.description, "language": tree.config.language],
            "title": page.title,
            "description": page.description.isEmpty ? tree.config.description : page.description,
            "kind": page.kind.rawValue,
            "isHome": page.kind == .home,
            "nav": navigation(for: page, depth: depth),
            "toc": tableOfContents(toc),
            "body": body,
            "meta": meta(page.frontMatter),
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

    private func navigation(for page: Page, depth: Int) -> String {
        let collapsed = collapsedNav[depth] ?? []
        let expanded = expandedNav[depth] ?? []
        let root = String(repeating: "../", count: depth)
        var html = "<ul class=\"nav-sections\">\n"
        for (index, section) in tree.sections.enumerated() {
            if section.id == page.sectionID {
                let link = "<a href=\"\(root)\(HTMLEscaping.escape(page.url))\">"
                html += expanded[index].replacingOccurrences(of: link, with: "<a href=\"\(root)\(HTMLEscaping.escape(page.url))\" aria-current=\"page\">")
            } else {
                html += collapsed[index]
            }
        }
        return html + "</ul>\n"
    }

    private static func sectionNav(_ section: Section, tree: ContentTree, root: String, open: Bool, pages: Bool) -> String {
        let sectionPage = tree.pages[section.pageIndex]
        let link = "<a href=\"\(root)\(HTMLEscaping.escape(sectionPage.url))\">\(HTMLEscaping.escape(section.title))</a>"
        guard pages, !section.guideIndices.isEmpty else {
            return "<li class=\"nav-section\(open ? " is-current" : "")\">\(link)</li>\n"
        }
        var html = "<li class=\"nav-section\(open ? " is-current" : "")\"><details\(open ? " open" : "")><summary>\(link)</summary>\n"
        html += "<ul class=\"nav-pages\">\n"
        for index in section.guideIndices {
            let page = tree.pages[index]
            html += "<li><a href=\"\(root)\(HTMLEscaping.escape(page.url))\">\(HTMLEscaping.escape(page.title))</a></li>\n"
        }
        return html + "</ul>\n</details></li>\n"
    }

    private func tableOfContents(_ entries: [TOCEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        var html = "<nav class=\"toc\" aria-label=\"本页目录\"><p class=\"toc-title\">本页目录</p>\n<ul>\n"
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
        if let updated = matter.updated { parts.append("更新于 <time datetime=\"\(updated)\">\(updated)</time>") }
        if !matter.tags.isEmpty {
            parts.append("标签：" + matter.tags.map { "<span class=\"tag\">\(HTMLEscaping.escape($0))</span>" }.joined(separator: " "))
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
                html += "<li><a href=\"\(root)\(HTMLEscaping.escape(page.url))\">全部 \(section.guideIndices.count) 篇…</a></li>\n"
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
        guard let position = guideOrder.firstIndex(of: index) else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"上一篇和下一篇\">\n"
        if position > 0 {
            let previous = tree.pages[guideOrder[position - 1]]
            html += "<a class=\"pager-prev\" href=\"\(root)\(HTMLEscaping.escape(previous.url))\"><span>上一篇</span>\(HTMLEscaping.escape(previous.title))</a>\n"
        }
        if position + 1 < guideOrder.count {
            let next = tree.pages[guideOrder[position + 1]]
            html += "<a class=\"pager-next\" href=\"\(root)\(HTMLEscaping.escape(next.url))\"><span>下一篇</span>\(HTMLEscaping.escape(next.title))</a>\n"
        }
        return html + "</nav>\n"
    }

    static func depth(of url: String) -> Int { url.split(separator: "/").count - 1 }
}
