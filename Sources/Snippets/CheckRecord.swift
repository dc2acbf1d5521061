import Bench
import Compat
import Diagnostics
import Foundation
import Yams

/// One run of the checks on one machine, as `run_checks.py` writes it (`content/data/checks/*.json`).
public struct CheckRecord: Sendable, Hashable {
    /// File name under `content/data/checks/`.
    public var file: String
    /// The command that produced it.
    public var command: String?
    /// The machine, from the fingerprint block shared with gpu_bench.py.
    public var environment: BenchEnvironment
    /// Results in the order they ran.
    public var results: [CheckResult]

    /// The result for check `id`, if this run had it.
    public func result(for id: String) -> CheckResult? { results.first { $0.id == id } }
}

/// What one check did on one machine.
public struct CheckResult: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case pass, fail, timeout, skip, error
    }

    public var id: String
    /// The check's hash when it ran (see `Check.hash`).
    public var hash: String
    public var status: Status
    public var exitCode: Int?
    public var duration: Double
    public var stdout: String
    public var stderr: String
    /// Why it was skipped or failed.
    public var reason: String?
}

/// How a recorded result reads against the check as it is written now.
public enum CheckVerdict: Sendable, Hashable {
    /// Ran and passed, with the code as written now.
    case verified
    /// Ran and failed (or timed out), with the code as written now.
    case failing
    /// Ran with other code, expectations or exit code: it says nothing about the check as written now.
    case stale
    /// Did not run there; the reason names the missing requirement.
    case skipped

    /// The verdict of `result` for `check`.
    public init(check: Check, result: CheckResult) {
        if result.status == .skip {
            self = .skipped
        } else if result.hash != check.hash {
            self = .stale
        } else {
            self = result.status == .pass ? .verified : .failing
        }
    }
}

/// Reads recorded runs with `path:line:col` for every problem (JSON through the dataset's YAML reader).
public enum CheckRecordLoader {
    /// The schema tag a record carries.
    public static let schema = "gpukb-checks/1"

    /// Every `*.json` in `directory`, sorted by name.
    public static func load(directory: URL, display: String, into bag: inout DiagnosticBag) -> [CheckRecord] {
        dataFiles(in: directory, suffix: ".json").compactMap { parse($0.text, file: $0.name, display: "\(display)/\($0.name)", into: &bag) }
    }

    /// One record from its text; nil (with diagnostics) when it is malformed.
    public static func parse(_ text: String, file: String, display: String, into bag: inout DiagnosticBag) -> CheckRecord? {
        let reader = YAMLReader(path: display)
        let before = bag.errors.count
        guard let root = reader.compose(text, into: &bag) else { return nil }
        let top = reader.mapping(root, allowed: ["schema", "runner", "command", "environment", "results"], what: "a check record", into: &bag)
        if let node = top["schema"]?.value {
            if let value = reader.string(node, key: "schema", into: &bag), value != schema {
                bag.add(.error("unknown schema '\(value)'; expected '\(schema)' (written by run_checks.py)", at: reader.location(of: node)))
            }
        } else {
            bag.add(.error("missing 'schema'; expected '\(schema)' (is this run_checks.py's output?)", at: reader.location(of: root)))
        }
        var environment = BenchEnvironment(gpus: [])
        if let node = top["environment"]?.value {
            environment = BenchEnvironment.parse(node, reader: reader, into: &bag)
            if environment.date == nil {
                bag.add(.error("'environment' has no 'date'; the badge shows when the checks ran", at: reader.location(of: node)))
            }
        } else {
            bag.add(.error("missing 'environment'", at: reader.location(of: root)))
        }
        var results: [CheckResult] = []
        if let node = top["results"]?.value {
            if let items = node.sequence {
                var seen = Set<String>()
                for item in items {
                    guard let result = parseResult(item, reader: reader, into: &bag) else { continue }
                    if !seen.insert(result.id).inserted {
                        bag.add(.error("check '\(result.id)' appears twice in this record", at: reader.location(of: item)))
                    }
                    results.append(result)
                }
            } else {
                bag.add(.error("expected 'results' to be a list, found \(reader.describe(node))", at: reader.location(of: node)))
            }
        } else {
            bag.add(.error("missing 'results'", at: reader.location(of: root)))
        }
        var command: String?
        if let node = top["command"]?.value, !BenchLoader.isNull(node) { command = reader.string(node, key: "command", into: &bag) }
        guard bag.errors.count == before else { return nil }
        return CheckRecord(file: file, command: command, environment: environment, results: results)
    }

    private static func parseResult(_ node: Node, reader: YAMLReader, into bag: inout DiagnosticBag) -> CheckResult? {
        let map = reader.mapping(node, allowed: ["id", "hash", "status", "exit_code", "duration_s", "stdout", "stderr", "reason", "expect_failed"],
                                 what: "a check result", into: &bag)
        var missing = false
        for key in ["id", "hash", "status"] where map[key] == nil {
            bag.add(.error("result is missing '\(key)'", at: reader.location(of: node)))
            missing = true
        }
        guard !missing, let idNode = map["id"]?.value, let id = reader.string(idNode, key: "id", into: &bag),
              let hashNode = map["hash"]?.value, let hash = reader.string(hashNode, key: "hash", into: &bag),
              let statusNode = map["status"]?.value, let statusText = reader.string(statusNode, key: "status", into: &bag) else { return nil }
        guard let status = CheckResult.Status(rawValue: statusText) else {
            bag.add(.error("unknown status '\(statusText)'; expected one of: " + CheckResult.Status.allCases.map(\.rawValue).joined(separator: ", "),
                           at: reader.location(of: statusNode)))
            return nil
        }
        func text(_ key: String) -> String? {
            guard let node = map[key]?.value, !BenchLoader.isNull(node) else { return nil }
            return reader.string(node, key: key, into: &bag)
        }
        var exitCode: Int?
        if let node = map["exit_code"]?.value, !BenchLoader.isNull(node) { exitCode = reader.int(node, key: "exit_code", into: &bag) }
        var duration = 0.0
        if let node = map["duration_s"]?.value, !BenchLoader.isNull(node) { duration = reader.double(node, key: "duration_s", into: &bag) ?? 0 }
        if status != .skip && status != .error && exitCode == nil && status != .timeout {
            bag.add(.error("a result with status '\(status.rawValue)' needs 'exit_code'", at: reader.location(of: node)))
        }
        // Captured output is kept exactly as printed: empty, leading blanks and trailing newlines included.
        func output(_ key: String) -> String {
            guard let node = map[key]?.value, !BenchLoader.isNull(node) else { return "" }
            guard let scalar = node.scalar, scalar.style != .plain || scalar.string.isEmpty else {
                bag.add(.error("expected '\(key)' to be a string, found \(reader.describe(node))", at: reader.location(of: node)))
                return ""
            }
            return scalar.string
        }
        return CheckResult(id: id, hash: hash, status: status, exitCode: exitCode, duration: duration,
                           stdout: output("stdout"), stderr: output("stderr"), reason: text("reason"))
    }
}
