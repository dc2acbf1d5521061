/// Where a page sits in the output: how deep its URL is and the relative prefix back to the site root. Pages link
/// with relative URLs so the site works from `file://`; every link to a site-wide file starts with this prefix.
enum PagePath {
    /// Folders above the page's file (`a/b/index.html` → 2, `index.html` → 0).
    static func depth(of url: String) -> Int { max(0, url.split(separator: "/").count - 1) }

    /// The prefix from a page at `depth` back to the site root (`../../`).
    static func root(depth: Int) -> String { String(repeating: "../", count: depth) }

    /// The prefix from the page at `url` back to the site root.
    static func root(of url: String) -> String { root(depth: depth(of: url)) }
}

extension Page {
    /// The relative prefix from this page back to the site root.
    var root: String { PagePath.root(of: url) }
}
