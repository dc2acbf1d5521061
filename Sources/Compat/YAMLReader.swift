import Diagnostics
import Foundation
import Yams

/// The files of a data folder ending in `suffix`, sorted by name, with their text; a missing folder has none.
public func dataFiles(in directory: URL, suffix: String) -> [(name: String, text: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.filter { $0.hasSuffix(suffix) }.sorted() ?? []
    return names.compactMap { name in
        FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { (name, String(decoding: $0, as: UTF8.self)) }
    }
}

/// Reads YAML into `Yams.Node` and turns every problem into a `Diagnostic` with `path:line:col`.
public struct YAMLReader: Sendable {
    /// Path shown in diagnostics.
    public let path: String
    /// Added to every line, for YAML embedded after other lines (front matter starts on line 2).
    public let lineOffset: Int

    /// Composes `text`; syntax errors become diagnostics.
    public func compose(_ text: String, into bag: inout DiagnosticBag) -> Node? {
        do {
            // An explicit encoding: the default one reads the process environment on every call.
            return try Parser(yaml: text, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            bag.add(diagnostic(for: error, text: text))
            return nil
        } catch {
            bag.add(.error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1, column: 1)))
            return nil
        }
    }

    /// The location of `node` in the file.
    public func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// Reads a mapping; each key must be a string. Reports unknown keys as errors.
    public func mapping(_ node: Node, allowed: [String], what: String, into bag: inout DiagnosticBag) -> [String: (key: Node, value: Node)] {
        guard let mapping = node.mapping else {
            bag.add(.error("expected \(what) to be a mapping of keys to values, found \(describe(node))", at: location(of: node)))
            return [:]
        }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                bag.add(.error("expected a string key in \(what)", at: location(of: key)))
                continue
            }
            if !allowed.contains(name) {
                bag.add(.error("unknown key '\(name)' in \(what); expected one of: \(allowed.joined(separator: ", "))",
                               at: location(of: key)))
                continue
            }
            result[name] = (key, value)
        }
        return result
    }

    /// A non-empty string scalar.
    /// The entries of a text written per language (`{zh-CN: …, en: …}`), in file order, each key checked to be a
    /// language tag (`LanguageTag`); a key that is not one is reported as "expected `expected`" and left out.
    public func languages(of mapping: Node.Mapping, expected: String, into bag: inout DiagnosticBag) -> [(language: String, value: Node)] {
        mapping.compactMap { key, value in
            let language = key.scalar?.string ?? ""
            guard LanguageTag.isValid(language) else {
                bag.add(.error("expected \(expected); '\(language)' is not a language tag", at: location(of: key)))
                return nil
            }
            return (language, value)
        }
    }

    public func string(_ node: Node, key: String, into bag: inout DiagnosticBag) -> String? {
        guard let scalar = node.scalar, scalar.style != .plain || isPlainString(scalar) else {
            bag.add(.error("expected '\(key)' to be a string, found \(describe(node))", at: location(of: node)))
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            bag.add(.error("expected '\(key)' to be a non-empty string", at: location(of: node)))
            return nil
        }
        return value
    }

    /// An integer scalar.
    public func int(_ node: Node, key: String, into bag: inout DiagnosticBag) -> Int? {
        guard let scalar = node.scalar, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            bag.add(.error("expected '\(key)' to be an integer, found \(describe(node))", at: location(of: node)))
            return nil
        }
        return value
    }

    /// A boolean scalar (`true`/`false`).
    public func bool(_ node: Node, key: String, into bag: inout DiagnosticBag) -> Bool? {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            bag.add(.error("expected '\(key)' to be true or false, found \(describe(node))", at: location(of: node)))
            return nil
        }
    }

    /// A list of strings (a single string is accepted as a one-element list).
    public func strings(_ node: Node, key: String, into bag: inout DiagnosticBag) -> [String]? {
        if node.scalar != nil { return string(node, key: key, into: &bag).map { [$0] } }
        guard let sequence = node.sequence else {
            bag.add(.error("expected '\(key)' to be a list of strings, found \(describe(node))", at: location(of: node)))
            return nil
        }
        return sequence.compactMap { string($0, key: key, into: &bag) }
    }

    /// A calendar date `YYYY-MM-DD` that exists (Yams would roll `2024-02-30` over to March).
    public func date(_ node: Node, key: String, into bag: inout DiagnosticBag) -> String? {
        let text = node.scalar?.string.trimmingCharacters(in: .whitespaces) ?? ""
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, text.count == 10, let year = parts[0], let month = parts[1], let day = parts[2],
              (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
            bag.add(.error("expected '\(key)' to be a date YYYY-MM-DD that exists, found \(describe(node))", at: location(of: node)))
            return nil
        }
        return text
    }

    /// Creates a reader for the file shown as `path`, whose YAML starts after `lineOffset` lines.
    public init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// A number scalar.
    public func double(_ node: Node, key: String, into bag: inout DiagnosticBag) -> Double? {
        guard let scalar = node.scalar, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            bag.add(.error("expected '\(key)' to be a number, found \(describe(node))", at: location(of: node)))
            return nil
        }
        guard value.isFinite else {
            bag.add(.error("expected '\(key)' to be a finite number, found \(describe(node))", at: location(of: node)))
            return nil
        }
        return value
    }

    /// A finite number in `range` (such as `0...` excluding zero for sizes); out-of-range values are reported.
    public func double(_ node: Node, key: String, in range: ClosedRange<Double>, excludingLower: Bool = false, into bag: inout DiagnosticBag) -> Double? {
        guard let value = double(node, key: key, into: &bag) else { return nil }
        guard range.contains(value), !(excludingLower && value == range.lowerBound) else {
            let lower = excludingLower ? "greater than \(Matrices.formatNumber(range.lowerBound))" : "at least \(Matrices.formatNumber(range.lowerBound))"
            bag.add(.error("expected '\(key)' to be \(lower) and at most \(Matrices.formatNumber(range.upperBound)), found \(describe(node))", at: location(of: node)))
            return nil
        }
        return value
    }

    /// A date `YYYY-MM` or `YYYY-MM-DD` that exists.
    public func partialDate(_ node: Node, key: String, into bag: inout DiagnosticBag) -> String? {
        let text = node.scalar?.string.trimmingCharacters(in: .whitespaces) ?? ""
        if text.count == 7 {
            let parts = text.split(separator: "-").map { Int($0) }
            if parts.count == 2, let year = parts[0], let month = parts[1], year > 1900, (1...12).contains(month) { return text }
            bag.add(.error("expected '\(key)' to be a date YYYY-MM or YYYY-MM-DD, found \(describe(node))", at: location(of: node)))
            return nil
        }
        return date(node, key: key, into: &bag)
    }

    /// A short description of a node's kind and value, for messages.
    public func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? "an empty value" : Diagnostic.quoted(scalar.string)
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: - Private

    private func isPlainString(_ scalar: Node.Scalar) -> Bool {
        // Numbers, booleans and nulls written plainly are not strings; anything else plain is.
        let lower = scalar.string.lowercased()
        if ["true", "false", "null", "~", "yes", "no", "", ".nan", ".inf", "+.inf", "-.inf"].contains(lower) { return false }
        return Double(scalar.string) == nil
    }


    private func diagnostic(for error: YamlError, text: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return .error("invalid YAML: \(detail)", at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            // Yams points at the mapping; point at the second occurrence of the first duplicated key instead.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let key = duplicates.sorted().first ?? ""
            let hits = lines.indices.filter { lines[$0].drop { $0 == " " }.hasPrefix(key + ":") && $0 >= context.mark.line - 1 }
            let line = hits.count > 1 ? hits[1] + 1 : context.mark.line
            let column = hits.count > 1 ? lines[hits[1]].prefix { $0 == " " }.count + 1 : context.mark.column
            return .error("duplicate key \(keys); each key may appear once",
                          at: SourceLocation(path: path, line: line + lineOffset, column: column))
        case let .reader(problem, _, _, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path, line: lineOffset + 1, column: 1))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1, column: 1))
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
