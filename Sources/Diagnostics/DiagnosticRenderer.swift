import Foundation

/// Prints diagnostics like a compiler: `path:line:col: error: message`, the offending line, and a caret.
public struct DiagnosticRenderer: Sendable {
    /// Reads the text of a file by the path shown in its diagnostics; `nil` when unavailable.
    public var sourceText: @Sendable (String) -> String?
    /// Whether to colour the output with ANSI escapes.
    public var colored: Bool

    /// Creates a renderer; by default reads sources from disk relative to the current directory.
    public init(colored: Bool = false, sourceText: @escaping @Sendable (String) -> String? = DiagnosticRenderer.readFile) {
        self.colored = colored
        self.sourceText = sourceText
    }

    /// Renders one diagnostic, with an excerpt when the line can be read.
    public func render(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? paint("error", "31") : paint("warning", "33")
        var out = "\(diagnostic.location): \(label): \(diagnostic.message)\n"
        if let excerpt = excerpt(for: diagnostic.location) { out += excerpt }
        if let note = diagnostic.note { out += "  = note: \(note)\n" }
        return out
    }

    /// Renders many, followed by a count line when there are any errors.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = diagnostics.map(render).joined()
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { out += "\(errors) error\(errors == 1 ? "" : "s") found\n" }
        return out
    }

    /// Reads a file as UTF-8, tolerating invalid bytes.
    public static let readFile: @Sendable (String) -> String? = { path in
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - Private

    private func excerpt(for location: SourceLocation) -> String? {
        guard location.line > 0, let text = sourceText(location.path) else { return nil }
        // Lines are found on UTF-8 bytes: only up to the wanted line, and CRLF files split too (in Swift "\r\n"
        // is one Character, so splitting Characters on "\n" never splits it).
        var lineNumber = 1
        var start = text.utf8.startIndex
        while lineNumber < location.line {
            guard let newline = text.utf8[start...].firstIndex(of: 0x0A) else { return nil }
            start = text.utf8.index(after: newline)
            lineNumber += 1
        }
        let end = text.utf8[start...].firstIndex(of: 0x0A) ?? text.utf8.endIndex
        var line = text[start..<end]
        if line.utf8.last == 0x0D { line = text[start..<text.utf8.index(before: end)] }
        // A very long line is shown as a window around the column, cut with "…" on either side.
        var column = location.column
        let scalars = Array(line.unicodeScalars)
        var shown = String(line)
        if scalars.count > 2 * Self.excerptRadius {
            let at = max(0, min(column - 1, scalars.count))
            let from = max(0, at - Self.excerptRadius), to = min(scalars.count, at + Self.excerptRadius)
            let head = from > 0 ? "…" : "", tail = to < scalars.count ? "…" : ""
            shown = head + String(String.UnicodeScalarView(scalars[from..<to])) + tail
            if column > 0 { column = at - from + 1 + head.unicodeScalars.count }
        }
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        var out = "\(pad) |\n\(gutter) | \(shown)\n"
        if location.column > 0 {
            let prefix = shown.unicodeScalars.prefix(column - 1)
            let spaces = prefix.map { $0 == "\t" ? "\t" : String(repeating: " ", count: displayWidth($0)) }.joined()
            out += "\(pad) | \(spaces)\(paint("^", "32"))\n"
        }
        return out
    }

    /// How many characters of a long line the excerpt shows on each side of the column.
    static let excerptRadius = 80

    private func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        // East Asian wide characters take two terminal cells.
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
    }
}
