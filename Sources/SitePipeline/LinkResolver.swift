import Diagnostics
import Foundation
import Markup

/// Rewrites Markdown links to `.md` files into relative page URLs and verifies every internal link and anchor.
struct LinkResolver: Sendable {
    /// Page URL for each source path (`cuda/toolkit.md` → `cuda/toolkit/index.html`).
    let pageForSource: [String: String]
    /// Ids available on each page URL.
    let anchorsForPage: [String: Set<String>]
    /// Source paths that exist but failed to parse: links to them are not checked further.
    let unchecked: Set<String>
    /// Static files by output path.
    let staticPaths: Set<String>
    /// In a translation's edition: the translated file of each translated page, by URL, to name it when a link's
    /// `#fragment` is missing there.
    var translatedFiles: [String: String] = [:]

    /// Resolves every link and image of `page`; broken ones are errors at the link's position.
    func resolve(_ transformed: TransformedPage) -> (Page, [Diagnostic]) {
        var bag = DiagnosticBag()
        var page = transformed.page
        let base = page.sourcePath.map(Self.directory) ?? Self.directory(of: page.url)
        page.document = page.document.rewritten { node in
            switch node.kind {
            case .link(let destination, let title):
                let resolved = resolve(destination, in: page, base: base, node: node, image: false, into: &bag)
                guard resolved != destination else { return nil }
                var copy = node
                copy.kind = .link(destination: resolved, title: title)
                return copy
            case .image(let source, let title):
                let resolved = resolve(source, in: page, base: base, node: node, image: true, into: &bag)
                guard resolved != source else { return nil }
                var copy = node
                copy.kind = .image(source: resolved, title: title)
                return copy
            default:
                return nil
            }
        }
        return (page, bag.all)
    }

    // MARK: - Private

    /// The folder part of a relative path (`a/b.md` → `a`, `b.md` → ``).
    static func directory(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// `text` with percent escapes decoded (as itself when it has none or they are invalid).
    static func decoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding ?? text : text
    }

    /// `destination` as written in a page whose source folder is `base`.
    private func resolve(_ destination: String, in page: Page, base: String, node: MarkupNode, image: Bool,
                         into bag: inout DiagnosticBag) -> String {
        let location = SourceLocation(path: page.displayPath, line: node.start.line, column: node.start.column)
        if destination.isEmpty || Self.isExternal(destination) { return destination }
        let (pathPart, fragment) = Self.splitFragment(destination)
        if pathPart.isEmpty {
            if let fragment { check(fragment, on: page.url, location: location, into: &bag) }
            return destination
        }
        let decoded = Self.decoded(pathPart)
        guard let target = Self.normalize(decoded.hasPrefix("/") ? String(decoded.dropFirst()) : base.isEmpty ? decoded : base + "/" + decoded) else {
            bag.add(.error("link '\(destination)' points outside the content folder", at: location))
            return destination
        }
        let output: String
        if unchecked.contains(target) { return destination }
        if target.hasSuffix(".md") {
            guard let url = pageForSource[target] else {
                bag.add(.error("link to a missing page '\(destination)'; expected content/\(target) to exist", at: location,
                               note: "links to guides are relative paths to their .md file"))
                return destination
            }
            output = url
            if let fragment { check(fragment, on: url, location: location, into: &bag, linkText: destination) }
        } else if staticPaths.contains(target) {
            output = target
        } else if let url = [target, target + "/index.html"].first(where: { anchorsForPage[$0] != nil }) {
            // A page without a source file: one generated from the dataset, linked by its URL.
            output = url
            if let fragment { check(fragment, on: url, location: location, into: &bag, linkText: destination) }
        } else if let url = pageForSource[target.isEmpty ? "_index.md" : target + "/_index.md"] {
            output = url
        } else {
            let what = image ? "image" : "file"
            bag.add(.error("link to a missing \(what) '\(destination)'; expected content/\(target) to exist", at: location))
            return destination
        }
        let relative = Self.relativePath(from: page.url, to: output)
        return fragment.map { relative + "#" + $0 } ?? relative
    }

    private func check(_ fragment: String, on url: String, location: SourceLocation, into bag: inout DiagnosticBag, linkText: String? = nil) {
        var target = linkText.map { "'\($0)'" } ?? "this page"
        if let file = translatedFiles[url] { target += " in its translation \(file) (give the translated heading the original's id, '## … {#\(Self.decoded(fragment))}')" }
        guard let anchors = anchorsForPage[url],
              let problem = Self.missingAnchor(fragment, in: anchors, target: target, at: location) else { return }
        bag.add(problem)
    }

    /// The error for a `#fragment` that is no heading id in `anchors` (with the ids that start alike), or nil.
    static func missingAnchor(_ fragment: String, in anchors: Set<String>, target: String, prefix: String = "", at location: SourceLocation) -> Diagnostic? {
        guard !fragment.isEmpty else { return nil }
        let id = decoded(fragment)
        guard !anchors.contains(id) else { return nil }
        let near = anchors.filter { $0.hasPrefix(String(id.prefix(2))) }.sorted().prefix(5)
        return .error(prefix + "anchor '#\(id)' not found on \(target); expected a heading with that id", at: location,
                      note: near.isEmpty ? nil : "ids on that page include: \(near.joined(separator: ", "))")
    }

    static func isExternal(_ url: String) -> Bool {
        if url.hasPrefix("//") { return true }
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." } && !scheme.contains("/")
    }

    static func splitFragment(_ url: String) -> (String, String?) {
        var path = url
        var fragment: String?
        if let hash = url.firstIndex(of: "#") {
            path = String(url[..<hash])
            fragment = String(url[url.index(after: hash)...])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path, fragment)
    }

    /// Resolves `.` and `..`; `nil` when the path climbs above the root.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The relative URL from the page at output path `from` to output path `to`.
    static func relativePath(from: String, to: String) -> String {
        let fromDirectory = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        var common = 0
        while common < fromDirectory.count, common < target.count - 1,
              fromDirectory[fromDirectory.startIndex + common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromDirectory.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
