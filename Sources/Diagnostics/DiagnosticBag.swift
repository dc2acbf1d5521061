/// Collects diagnostics across a stage so that all problems are reported before failing once.
public struct DiagnosticBag: Sendable {
    /// Everything collected, in the order it was added.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty bag.
    public init() {}

    /// Adds one diagnostic.
    public mutating func add(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    /// Adds several.
    public mutating func add(contentsOf diagnostics: some Sequence<Diagnostic>) { all.append(contentsOf: diagnostics) }

    /// Whether any error (not warning) was collected.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The errors.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// The warnings, each once.
    public var warnings: [Diagnostic] { Self.unique(all.filter { $0.severity == .warning }) }

    /// Throws a `DiagnosticsError` holding everything if any error was collected.
    public func throwIfErrors() throws(DiagnosticsError) {
        if hasErrors { throw DiagnosticsError(sorted()) }
    }

    /// Diagnostics in a stable order (by location, then message), each once: a page built in two editions of a
    /// site reports a problem in its source once.
    public func sorted() -> [Diagnostic] {
        Self.unique(all).sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
