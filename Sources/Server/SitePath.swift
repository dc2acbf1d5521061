import Foundation

/// Maps a request's raw path to a file of the in-memory site. Only keys of the output are ever served, so nothing
/// outside it can be reached; paths that try (`..`, encoded slashes or dots, backslashes, NUL) are refused outright.
public enum SitePath {
    /// What to answer.
    public enum Resolution: Equatable, Sendable {
        /// Serve this output path.
        case file(String)
        /// The path names a folder: redirect to it with a trailing slash.
        case redirect(String)
        case notFound
        case badRequest
    }

    /// Resolves `raw` (percent-encoded, without the query) against `exists`.
    public static func resolve(_ raw: String, exists: (String) -> Bool) -> Resolution {
        guard raw.hasPrefix("/") else { return .badRequest }
        let lowered = raw.lowercased()
        // An encoded '/', '\' or '.' has no business in a static site's URL; refusing them closes every trick that
        // decodes into a traversal after a check.
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%2e") || lowered.contains("%00") { return .notFound }
        guard let decoded = raw.removingPercentEncoding else { return .badRequest }
        if decoded.contains("\\") || decoded.contains("\0") || decoded.contains("//") { return .notFound }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) { return .notFound }
        var path = segments.joined(separator: "/")
        if decoded.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        if exists(path) { return .file(path) }
        if !decoded.hasSuffix("/"), exists(path + "/index.html") { return .redirect(raw + "/") }
        return .notFound
    }

    /// The Content-Type for an output path.
    public static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "xml": return "application/xml; charset=utf-8"
        case "txt", "md", "py", "sh", "yaml", "yml": return "text/plain; charset=utf-8"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
