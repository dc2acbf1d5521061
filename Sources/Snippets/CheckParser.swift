import Compat
import Diagnostics
import Foundation

/// Reads a check from a fenced block's info string (`sh check id=x requires=gpu expect="…" explain="…"`) and code.
public enum CheckParser {
    /// The attribute keys a check understands.
    public static let keys = ["id", "explain", "expect", "exit", "requires", "timeout"]

    /// Whether `info` marks a live check: its second word is `check`.
    public static func isCheck(info: String) -> Bool {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.count >= 2 && words[1] == "check"
    }

    /// The check in a block, or nil with diagnostics. `infoStart` is where the info string's first character is.
    public static func parse(info: String, code: String, sampleOutput: String?, infoStart: SourceLocation,
                             into bag: inout DiagnosticBag) -> Check? {
        let before = bag.errors.count
        let tokens = tokenize(info, start: infoStart, into: &bag)
        guard tokens.count >= 2, tokens[1].key == "check", tokens[1].value == nil else { return nil }
        let languageWord = tokens[0].key
        let language = Check.Language(infoWord: languageWord)
        if language == nil {
            bag.add(.error("a check runs sh, bash, python, powershell or cmd; found \(Diagnostic.quoted(languageWord))", at: tokens[0].location))
        }
        var id: String?
        var explanation: String?
        var expectations: [String] = []
        var exitCode = 0
        var requires: [Check.Requirement] = []
        var timeout = Check.defaultTimeout
        var seen = Set<String>()
        for token in tokens.dropFirst(2) {
            guard let value = token.value else {
                bag.add(.error("expected 'key=value' in a check's info string, found \(Diagnostic.quoted(token.key))", at: token.location,
                               note: "keys: " + keys.joined(separator: ", ")))
                continue
            }
            if token.key != "expect", !seen.insert(token.key).inserted {
                bag.add(.error("'\(token.key)' is given twice", at: token.location))
            }
            switch token.key {
            case "id":
                if value.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) == nil {
                    bag.add(.error("a check id is lower-case letters, digits and single '-', found \(Diagnostic.quoted(value))", at: token.valueLocation))
                }
                id = value
            case "explain":
                let text = value.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { bag.add(.error("'explain' is empty; say what the output means for the reader", at: token.valueLocation)) }
                explanation = text
            case "expect":
                do {
                    _ = try NSRegularExpression(pattern: value, options: [.anchorsMatchLines])
                    if value.isEmpty { bag.add(.error("'expect' is empty; leave it out to check only the exit code", at: token.valueLocation)) }
                } catch {
                    bag.add(.error("'expect' is not a valid regular expression: /\(value)/", at: token.valueLocation))
                }
                expectations.append(value)
            case "exit":
                if let number = Int(value), (0...255).contains(number) { exitCode = number } else {
                    bag.add(.error("expected 'exit' to be an exit code from 0 to 255, found \(Diagnostic.quoted(value))", at: token.valueLocation))
                }
            case "timeout":
                if let number = Int(value), (1...Check.maximumTimeout).contains(number) { timeout = number } else {
                    bag.add(.error("expected 'timeout' to be whole seconds from 1 to \(Check.maximumTimeout), found \(Diagnostic.quoted(value))", at: token.valueLocation))
                }
            case "requires":
                var offset = token.quoted ? 1 : 0
                for part in value.split(separator: ",", omittingEmptySubsequences: false) {
                    defer { offset += part.unicodeScalars.count + 1 }
                    let name = part.trimmingCharacters(in: .whitespaces)
                    var at = token.valueLocation
                    at.column += offset
                    if let requirement = Check.Requirement(rawValue: name) {
                        if !requires.contains(requirement) { requires.append(requirement) }
                    } else {
                        let known = Check.Requirement.allCases.map(\.rawValue)
                        bag.add(.error("unknown requirement '\(name)'; expected one of: \(known.joined(separator: ", "))" + Suggestions.phrase(for: name, in: known),
                                       at: at))
                    }
                }
            default:
                bag.add(.error("unknown check attribute '\(token.key)'; expected one of: \(keys.joined(separator: ", "))" + Suggestions.phrase(for: token.key, in: keys),
                               at: token.location))
            }
        }
        if id == nil { bag.add(.error("a check needs 'id=…', the key its recorded runs are stored under", at: infoStart)) }
        if explanation == nil { bag.add(.error("a check needs 'explain=\"…\"': what its output means for the reader", at: infoStart)) }
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        if code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            bag.add(.error("the check has no code to run", at: infoStart))
        }
        for (offset, line) in lines.enumerated() where line.hasPrefix("$ ") || line.hasPrefix(">>> ") {
            let prompt = line.hasPrefix("$ ") ? "$ " : ">>> "
            bag.add(.error("a check runs as a script; remove the '\(prompt)' prompt (put sample output in an 'output' block after it)",
                           at: SourceLocation(path: infoStart.path, line: infoStart.line + 1 + offset, column: 1)))
            break
        }
        guard bag.errors.count == before, let id, let explanation, let language else { return nil }
        return Check(id: id, language: language, code: code, requires: requires, timeout: timeout, expectations: expectations,
                     exitCode: exitCode, explanation: explanation, sampleOutput: sampleOutput,
                     location: SourceLocation(path: infoStart.path, line: infoStart.line, column: 1))
    }

    /// An info-string word: `key` alone, or `key=value` with the value unquoted.
    struct Token: Equatable {
        var key: String
        var value: String?
        var location: SourceLocation
        var valueLocation: SourceLocation
        /// Whether the value was in double quotes (`valueLocation` is then the quote's).
        var quoted = false
    }

    /// Splits on blanks; a value in double quotes may hold blanks, and `\"` is a quote inside it.
    static func tokenize(_ info: String, start: SourceLocation, into bag: inout DiagnosticBag) -> [Token] {
        let scalars = Array(info.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        func at(_ offset: Int) -> SourceLocation {
            SourceLocation(path: start.path, line: start.line, column: start.column + offset)
        }
        while index < scalars.count {
            if scalars[index] == " " || scalars[index] == "\t" { index += 1; continue }
            let tokenStart = index
            var key = ""
            while index < scalars.count, scalars[index] != "=", scalars[index] != " ", scalars[index] != "\t" {
                key.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard index < scalars.count, scalars[index] == "=" else {
                tokens.append(Token(key: key, value: nil, location: at(tokenStart), valueLocation: at(tokenStart)))
                continue
            }
            index += 1
            let valueStart = index
            var value = ""
            let quoted = index < scalars.count && scalars[index] == "\""
            if quoted {
                index += 1
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        value.unicodeScalars.append("\"")
                        index += 2
                        continue
                    }
                    if scalar == "\"" { closed = true; index += 1; break }
                    value.unicodeScalars.append(scalar)
                    index += 1
                }
                if !closed {
                    bag.add(.error("the quoted value of '\(key)' is not closed; expected '\"' before the end of the line", at: at(valueStart)))
                }
            } else {
                while index < scalars.count, scalars[index] != " ", scalars[index] != "\t" {
                    value.unicodeScalars.append(scalars[index])
                    index += 1
                }
            }
            tokens.append(Token(key: key, value: value, location: at(tokenStart), valueLocation: at(valueStart), quoted: quoted))
        }
        return tokens
    }
}
