import Diagnostics
import Foundation

/// A file found under `content/`, read into memory.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the content folder, `/`-separated (e.g. `cuda/toolkit.md`).
    public var path: String
    /// Path shown in diagnostics (relative to the working directory where possible).
    public var displayPath: String
    /// The bytes.
    public var data: Data
}

/// What `discover` found: content files and the theme folder.
public struct SourceTree: Sendable {
    /// `content/site.yaml`, if present.
    public var siteConfig: SourceFile?
    /// Markdown files, sorted by path.
    public var markdown: [SourceFile]
    /// Other files to copy as they are (images, downloads), sorted by path.
    public var staticFiles: [SourceFile]
    /// The theme's folder.
    public var themeDirectory: URL
}

/// Decodes file bytes as UTF-8, reporting the first invalid byte with its line and column.
enum TextDecoding {
    static func decode(_ file: SourceFile, into bag: inout DiagnosticBag) -> String? {
        if let text = String(validating: file.data, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var line = 1
        var column = 1
        var iterator = file.data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            case .error:
                break loop
            case .emptyInput:
                break loop
            }
        }
        bag.add(.error("file is not valid UTF-8; expected UTF-8 text (save the file as UTF-8)",
                       at: SourceLocation(path: file.displayPath, line: line, column: column)))
        return nil
    }
}

extension SourceTree {
    /// The `discover` stage: walks `contentDirectory` and locates the theme.
    static func discover(contentDirectory: URL, contentDisplay: String, themeDirectory: URL) throws(DiagnosticsError) -> SourceTree {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([.error("content folder not found; expected a folder with site.yaml and guides",
                                           at: SourceLocation(path: contentDisplay))])
        }
        var tree = SourceTree(siteConfig: nil, markdown: [], staticFiles: [], themeDirectory: themeDirectory)
        let root = contentDirectory.standardizedFileURL.path
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
        guard let enumerator = fileManager.enumerator(at: contentDirectory, includingPropertiesForKeys: keys) else {
            return tree
        }
        var found: [(path: String, relative: String)] = []
        var outside: [Diagnostic] = []
        let realRoot = contentDirectory.resolvingSymlinksInPath().path
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            let values = try? url.resourceValues(forKeys: Set(keys))
            // Hidden files and Python's byte-code caches (left by running a download's tests) are not content.
            if name.hasPrefix(".") || name == "__pycache__" || name.hasSuffix(".pyc") {
                if values?.isDirectory == true { enumerator.skipDescendants() }
                continue
            }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            // A symbolic link is followed only when it stays inside content/: the site (and `serve`) must never
            // publish a file from elsewhere on the machine. One that leaves is an error naming its target, and
            // nothing below it is read.
            // Only links are resolved (a realpath per file cost a tenth of discover at 10 000 pages): the enumerator
            // does not enter a link that is skipped here, so everything else lies inside content/.
            let isLink = values?.isSymbolicLink == true
            let target = isLink ? url.resolvingSymlinksInPath().path : realRoot + "/" + relative
            if !target.hasPrefix(realRoot + "/") {
                if isLink {
                    outside.append(.error("symbolic link points outside content/ (to \(target)); gpukb publishes only files inside content/",
                                          at: SourceLocation(path: "\(contentDisplay)/\(relative)"),
                                          note: "copy the file or folder into content/, or link to a target inside it"))
                }
                enumerator.skipDescendants()
                continue
            }
            // content/data/ is entered too, so a link there that leaves content/ is refused before any loader reads it.
            if values?.isDirectory == true { continue }
            // A link inside content/ is read as the file it points to.
            let isFile = values?.isSymbolicLink == true
                ? (try? URL(fileURLWithPath: target).resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
                : values?.isRegularFile == true
            // The dataset, benchmark runs and check records are read by their own loaders, not published as files.
            guard isFile, !relative.hasPrefix("data/") else { continue }
            found.append((url.path, relative))
        }
        if !outside.isEmpty { throw DiagnosticsError(outside) }
        // Read on all cores: ten thousand small files are mostly system-call latency.
        let read = parallelMap(found, parallel: true) { path, relative -> SourceFile? in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return SourceFile(path: relative, displayPath: "\(contentDisplay)/\(relative)", data: data)
        }
        for file in read.compactMap({ $0 }) {
            if file.path == "site.yaml" {
                tree.siteConfig = file
            } else if file.path.hasSuffix(".md") {
                tree.markdown.append(file)
            } else {
                tree.staticFiles.append(file)
            }
        }
        tree.markdown.sort { $0.path < $1.path }
        tree.staticFiles.sort { $0.path < $1.path }
        return tree
    }
}
