import ArgumentParser
import Bench
import SitePipeline
import Compat
import Diagnostics
import Foundation
import Snippets

/// `gpukb check`: list, run, export and import the live checks in the guides.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Live-check snippets: list them, run them here, export a portable runner, import recorded runs.",
        subcommands: [CheckListCommand.self, CheckRunCommand.self, CheckExportCommand.self, CheckImportCommand.self])
}

/// Options and helpers the check subcommands share.
struct CheckProject: ParsableArguments {
    @Option(name: .long, help: "Project root holding content/.")
    var root: String = "."

    /// Builds the site in memory: the checks and the exported runner come from the same pass the site does.
    func build() throws -> BuildResult {
        let options = BuildOptions(root: URL(fileURLWithPath: root), rootDisplay: root == "." ? "" : root)
        let renderer = DiagnosticRenderer(colored: isatty(STDERR_FILENO) == 1)
        do {
            return try Pipeline.build(options)
        } catch {
            Console.error(renderer.render(error.diagnostics))
            Console.error("the guides have errors; fix them first\n")
            throw ExitCode(1)
        }
    }

    /// The runner script with the checks written in.
    func runner(_ result: BuildResult) throws -> Data {
        guard let runner = result.output.files[RunnerExport.templatePath] else {
            Console.error("error: \(display("content/" + RunnerExport.templatePath)) not found; it is the runner's template\n")
            throw ExitCode(1)
        }
        return runner
    }

    func display(_ path: String) -> String { root == "." ? path : "\(root)/\(path)" }

    var checksDirectory: URL { URL(fileURLWithPath: root).appendingPathComponent("content/data/checks") }
}

struct CheckListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every check: id, page, line, requirements.")

    @OptionGroup var project: CheckProject

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let checks = try project.build().checks
        if json {
            print(JSONValue.array(checks.map { $0.json(explanation: true) }).render(pretty: true))
            return
        }
        let width = checks.map(\.id.count).max() ?? 0
        for check in checks {
            let needs = check.requires.isEmpty ? "-" : check.requires.map(\.rawValue).joined(separator: ",")
            print("\(check.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(check.language.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(needs.padding(toLength: 18, withPad: " ", startingAt: 0))  \(check.location.path):\(check.location.line)")
        }
        print("\(checks.count) checks")
    }
}

struct CheckExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a stdlib-only Python runner holding every check (python3 run_checks.py > results.json).")

    @OptionGroup var project: CheckProject

    func run() throws {
        FileHandle.standardOutput.write(try project.runner(project.build()))
    }
}

struct CheckRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the checks on this machine (each in a temporary folder, with its timeout); exit 1 if one that ran failed.")

    @OptionGroup var project: CheckProject

    @Option(name: .long, help: "Run only this check (repeatable).")
    var id: [String] = []

    @Flag(name: .long, help: "Store the results in content/data/checks/.")
    var record = false

    @Option(name: .long, help: "The Python that runs the runner (and whose torch the checks see).")
    var python: String = "python3"

    func run() throws {
        let result = try project.build()
        let runner = try project.runner(result)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gpukb-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("run_checks.py")
        let results = folder.appendingPathComponent("results.json")
        try runner.write(to: script)
        // The runner is the one implementation of running, matching and fingerprinting, on this machine and on a
        // GPU box without Swift alike; progress goes straight to our stderr.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script.path, "--out", results.path] + id.flatMap { ["--id", $0] }
        do {
            try process.run()
        } catch {
            Console.error("error: cannot start \(python): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
        process.waitUntilExit()
        let status = process.terminationStatus
        guard status == 0 || status == 1, let data = FileManager.default.contents(atPath: results.path) else {
            throw ExitCode(status == 0 ? 2 : status)
        }
        if record {
            try CheckImport.store(data, name: nil, project: project, checks: result.checks)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

struct CheckImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate results written by run_checks.py and store them under content/data/checks/.")

    @OptionGroup var project: CheckProject

    @Argument(help: "The JSON file run_checks.py wrote.")
    var file: String

    @Option(name: .long, help: "File name to store it as (default: DATE-MACHINE.json).")
    var name: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("error: cannot read \(file)\n")
            throw ExitCode(1)
        }
        try CheckImport.store(data, name: name, project: project, checks: project.build().checks, display: file)
    }
}

/// Validates a results file and stores it; says how its results read against the checks as written now.
enum CheckImport {
    static func store(_ data: Data, name: String?, project: CheckProject, checks: [Check], display: String = "results.json") throws {
        var bag = DiagnosticBag()
        let record = CheckRecordLoader.parse(String(decoding: data, as: UTF8.self), file: name ?? "results.json", display: display, into: &bag)
        if !bag.all.isEmpty { Console.error(DiagnosticRenderer(colored: isatty(STDERR_FILENO) == 1).render(bag.sorted())) }
        guard let record, !bag.hasErrors else { throw ExitCode(1) }
        let environment = record.environment
        let machine = environment.gpus.first.map { EntityURL.slug($0) } ?? "no-gpu-" + EntityURL.slug(environment.os ?? "unknown")
        let stem = name.map { $0.hasSuffix(".json") ? String($0.dropLast(5)) : $0 } ?? "\(environment.date ?? "undated")-\(machine)"
        try FileManager.default.createDirectory(at: project.checksDirectory, withIntermediateDirectories: true)
        let target = project.checksDirectory.appendingPathComponent(stem + ".json")
        let shown = project.display("content/data/checks/\(stem).json")
        if FileManager.default.contents(atPath: target.path) == data {
            print("already stored as \(shown); nothing to do")
            return
        }
        let replaced = FileManager.default.fileExists(atPath: target.path)
        try data.write(to: target, options: .atomic)
        var counts: [String: Int] = [:]
        let byID = Dictionary(checks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for result in record.results {
            guard let check = byID[result.id] else { counts["unknown", default: 0] += 1; continue }
            switch CheckVerdict(check: check, result: result) {
            case .verified: counts["verified", default: 0] += 1
            case .failing: counts["failing", default: 0] += 1
            case .stale: counts["stale", default: 0] += 1
            case .skipped: counts["skipped", default: 0] += 1
            }
        }
        let summary = ["verified", "failing", "stale", "skipped", "unknown"].compactMap { key in counts[key].map { "\($0) \(key)" } }.joined(separator: ", ")
        print("\(replaced ? "replaced" : "stored") \(shown): \(record.results.count) results on \(environment.gpus.first ?? "a machine without a GPU") (\(summary))")
        print("run 'gpukb build' (or 'make site') to show the badges")
    }
}
