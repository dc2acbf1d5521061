import Compat

/// Makes the portable runner: the template `content/downloads/run_checks.py` with the checks written on its
/// `GPUKB_CHECKS` line and the environment fingerprint block spliced in from `gpu_bench.py`, so both runners
/// describe a machine the same way. The result needs only Python's standard library.
public enum RunnerExport {
    /// Where the template and the fingerprint's source live, relative to `content/`.
    public static let templatePath = "downloads/run_checks.py"
    public static let fingerprintSourcePath = "downloads/gpu_bench.py"

    static let checksMarker = "GPUKB_CHECKS = None  # gpukb:checks"
    static let fingerprintMarker = "# gpukb:fingerprint"
    static let blockBegin = "# --- gpukb:fingerprint begin ---"
    static let blockEnd = "# --- gpukb:fingerprint end ---"

    /// Why a runner could not be made.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The runnable script.
    public static func make(template: String, fingerprintSource: String, checks: [Check]) throws(Failure) -> String {
        guard let begin = fingerprintSource.range(of: blockBegin),
              let end = fingerprintSource.range(of: blockEnd, range: begin.upperBound..<fingerprintSource.endIndex) else {
            throw Failure(description: "\(fingerprintSourcePath) has no '\(blockBegin)' … '\(blockEnd)' block to splice")
        }
        let block = String(fingerprintSource[begin.lowerBound..<end.upperBound])
        var lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let checksLine = lines.firstIndex(of: checksMarker) else {
            throw Failure(description: "\(templatePath) has no line '\(checksMarker)'")
        }
        guard let fingerprintLine = lines.firstIndex(of: fingerprintMarker) else {
            throw Failure(description: "\(templatePath) has no line '\(fingerprintMarker)'")
        }
        lines[checksLine] = "GPUKB_CHECKS = " + json(checks).render(pretty: true) + "  # gpukb:checks (written by gpukb)"
        lines[fingerprintLine] = block
        return lines.joined(separator: "\n")
    }

    /// The checks as the runner reads them.
    static func json(_ checks: [Check]) -> JSONValue { .array(checks.map { $0.json() }) }
}

extension Check {
    /// The check as JSON: what the runner reads, plus `explain` when asked (for `gpukb check list --json`).
    public func json(explanation: Bool = false) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("lang", .string(language.rawValue)),
            ("code", .string(code)),
            ("requires", .array(requires.map { .string($0.rawValue) })),
            ("timeout", .int(timeout)),
            ("expect", .array(expectations.map { .string($0) })),
            ("exit", .int(exitCode)),
            ("hash", .string(hash)),
            ("page", .string(location.path)),
            ("line", .int(location.line)),
        ]
        if explanation { members.append(("explain", .string(self.explanation))) }
        return .object(members)
    }
}
