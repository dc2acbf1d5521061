import ArgumentParser
import Bench
import Compat
import Diagnostics
import Foundation

/// `gpukb bench`: store benchmark runs for the results page.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Store gpu_bench.py results (and cited figures) in content/data/bench/.",
        subcommands: [BenchImportCommand.self])
}

struct BenchImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate a results file written by gpu_bench.py and store it under content/data/bench/.")

    @Argument(help: "The JSON file gpu_bench.py wrote (python3 gpu_bench.py --out results.json).")
    var file: String

    @Option(name: .long, help: "Project root holding content/.")
    var root: String = "."

    @Option(name: .long, help: "File name to store it as (default: DATE-GPU.json).")
    var name: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("error: cannot read \(file)\n")
            throw ExitCode(1)
        }
        let text = String(decoding: data, as: UTF8.self)
        var bag = DiagnosticBag()
        // GPUs are checked against the project's dataset when it has one, so the results page can link them.
        var dataBag = DiagnosticBag()
        let dataset = DatasetLoader.load(directory: URL(fileURLWithPath: root).appendingPathComponent("content/data/compat"), display: "content/data/compat", into: &dataBag)
        let index = GPUIndex(dataset.gpus)
        let knownGPU: ((String) -> Bool)? = dataset.gpus.isEmpty ? nil : { index.find(reported: $0) != nil }
        let parsed = BenchLoader.parse(text, file: (file as NSString).lastPathComponent, display: file, knownGPU: knownGPU, into: &bag)
        let renderer = DiagnosticRenderer(colored: isatty(STDERR_FILENO) == 1)
        if !bag.all.isEmpty { Console.error(renderer.render(bag.sorted())) }
        guard let run = parsed, !bag.hasErrors else { throw ExitCode(1) }
        let directory = URL(fileURLWithPath: root).appendingPathComponent("content/data/bench")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The file name comes from data and flags: reduced to a slug, so it can name no other folder.
        let wanted = name.map { $0.hasSuffix(".json") ? String($0.dropLast(5)) : $0 }
            ?? [run.environment.date ?? "undated", run.environment.gpuLabel(unknown: "unknown GPU")].joined(separator: "-")
        let slug = EntityURL.slug(wanted)
        let stem = slug.isEmpty ? "run" : String(slug.prefix(120))
        var target = directory.appendingPathComponent(stem + ".json")
        var counter = 2
        while FileManager.default.fileExists(atPath: target.path) {
            if FileManager.default.contents(atPath: target.path) == data {
                print("already stored as \(display(target)); nothing to do")
                return
            }
            target = directory.appendingPathComponent("\(stem)-\(counter).json")
            counter += 1
        }
        guard target.standardizedFileURL.deletingLastPathComponent().path == directory.standardizedFileURL.path else {
            Console.error("error: refusing to write \(target.path): outside \(directory.path)\n")
            throw ExitCode(1)
        }
        try data.write(to: target, options: .atomic)
        let figures = run.results.map { "\($0.id) \(BenchChart.number($0.value)) \($0.metric)" }.joined(separator: ", ")
        print("stored \(display(target)): \(run.kind.rawValue) run on \(run.environment.gpuLabel(unknown: "unknown GPU")), \(run.results.count) results (\(figures))")
        print("run 'gpukb build' (or 'make site') to regenerate bench/index.html")
    }

    private func display(_ url: URL) -> String {
        let prefix = root == "." ? "" : root + "/"
        return prefix + "content/data/bench/" + url.lastPathComponent
    }
}
