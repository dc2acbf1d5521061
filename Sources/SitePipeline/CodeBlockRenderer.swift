import Foundation
import Markup

/// Renders a fenced code block: header with language and copy button, highlighted code, and the text to copy.
enum CodeBlockRenderer {
    /// The HTML for a block with `info` string and `code`.
    static func render(info: String, code: String, ui: SiteText) -> String {
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { String($0).lowercased() } ?? ""
        // Split on bytes: Character splitting is slow and treats "\r\n" as one Character that never matches "\n".
        var lines = code.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        let session = SessionParser.parse(lines, language: language)
        let grammar = Highlighter.grammar(for: language)
        let commandGrammar = Highlighter.grammar(for: session?.commandLanguage ?? language)

        var body = ""
        for (index, line) in lines.enumerated() {
            if index > 0 { body += "\n" }
            if let session {
                switch session.roles[index] {
                case .command(let promptLength):
                    let prompt = String(line.prefix(promptLength))
                    let command = String(line.dropFirst(promptLength))
                    body += "<span class=\"gp\">\(HTMLEscaping.escape(prompt))</span>"
                    body += highlight(command, commandGrammar)
                case .continuation(let promptLength):
                    if promptLength > 0 { body += "<span class=\"gp\">\(HTMLEscaping.escape(String(line.prefix(promptLength))))</span>" }
                    body += highlight(String(line.dropFirst(promptLength)), commandGrammar)
                case .output:
                    body += line.isEmpty ? "" : "<span class=\"go\">\(HTMLEscaping.escape(line))</span>"
                }
            } else {
                body += highlight(line, grammar)
            }
        }
        let shownLanguage = language.isEmpty ? "text" : language
        let copy = session?.copyText ?? lines.joined(separator: "\n")
        let plain = lines.joined(separator: "\n")
        var html = "<div class=\"code-block\" data-lang=\"\(HTMLEscaping.escape(shownLanguage))\">"
        html += "<div class=\"code-header\"><span class=\"code-lang\">\(HTMLEscaping.escape(shownLanguage))</span>"
        html += "<button class=\"copy-button\" type=\"button\""
        if copy != plain { html += " data-copy=\"\(HTMLEscaping.escape(copy).replacingOccurrences(of: "\n", with: "&#10;"))\"" }
        html += ">\(ui.html(.copy))</button></div>"
        html += "<pre><code class=\"language-\(HTMLEscaping.escape(shownLanguage))\">\(body)</code></pre></div>\n"
        return html
    }

    private static func highlight(_ text: String, _ grammar: Highlighter.Grammar?) -> String {
        guard let grammar else { return HTMLEscaping.escape(text) }
        return Highlighter(grammar: grammar).highlight(line: text)
    }
}

/// Splits an interactive session (shell, PowerShell, Python REPL) into commands and output.
struct SessionParser {
    /// What a line is.
    enum Role: Equatable {
        /// A command after a prompt of `promptLength` characters.
        case command(promptLength: Int)
        /// Continues the previous command (after `\`, or a `... ` / `>> ` continuation prompt).
        case continuation(promptLength: Int)
        /// Program output.
        case output
    }

    /// Role of each line.
    var roles: [Role]
    /// What to paste: commands without prompts, continuations kept, output dropped.
    var copyText: String
    /// Language of the commands, for highlighting.
    var commandLanguage: String

    /// Returns `nil` when `lines` are not a session (no prompts found), so the block is copied as is.
    static func parse(_ lines: [String], language: String) -> SessionParser? {
        let style: Style
        switch language {
        case "console", "shell-session", "shellsession", "terminal": style = .shell(rootPrompt: true)
        case "sh", "bash", "shell", "zsh": style = .shell(rootPrompt: false)
        case "powershell", "ps1", "pwsh", "ps", "bat", "cmd", "batch", "doscon": style = .powershell
        case "pycon", "python", "py", "python3": style = .python
        default: return nil
        }
        guard lines.contains(where: { style.promptLength($0) != nil }) else { return nil }
        var roles: [Role] = []
        var commands: [String] = []
        var continuing = false
        for line in lines {
            if continuing {
                roles.append(.continuation(promptLength: 0))
                commands.append(line)
                continuing = line.hasSuffix("\\") || line.hasSuffix("`")
            } else if let prompt = style.promptLength(line) {
                roles.append(.command(promptLength: prompt))
                let command = String(line.dropFirst(prompt))
                commands.append(command)
                continuing = style.continues(command)
            } else if let prompt = style.continuationPromptLength(line), !commands.isEmpty {
                roles.append(.continuation(promptLength: prompt))
                commands.append(String(line.dropFirst(prompt)))
            } else {
                roles.append(.output)
            }
        }
        return SessionParser(roles: roles, copyText: commands.joined(separator: "\n"), commandLanguage: style.commandLanguage)
    }

    private enum Style {
        case shell(rootPrompt: Bool)
        case powershell
        case python

        var commandLanguage: String {
            switch self {
            case .shell: return "sh"
            case .powershell: return "powershell"
            case .python: return "python"
            }
        }

        func promptLength(_ line: String) -> Int? {
            switch self {
            case .shell(let rootPrompt):
                if line.hasPrefix("$ ") || line == "$" { return min(2, line.count) }
                if rootPrompt && (line.hasPrefix("# ") || line == "#") { return min(2, line.count) }
                // user@host:~$ style prompts
                if let range = line.firstRange(of: "$ "), line[..<range.lowerBound].contains("@"),
                   !line[..<range.lowerBound].contains(" ") {
                    return line.distance(from: line.startIndex, to: range.upperBound)
                }
                return nil
            case .powershell:
                if line.hasPrefix("PS "), let end = line.firstRange(of: "> ") {
                    return line.distance(from: line.startIndex, to: end.upperBound)
                }
                if line.count > 3, line.dropFirst().hasPrefix(":\\"), let end = line.firstRange(of: "> "), line.first?.isLetter == true {
                    return line.distance(from: line.startIndex, to: end.upperBound)
                }
                return nil
            case .python:
                return line.hasPrefix(">>> ") ? 4 : (line == ">>>" ? 3 : nil)
            }
        }

        func continuationPromptLength(_ line: String) -> Int? {
            switch self {
            case .python: return line.hasPrefix("... ") ? 4 : (line == "..." ? 3 : nil)
            case .powershell: return line.hasPrefix(">> ") ? 3 : nil
            case .shell: return line.hasPrefix("> ") ? 2 : nil
            }
        }

        func continues(_ command: String) -> Bool {
            switch self {
            case .shell: return command.hasSuffix("\\")
            case .powershell: return command.hasSuffix("`")
            case .python: return false
            }
        }
    }
}
