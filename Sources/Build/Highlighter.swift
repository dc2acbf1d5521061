import Markup

/// Build-time syntax highlighting: a small scanner per language family that wraps tokens in `<span class="tok-…">`.
///
/// Unknown languages come back escaped and unhighlighted.
struct Highlighter {
    /// The token classes emitted.
    enum Token: String {
        case keyword = "tok-kw", string = "tok-str", comment = "tok-com", number = "tok-num", variable = "tok-var"
        case option = "tok-op", command = "tok-cmd", key = "tok-key", function = "tok-fn", builtin = "tok-builtin"
    }

    /// How a language family is scanned.
    struct Grammar {
        var lineComments: [String] = []
        var quotes: [Character] = ["\"", "'"]
        var keywords: Set<String> = []
        var builtins: Set<String> = []
        var caseInsensitive = false
        var shellLike = false
        var dollarVariables = false
        var percentVariables = false
        var dashOptions = false
        var yamlKeys = false
        var iniLike = false
        var jsonKeys = false
        var pythonDefs = false
        var tripleQuotes = false
    }

    /// Canonical family for an info-string language, or `nil` when it is not highlighted.
    static func grammar(for language: String) -> Grammar? {
        switch language.lowercased() {
        case "sh", "bash", "shell", "zsh", "console", "shell-session", "shellsession": return shell
        case "powershell", "ps1", "pwsh", "ps": return powershell
        case "bat", "cmd", "batch", "dos": return batch
        case "python", "py", "pycon", "python3": return python
        case "yaml", "yml": return yaml
        case "json", "jsonc": return json
        case "ini", "toml", "cfg", "conf", "properties": return ini
        default: return nil
        }
    }

    let grammar: Grammar

    /// Highlights one line (no newline); returns HTML.
    func highlight(line: String) -> String {
        let chars = Array(line)
        var out = ""
        var index = 0
        var atCommandStart = grammar.shellLike
        var sawKeyOnLine = false
        let lineTrimmed = line.trimmingLeadingSpaces()

        if grammar.iniLike, lineTrimmed.hasPrefix("[") {
            return span(.keyword, line)
        }
        if grammar.caseInsensitive, lineTrimmed.lowercased().hasPrefix("rem ") || lineTrimmed.lowercased() == "rem" || lineTrimmed.hasPrefix("::") {
            return span(.comment, line)
        }
        while index < chars.count {
            let char = chars[index]
            // Comments run to the end of the line.
            if let marker = grammar.lineComments.first(where: { $0.first == char && matches($0, chars, index) }),
               index == 0 || chars[index - 1] == " " || chars[index - 1] == "\t" || marker != "#" {
                out += span(.comment, String(chars[index...]))
                break
            }
            if grammar.quotes.contains(char) {
                let end = stringEnd(chars, from: index)
                let text = String(chars[index..<end])
                let isKey = (grammar.jsonKeys || grammar.yamlKeys) && nextNonSpace(chars, from: end) == ":"
                out += span(isKey ? .key : .string, text)
                index = end
                atCommandStart = false
                continue
            }
            if grammar.dollarVariables, char == "$", index + 1 < chars.count, chars[index + 1].isIdentifierStart || chars[index + 1] == "{" || chars[index + 1] == "(" {
                var end = index + 1
                if chars[end] == "{" || chars[end] == "(" {
                    let close: Character = chars[end] == "{" ? "}" : ")"
                    while end < chars.count, chars[end] != close { end += 1 }
                    end = min(end + 1, chars.count)
                } else {
                    while end < chars.count, chars[end].isIdentifierPart || chars[end] == ":" && grammar.caseInsensitive { end += 1 }
                }
                out += span(.variable, String(chars[index..<end]))
                index = end
                atCommandStart = false
                continue
            }
            if grammar.percentVariables, char == "%", let close = chars[(index + 1)...].firstIndex(of: "%"), close > index + 1 {
                out += span(.variable, String(chars[index...close]))
                index = close + 1
                continue
            }
            if char.isIdentifierStart || (grammar.dashOptions && char == "-" && (index == 0 || chars[index - 1] == " ")) {
                var end = index + 1
                while end < chars.count, chars[end].isIdentifierPart || chars[end] == "-" || chars[end] == "." && grammar.shellLike || chars[end] == "/" && grammar.shellLike { end += 1 }
                let word = String(chars[index..<end])
                out += classify(word, chars: chars, end: end, atCommandStart: &atCommandStart, sawKey: &sawKeyOnLine)
                index = end
                continue
            }
            if char.isNumber {
                var end = index + 1
                while end < chars.count, chars[end].isNumber || chars[end] == "." || chars[end] == "_" || chars[end].isLetter { end += 1 }
                out += span(.number, String(chars[index..<end]))
                index = end
                atCommandStart = false
                continue
            }
            if grammar.shellLike, char == "|" || char == ";" || char == "&" || char == "(" || char == "`" {
                atCommandStart = true
            } else if !char.isWhitespace {
                atCommandStart = false
            }
            HTMLEscaping.append(char, to: &out)
            index += 1
        }
        return out
    }

    // MARK: - Private

    private func classify(_ word: String, chars: [Character], end: Int, atCommandStart: inout Bool, sawKey: inout Bool) -> String {
        let lookup = grammar.caseInsensitive ? word.lowercased() : word
        if grammar.yamlKeys || grammar.iniLike, !sawKey, nextNonSpace(chars, from: end) == (grammar.iniLike ? "=" : ":") {
            sawKey = true
            return span(.key, word)
        }
        if grammar.dashOptions, word.hasPrefix("-") {
            atCommandStart = false
            return span(.option, word)
        }
        if grammar.keywords.contains(lookup) {
            atCommandStart = grammar.shellLike && ["then", "do", "else", "sudo", "exec", "time", "if", "while", "!"].contains(lookup)
            return span(.keyword, word)
        }
        if atCommandStart {
            atCommandStart = false
            return span(.command, word)
        }
        if grammar.builtins.contains(lookup) { return span(.builtin, word) }
        if grammar.pythonDefs, nextNonSpace(chars, from: end) == "(" { return span(.function, word) }
        if grammar.caseInsensitive, !grammar.shellLike, word.contains("-"), word.first?.isUppercase == true {
            return span(.command, word)
        }
        return HTMLEscaping.escape(word)
    }

    private func matches(_ marker: String, _ chars: [Character], _ index: Int) -> Bool {
        var position = index
        for character in marker {
            guard position < chars.count, chars[position] == character else { return false }
            position += 1
        }
        return true
    }

    private func stringEnd(_ chars: [Character], from start: Int) -> Int {
        let quote = chars[start]
        if grammar.tripleQuotes, matches(String(repeating: quote, count: 3), chars, start) {
            var index = start + 3
            while index < chars.count {
                if matches(String(repeating: quote, count: 3), chars, index) { return index + 3 }
                index += 1
            }
            return chars.count
        }
        var index = start + 1
        while index < chars.count {
            if chars[index] == "\\" && quote != "'" || chars[index] == "\\" && !grammar.shellLike {
                index += 2
                continue
            }
            if chars[index] == quote { return index + 1 }
            index += 1
        }
        return chars.count
    }

    private func nextNonSpace(_ chars: [Character], from index: Int) -> Character? {
        chars[min(index, chars.count)...].first { $0 != " " && $0 != "\t" }
    }

    private func span(_ token: Token, _ text: String) -> String {
        "<span class=\"\(token.rawValue)\">\(HTMLEscaping.escape(text))</span>"
    }

    // MARK: - Grammars

    private static let shell = Grammar(
        lineComments: ["#"],
        keywords: ["if", "then", "else", "elif", "fi", "for", "in", "do", "done", "case", "esac", "while", "until",
                   "function", "return", "export", "local", "sudo", "source", "alias", "unset", "exit", "set"],
        shellLike: true, dollarVariables: true, dashOptions: true)
    private static let powershell = Grammar(
        lineComments: ["#"],
        keywords: ["if", "else", "elseif", "foreach", "for", "while", "function", "return", "param", "try", "catch", "in"],
        caseInsensitive: true, dollarVariables: true, dashOptions: true)
    private static let batch = Grammar(
        lineComments: [],
        quotes: ["\""],
        keywords: ["set", "if", "else", "for", "goto", "call", "echo", "exit", "setlocal", "endlocal", "not", "exist", "do", "in"],
        caseInsensitive: true, percentVariables: true)
    private static let python = Grammar(
        lineComments: ["#"],
        keywords: ["and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
                   "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
                   "or", "pass", "raise", "return", "try", "while", "with", "yield", "True", "False", "None"],
        builtins: ["print", "len", "range", "int", "float", "str", "list", "dict", "set", "tuple", "open", "type",
                   "isinstance", "super", "enumerate", "zip", "map", "sorted", "sum", "min", "max", "abs"],
        pythonDefs: true, tripleQuotes: true)
    private static let yaml = Grammar(
        lineComments: ["#"],
        keywords: ["true", "false", "null", "yes", "no", "on", "off"],
        yamlKeys: true)
    private static let json = Grammar(
        lineComments: [],
        quotes: ["\""],
        keywords: ["true", "false", "null"],
        jsonKeys: true)
    private static let ini = Grammar(
        lineComments: ["#", ";"],
        keywords: ["true", "false"],
        iniLike: true)
}

private extension Character {
    var isIdentifierStart: Bool { isLetter || self == "_" }
    var isIdentifierPart: Bool { isLetter || isNumber || self == "_" }
}

private extension String {
    func trimmingLeadingSpaces() -> Substring { drop { $0 == " " || $0 == "\t" } }
}
