import Bench
import Compat
import Diagnostics
import Markup
import Theme
import Yams

/// The reader-facing text of one language: the theme's `strings/<language>.yaml`, checked against `UIText`.
struct SiteText: Sendable {
    /// The language tag, as in `site.yaml`.
    let language: String
    private let texts: [UIText: String]
    /// Texts whose keys follow a list the build knows rather than `UIText`: `workload.<id>.title` and `.method`.
    private let listed: [String: String]
    /// The `page.*` plain texts by their name without the group, for the page template (`{{t.skip_link}}`).
    let template: [String: String]

    init(language: String, texts: [UIText: String], listed: [String: String] = [:]) {
        self.language = language
        self.texts = texts
        self.listed = listed
        var template: [String: String] = [:]
        for key in UIText.allCases where key.rawValue.hasPrefix("page.") && !key.isHTML {
            template[String(key.rawValue.dropFirst("page.".count))] = texts[key] ?? key.rawValue
        }
        self.template = template
    }

    /// The plain text of `key` with its placeholders filled from `values` (plain text).
    func text(_ key: UIText, _ values: [String: String] = [:]) -> String {
        Self.fill(texts[key] ?? key.rawValue, values)
    }

    /// `key` as HTML. A plain key is filled from `values` (plain text) and then escaped; an `_html` key is filled
    /// from `values` as they are, so the caller escapes what goes into it.
    func html(_ key: UIText, _ values: [String: String] = [:]) -> String {
        let filled = Self.fill(texts[key] ?? key.rawValue, values)
        return key.isHTML ? filled : HTMLEscaping.escape(filled)
    }

    /// A benchmark workload's chart title (plain text); its id when the table has none.
    func workloadTitle(_ id: String) -> String { listed["workload.\(id).title"] ?? id }

    /// How a benchmark workload's figure was taken (plain text); empty when the table has none.
    func workloadMethod(_ id: String) -> String { listed["workload.\(id).method"] ?? "" }

    /// The keys a table must hold besides `UIText`'s: a title and a method for every workload in `Workload.all`.
    static let listedKeys: [String] = Workload.all.flatMap { ["workload.\($0.id).title", "workload.\($0.id).method"] }

    /// The name of a driver branch designation.
    func designation(_ designation: DriverBranch.Designation) -> String {
        switch designation {
        case .ltsb: text(.branchLTSB)
        case .production: text(.branchProduction)
        case .newFeature: text(.branchNewFeature)
        }
    }

    /// Reads and checks the theme's table for `language`. Every problem is reported (a missing key, an unknown
    /// key, a placeholder the build does not fill, a value that is not text), each with its line and column.
    static func load(_ theme: Theme, language: String, themeDisplay: String, languageLocation: SourceLocation,
                     into bag: inout DiagnosticBag) -> SiteText? {
        guard let file = theme.strings[language] else {
            let known = theme.strings.keys.sorted()
            bag.add(.error("the theme has no string table for language '\(language)'; expected \(themeDisplay)/strings/\(language).yaml"
                           + (known.isEmpty ? "" : " (it has: \(known.joined(separator: ", ")))"), at: languageLocation))
            return nil
        }
        let reader = YAMLReader(path: file.displayPath, lineOffset: 0)
        let start = SourceLocation(path: file.displayPath, line: 1, column: 1)
        guard let root = reader.compose(file.text, into: &bag) else {
            bag.add(.error("the string table is empty; expected a mapping of groups (page, search, …) to texts", at: start))
            return nil
        }
        let known = Dictionary(uniqueKeysWithValues: UIText.allCases.map { ($0.rawValue, $0) })
        var texts: [UIText: String] = [:]
        var listed: [String: String] = [:]
        let listedKeys = Set(Self.listedKeys)
        var problems = false
        func walk(_ node: Node, prefix: String) {
            guard let mapping = node.mapping else {
                bag.add(.error("expected \(prefix.isEmpty ? "the string table" : "'\(prefix)'") to be a mapping of names to texts, found \(reader.describe(node))",
                               at: reader.location(of: node)))
                problems = true
                return
            }
            for (keyNode, value) in mapping {
                guard let name = keyNode.scalar?.string, !name.isEmpty else {
                    bag.add(.error("expected a name as key", at: reader.location(of: keyNode)))
                    problems = true
                    continue
                }
                let path = prefix.isEmpty ? name : prefix + "." + name
                if value.mapping != nil {
                    walk(value, prefix: path)
                    continue
                }
                if path.hasPrefix("workload.") {
                    guard listedKeys.contains(path) else {
                        bag.add(.error("unknown text key '\(path)'; expected 'workload.<id>.title' or '.method' for a workload gpukb knows (Sources/Bench/Workloads.swift)"
                                       + Suggestions.phrase(for: path, in: Self.listedKeys), at: reader.location(of: keyNode)))
                        problems = true
                        continue
                    }
                    guard let text = reader.string(value, key: path, into: &bag) else {
                        problems = true
                        continue
                    }
                    if let placeholder = placeholders(in: text).first {
                        bag.add(.error("'\(path)' uses the placeholder {\(placeholder)}, which the build does not fill; this text takes none",
                                       at: reader.location(of: value)))
                        problems = true
                    }
                    listed[path] = text
                    continue
                }
                guard let key = known[path] else {
                    bag.add(.error("unknown text key '\(path)'; expected a key that gpukb writes (Sources/SitePipeline/UIText.swift)"
                                   + Suggestions.phrase(for: path, in: Array(known.keys)), at: reader.location(of: keyNode)))
                    problems = true
                    continue
                }
                guard let text = reader.string(value, key: path, into: &bag) else {
                    problems = true
                    continue
                }
                for placeholder in placeholders(in: text) where !key.arguments.contains(placeholder) {
                    let expected = key.arguments.isEmpty ? "this text takes none" : "expected " + key.arguments.map { "{\($0)}" }.joined(separator: ", ")
                    bag.add(.error("'\(path)' uses the placeholder {\(placeholder)}, which the build does not fill; \(expected)",
                                   at: reader.location(of: value)))
                    problems = true
                }
                texts[key] = text
            }
        }
        walk(root, prefix: "")
        let missing = UIText.allCases.filter { texts[$0] == nil }.map(\.rawValue) + Self.listedKeys.filter { listed[$0] == nil }
        if !missing.isEmpty {
            let shown = missing.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (missing.count > 8 ? " and \(missing.count - 8) more" : "")
            bag.add(.error("the string table has no text for \(shown); expected every key that gpukb writes", at: start))
            return nil
        }
        return problems ? nil : SiteText(language: language, texts: texts, listed: listed)
    }

    /// The `{name}` placeholders of `text`, in order.
    static func placeholders(in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0 == "_" || ($0.isASCII && $0.isLetter) }) { result.append(String(name)) }
            rest = after
        }
        return result
    }

    /// `text` with each `{name}` that `values` has replaced by its value; other braces are left as they are.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}
