import Diagnostics
import Foundation
import Mustache

/// A loaded theme: parsed Mustache templates and the asset files to copy into the site.
public struct Theme: Sendable {
    /// One file under the theme's `assets/` folder.
    public struct Asset: Sendable, Hashable {
        /// Path relative to `assets/`, with `/` separators.
        public var path: String
        /// The file's bytes.
        public var data: Data
    }

    /// The templates every theme must provide.
    public static let requiredTemplates = ["page"]

    /// One file under the theme's `strings/` folder: the reader-facing text of one language, not yet parsed (the
    /// pipeline parses and checks it against the keys it uses).
    public struct StringsFile: Sendable, Hashable {
        /// The language tag, from the file name (`zh-CN` for `strings/zh-CN.yaml`).
        public var language: String
        /// Path shown in diagnostics.
        public var displayPath: String
        /// The file's text.
        public var text: String
    }

    /// The asset files, sorted by path.
    public let assets: [Asset]
    /// The string tables by language.
    public let strings: [String: StringsFile]
    private let library: MustacheLibrary
    /// Pages of a shape already seen are rendered without Mustache's per-variable lookups.
    let compiled: CompiledTemplates

    /// Loads `directory` (containing `templates/` and `assets/`); `displayPath` prefixes paths in diagnostics.
    public static func load(from directory: URL, displayPath: String) throws(DiagnosticsError) -> Theme {
        var bag = DiagnosticBag()
        let fileManager = FileManager.default
        let templatesURL = directory.appendingPathComponent("templates")
        var library = MustacheLibrary()
        var names: Set<String> = []
        var sources: [String] = []
        let templateFiles = (try? fileManager.contentsOfDirectory(atPath: templatesURL.path)) ?? []
        for file in templateFiles.sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let shown = "\(displayPath)/templates/\(file)"
            names.insert(name)
            guard let data = fileManager.contents(atPath: templatesURL.appendingPathComponent(file).path),
                  let text = String(data: data, encoding: .utf8) else {
                bag.add(.error("cannot read template as UTF-8 text", at: SourceLocation(path: shown)))
                continue
            }
            sources.append(text)
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(path: shown, line: error.context.lineNumber, column: error.context.columnNumber + 1)
                bag.add(.error("invalid Mustache template: \(error.error)", at: location))
            } catch {
                bag.add(.error("invalid Mustache template: \(error)", at: SourceLocation(path: shown)))
            }
        }
        for required in requiredTemplates where !names.contains(required) {
            bag.add(.error("theme has no template '\(required).mustache'; expected it in templates/",
                           at: SourceLocation(path: "\(displayPath)/templates/\(required).mustache")))
        }
        let strings = loadStrings(directory.appendingPathComponent("strings"), displayPath: "\(displayPath)/strings", into: &bag)
        try bag.throwIfErrors()
        return Theme(assets: loadAssets(directory.appendingPathComponent("assets")), strings: strings, library: library,
                     compiled: CompiledTemplates(sources: sources))
    }

    /// Renders template `name` with `values` (dictionaries, arrays and strings). Triple mustaches insert raw HTML.
    public func render(_ name: String, _ values: [String: Any]) -> String {
        compiled.render(name, values, library: library)
    }

    // MARK: - Private

    private init(assets: [Asset], strings: [String: StringsFile], library: MustacheLibrary, compiled: CompiledTemplates) {
        self.assets = assets
        self.strings = strings
        self.library = library
        self.compiled = compiled
    }

    private static func loadStrings(_ directory: URL, displayPath: String, into bag: inout DiagnosticBag) -> [String: StringsFile] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var result: [String: StringsFile] = [:]
        for file in files.sorted() where file.hasSuffix(".yaml") && !file.hasPrefix(".") {
            let shown = "\(displayPath)/\(file)"
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path),
                  let text = String(data: data, encoding: .utf8) else {
                bag.add(.error("cannot read the string table as UTF-8 text", at: SourceLocation(path: shown)))
                continue
            }
            let language = String(file.dropLast(".yaml".count))
            result[language] = StringsFile(language: language, displayPath: shown, text: text)
        }
        return result
    }

    private static func loadAssets(_ root: URL) -> [Asset] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var assets: [Asset] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  !url.lastPathComponent.hasPrefix("."),
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            assets.append(Asset(path: path, data: data))
        }
        return assets.sorted { $0.path < $1.path }
    }
}
