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
        var quotes: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'")]
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
    ///
    /// Scans the UTF-8 bytes: every delimiter the grammars know is ASCII, so only letters and digits outside ASCII
    /// need decoding (classified by their Unicode properties, as `Character.isLetter`/`isNumber` would).
    func highlight(line: String) -> String {
        var line = line
        return line.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 2 + 32)
            highlight(bytes, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    private func highlight(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let count = bytes.count
        var index = 0
        var atCommandStart = grammar.shellLike
        var sawKeyOnLine = false
        var trimmed = 0
        while trimmed < count, bytes[trimmed] == 0x20 || bytes[trimmed] == 0x09 { trimmed += 1 }

        if grammar.iniLike, trimmed < count, bytes[trimmed] == UInt8(ascii: "[") {
            return span(.keyword, bytes[...], into: &out)
        }
        if grammar.caseInsensitive, startsWithREM(bytes, at: trimmed) || matches("::", bytes, trimmed) {
            return span(.comment, bytes[...], into: &out)
        }
        while index < count {
            let byte = bytes[index]
            // Comments run to the end of the line.
            if let marker = grammar.lineComments.first(where: { matches($0, bytes, index) }),
               index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 || marker != "#" {
                span(.comment, bytes[index...], into: &out)
                break
            }
            if grammar.quotes.contains(byte) {
                let end = stringEnd(bytes, from: index)
                let isKey = (grammar.jsonKeys || grammar.yamlKeys) && nextNonSpace(bytes, from: end) == UInt8(ascii: ":")
                span(isKey ? .key : .string, bytes[index..<end], into: &out)
                index = end
                atCommandStart = false
                continue
            }
            if grammar.dollarVariables, byte == UInt8(ascii: "$"), index + 1 < count,
               isIdentifierStart(bytes, index + 1) || bytes[index + 1] == UInt8(ascii: "{") || bytes[index + 1] == UInt8(ascii: "(") {
                var end = index + 1
                if bytes[end] == UInt8(ascii: "{") || bytes[end] == UInt8(ascii: "(") {
                    let close = bytes[end] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
                    while end < count, bytes[end] != close { end += 1 }
                    end = min(end + 1, count)
                } else {
                    while end < count, isIdentifierPart(bytes, end) || bytes[end] == UInt8(ascii: ":") && grammar.caseInsensitive {
                        end += length(bytes, end)
                    }
                }
                span(.variable, bytes[index..<end], into: &out)
                index = end
                atCommandStart = false
                continue
            }
            if grammar.percentVariables, byte == UInt8(ascii: "%"),
               let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "%")), close > index + 1 {
                span(.variable, bytes[index...close], into: &out)
                index = close + 1
                continue
            }
            if isIdentifierStart(bytes, index) || (grammar.dashOptions && byte == UInt8(ascii: "-") && (index == 0 || bytes[index - 1] == 0x20)) {
                var end = index + length(bytes, index)
                while end < count, isIdentifierPart(bytes, end) || bytes[end] == UInt8(ascii: "-")
                        || (bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "/")) && grammar.shellLike {
                    end += length(bytes, end)
                }
                classify(bytes[index..<end], bytes: bytes, end: end, atCommandStart: &atCommandStart, sawKey: &sawKeyOnLine, into: &out)
                index = end
                continue
            }
            if isNumber(bytes, index) {
                var end = index + length(bytes, index)
                while end < count, isNumber(bytes, end) || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "_") || isLetter(bytes, end) {
                    end += length(bytes, end)
                }
                span(.number, bytes[index..<end], into: &out)
                index = end
                atCommandStart = false
                continue
            }
            if grammar.shellLike, byte == UInt8(ascii: "|") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "`") {
                atCommandStart = true
            } else if !isWhitespace(bytes, index) {
                atCommandStart = false
            }
            let next = index + length(bytes, index)
            HTMLEscaping.append(bytes[index..<next], to: &out)
            index = next
        }
    }

    // MARK: - Private

    private func classify(_ word: Slice<UnsafeBufferPointer<UInt8>>, bytes: UnsafeBufferPointer<UInt8>, end: Int,
                          atCommandStart: inout Bool, sawKey: inout Bool, into out: inout [UInt8]) {
        let text = String(decoding: word, as: UTF8.self)
        let lookup = grammar.caseInsensitive ? text.lowercased() : text
        if grammar.yamlKeys || grammar.iniLike, !sawKey, nextNonSpace(bytes, from: end) == UInt8(ascii: grammar.iniLike ? "=" : ":") {
            sawKey = true
            return span(.key, word, into: &out)
        }
        if grammar.dashOptions, word.first == UInt8(ascii: "-") {
            atCommandStart = false
            return span(.option, word, into: &out)
        }
        if grammar.keywords.contains(lookup) {
            atCommandStart = grammar.shellLike && ["then", "do", "else", "sudo", "exec", "time", "if", "while", "!"].contains(lookup)
            return span(.keyword, word, into: &out)
        }
        if atCommandStart {
            atCommandStart = false
            return span(.command, word, into: &out)
        }
        if grammar.builtins.contains(lookup) { return span(.builtin, word, into: &out) }
        if grammar.pythonDefs, nextNonSpace(bytes, from: end) == UInt8(ascii: "(") { return span(.function, word, into: &out) }
        if grammar.caseInsensitive, !grammar.shellLike, word.contains(UInt8(ascii: "-")), text.first?.isUppercase == true {
            return span(.command, word, into: &out)
        }
        HTMLEscaping.append(word, to: &out)
    }

    /// Whether the ASCII `marker` starts at `index`.
    private func matches(_ marker: String, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var position = index
        for byte in marker.utf8 {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// `rem` alone or followed by a space, in any case, at `index` (batch comments).
    private func startsWithREM(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes.count - index >= 3 else { return false }
        let word = (bytes[index] | 0x20, bytes[index + 1] | 0x20, bytes[index + 2] | 0x20)
        guard word == (UInt8(ascii: "r"), UInt8(ascii: "e"), UInt8(ascii: "m")) else { return false }
        return bytes.count - index == 3 || bytes[index + 3] == 0x20
    }

    private func stringEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let quote = bytes[start]
        if grammar.tripleQuotes, start + 2 < bytes.count, bytes[start + 1] == quote, bytes[start + 2] == quote {
            var index = start + 3
            while index + 2 < bytes.count {
                if bytes[index] == quote, bytes[index + 1] == quote, bytes[index + 2] == quote { return index + 3 }
                index += 1
            }
            return bytes.count
        }
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") && (quote != UInt8(ascii: "'") || !grammar.shellLike) {
                index += index + 1 < bytes.count ? 1 + length(bytes, index + 1) : 2
                continue
            }
            if bytes[index] == quote { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    private func nextNonSpace(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> UInt8? {
        var index = index
        while index < bytes.count {
            if bytes[index] != 0x20 && bytes[index] != 0x09 { return bytes[index] }
            index += 1
        }
        return nil
    }

    private func span(_ token: Token, _ text: Slice<UnsafeBufferPointer<UInt8>>, into out: inout [UInt8]) {
        out.append(contentsOf: "<span class=\"".utf8)
        out.append(contentsOf: token.rawValue.utf8)
        out.append(contentsOf: "\">".utf8)
        HTMLEscaping.append(text, to: &out)
        out.append(contentsOf: "</span>".utf8)
    }

    // MARK: - Characters
    // A character here is a Unicode scalar; `Character`'s properties are its first scalar's, so these agree with
    // `Character.isLetter`, `isNumber` and `isWhitespace` wherever a character is one scalar.

    /// Bytes in the scalar starting at `index`.
    @inline(__always)
    private func length(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let lead = bytes[index]
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Unicode.Scalar? {
        let lead = UInt32(bytes[index])
        let size = length(bytes, index)
        guard index + size <= bytes.count else { return nil }
        var value: UInt32
        switch size {
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for offset in 1..<size { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    private func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        return scalar(bytes, index)?.properties.isAlphabetic ?? false
    }

    private func isNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return scalar(bytes, index)?.properties.numericType != nil
    }

    private func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        return scalar(bytes, index)?.properties.isWhitespace ?? false
    }

    private func isIdentifierStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "_") || isLetter(bytes, index)
    }

    private func isIdentifierPart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "_") || isLetter(bytes, index) || isNumber(bytes, index)
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
        quotes: [UInt8(ascii: "\"")],
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
        quotes: [UInt8(ascii: "\"")],
        keywords: ["true", "false", "null"],
        jsonKeys: true)
    private static let ini = Grammar(
        lineComments: ["#", ";"],
        keywords: ["true", "false"],
        iniLike: true)
}
