/// One problem found in the user's input, with where it is and what was expected.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// How bad it is.
    public var severity: Severity
    /// Where it is.
    public var location: SourceLocation
    /// What is wrong, and what was expected, in one sentence.
    public var message: String
    /// An optional hint on how to fix it.
    public var note: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation, note: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.note = note
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation, note: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, note: note)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation, note: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, note: note)
    }

    /// `path:line:col: severity: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// What the user wrote, as a message quotes it: in single quotes, cut to `limit` characters with "…" (a 10 000
    /// character name must not make a 10 000 character message).
    public static func quoted(_ text: String, limit: Int = 80) -> String {
        "'" + (text.count > limit ? String(text.prefix(limit)) + "…" : text) + "'"
    }
}

/// Thrown when a stage found errors; carries every diagnostic found so far.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors and warnings.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One line per diagnostic.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
