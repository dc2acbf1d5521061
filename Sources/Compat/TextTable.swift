import Foundation
import Diagnostics
import Yams

/// A key of a text table: its dotted name (`group.name`, the raw value) and the `{name}` placeholders its text may use.
public protocol TextKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The placeholders the text may use: those the program fills, and those it leaves for a later step to fill.
    var arguments: [String] { get }
}

/// A BCP 47 language tag as gpukb accepts one: letters, digits and `-` (`zh-CN`, `en`, `pt-BR`), starting with a
/// letter, at most 35 characters. It names files (`x.en.md`, `strings/en.yaml`), folders and per-language texts, so
/// nothing else may pass.
public enum LanguageTag {
    public static func isValid(_ tag: String) -> Bool {
        guard let first = tag.unicodeScalars.first, first.isASCII, CharacterSet.letters.contains(first), tag.count <= 35 else { return false }
        return tag.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
    }
}

/// `{name}` templates: the one place that reads and fills them, for the theme's texts and the dataset's sentences.
public enum TextTemplate {
    /// The `{name}` placeholders of `text`, in order.
    public static func placeholders(in text: String) -> [String] {
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

    /// `text` with each `{name}` that `values` has replaced by its value; other braces are left as they are, and a
    /// value is never filled again.
    public static func fill(_ text: String, _ values: [String: String]) -> String {
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

/// The texts of one language read from a YAML file of groups (`group: {name: text}`) and checked against the keys a
/// program writes. Every problem is reported with its line and column: an unknown key (with the nearest known one),
/// a value that is not text, a placeholder the program does not fill, and the keys that have no text.
///
/// A text that takes `{count}` may have a singular form beside it, `name_one`, used when the count is 1 (the
/// convention of i18next and Rails): English writes `rows: "{count} rows"` and `rows_one: "{count} row"`; Chinese
/// needs none.
public struct TextTable<Key: TextKey>: Sendable {
    /// The texts by key.
    public let texts: [Key: String]
    /// Singular forms (`name_one`) of texts that take `{count}`.
    public let singular: [Key: String]

    /// The suffix of a singular form's key.
    public static var singularSuffix: String { "_one" }

    /// The text of `key` for `values` from `texts` and `singular`: the singular form when `values["count"]` is 1.
    public static func pick(_ key: Key, _ values: [String: String], texts: [Key: String], singular: [Key: String]) -> String {
        if values["count"] == "1", let one = singular[key] { return one }
        return texts[key] ?? key.rawValue
    }
    /// Texts whose keys follow a list the program knows at run time rather than `Key` (such as one per workload).
    public let listed: [String: String]

    /// Keys that come from a list rather than from `Key`: every key under `prefix` must be one of `keys`, and every one
    /// of `keys` needs a text. Their texts take no placeholders.
    public struct Listed: Sendable {
        public var prefix: String
        public var keys: [String]
        /// What the diagnostic expects, e.g. "'workload.<id>.title' or '.method' for a workload gpukb knows (…)".
        public var expected: String

        public init(prefix: String, keys: [String], expected: String) {
            self.prefix = prefix
            self.keys = keys
            self.expected = expected
        }
    }

    /// Reads and checks `text`; nil when it has any problem. `keysDefinedIn` names the source file that fixes the
    /// keys, for the unknown-key diagnostic.
    public static func load(_ text: String, displayPath: String, keysDefinedIn: String, listed extra: Listed? = nil,
                            into bag: inout DiagnosticBag) -> TextTable? {
        let reader = YAMLReader(path: displayPath, lineOffset: 0)
        let start = SourceLocation(path: displayPath, line: 1, column: 1)
        let errorsBefore = bag.errors.count
        guard let root = reader.compose(text, into: &bag) else {
            if bag.errors.count == errorsBefore {
                bag.add(.error("the string table is empty; expected a mapping of groups to texts", at: start))
            }
            return nil
        }
        let known = Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.rawValue, $0) })
        let listedKeys = Set(extra?.keys ?? [])
        var texts: [Key: String] = [:]
        var singular: [Key: String] = [:]
        var listed: [String: String] = [:]
        var problems = false
        func checkPlaceholders(_ text: String, path: String, arguments: [String], at node: Node) {
            for placeholder in TextTemplate.placeholders(in: text) where !arguments.contains(placeholder) {
                let expected = arguments.isEmpty ? "this text takes none" : "expected " + arguments.map { "{\($0)}" }.joined(separator: ", ")
                bag.add(.error("'\(path)' uses the placeholder {\(placeholder)}, which the build does not fill; \(expected)",
                               at: reader.location(of: node)))
                problems = true
            }
        }
        // A quoted text keeps its surrounding spaces, so a language that needs one can write it (" (default)" after
        // a tag in English where Chinese writes "（默认）"); a plain one is trimmed like every other YAML value.
        func readText(_ node: Node, path: String) -> String? {
            if let scalar = node.scalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
                guard !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                    bag.add(.error("expected '\(path)' to be a non-empty string", at: reader.location(of: node)))
                    return nil
                }
                return scalar.string
            }
            return reader.string(node, key: path, into: &bag)
        }
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
                if let extra, path.hasPrefix(extra.prefix) {
                    guard listedKeys.contains(path) else {
                        bag.add(.error("unknown text key '\(path)'; expected \(extra.expected)" + Suggestions.phrase(for: path, in: extra.keys),
                                       at: reader.location(of: keyNode)))
                        problems = true
                        continue
                    }
                    guard let text = readText(value, path: path) else {
                        problems = true
                        continue
                    }
                    checkPlaceholders(text, path: path, arguments: [], at: value)
                    listed[path] = text
                    continue
                }
                // `name_one`: the singular form of a text that takes {count}.
                let singularOf = known[path] == nil && path.hasSuffix(singularSuffix) ? known[String(path.dropLast(singularSuffix.count))] : nil
                if let key = singularOf, !key.arguments.contains("count") {
                    bag.add(.error("'\(path)' is a singular form, but '\(key.rawValue)' takes no {count}; expected a singular only beside a text with {count}",
                                   at: reader.location(of: keyNode)))
                    problems = true
                    continue
                }
                guard let key = known[path] ?? singularOf else {
                    bag.add(.error("unknown text key '\(path)'; expected a key that gpukb writes (\(keysDefinedIn))"
                                   + Suggestions.phrase(for: path, in: Array(known.keys)), at: reader.location(of: keyNode)))
                    problems = true
                    continue
                }
                guard let text = readText(value, path: path) else {
                    problems = true
                    continue
                }
                checkPlaceholders(text, path: path, arguments: key.arguments, at: value)
                if singularOf != nil { singular[key] = text } else { texts[key] = text }
            }
        }
        walk(root, prefix: "")
        let missing = Key.allCases.filter { texts[$0] == nil }.map(\.rawValue) + (extra?.keys ?? []).filter { listed[$0] == nil }
        if !missing.isEmpty {
            let shown = missing.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (missing.count > 8 ? " and \(missing.count - 8) more" : "")
            bag.add(.error("the string table has no text for \(shown); expected every key that gpukb writes", at: start))
            return nil
        }
        return problems ? nil : TextTable(texts: texts, singular: singular, listed: listed)
    }
}
