import ArgumentParser
import SitePipeline
import Diagnostics
import Foundation

/// `gpukb build`: builds `content/` into `site/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ and themes/ into site/ (written atomically).")

    @Option(name: .long, help: "Project root holding content/ and themes/.")
    var root: String = "."

    @Option(name: .long, help: "Output folder (default: <root>/site).")
    var out: String?

    @Option(name: .long, help: "Folder holding themes (default: <root>/themes).")
    var themes: String?

    @Flag(name: .long, help: "Print the time of each pipeline stage.")
    var timings = false

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Build on one core (for comparison and debugging).")
    var serial = false

    @Flag(name: .long, help: "Replace a non-empty output folder that gpukb did not write (never content/, themes/ or the project root).")
    var force = false

    func run() throws {
        let start = Date()
        let rootURL = URL(fileURLWithPath: root)
        let outURL = out.map { URL(fileURLWithPath: $0) } ?? rootURL.appendingPathComponent("site")
        let options = BuildOptions(root: rootURL, rootDisplay: root == "." ? "" : root,
                                   includeDrafts: drafts, parallel: !serial,
                                   themesDirectory: themes.map { URL(fileURLWithPath: $0) })
        let renderer = DiagnosticRenderer(colored: isatty(STDERR_FILENO) == 1)
        do {
            let result = try Pipeline.build(options, writingTo: outURL, force: force)
            if !result.warnings.isEmpty { Console.error(renderer.render(result.warnings)) }
            if timings {
                for (index, stage) in result.timings.enumerated() {
                    let name = stage.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    let peak = stage.peakResidentBytes.map { String(repeating: " ", count: max(1, 9 - Console.milliseconds(stage.seconds).count)) + "peak \($0 / 1_048_576) MB" } ?? ""
                    print("[\(index + 1)/\(result.timings.count)] \(name) \(Console.milliseconds(stage.seconds))\(peak)")
                }
            }
            let warnings = result.warnings.count
            print("built \(result.pageCount) pages, \(result.fileCount) files, \(warnings) warning\(warnings == 1 ? "" : "s") in \(Console.milliseconds(Date().timeIntervalSince(start))) → \(out ?? (root == "." ? "site" : root + "/site"))/")
        } catch let error as DiagnosticsError {
            Console.error(renderer.render(error.diagnostics))
            Console.error("build failed; \(out ?? "site")/ was left unchanged\n")
            throw ExitCode(1)
        } catch var refusal as OutputRefusal {
            refusal.output = out ?? (root == "." ? "site" : root + "/site")
            Console.error("error: \(refusal)\n")
            throw ExitCode(1)
        } catch let failure as OutputError {
            Console.error("error: cannot write the site: \(failure.message)\n")
            Console.error("build failed; \(out ?? "site")/ was left unchanged\n")
            throw ExitCode(1)
        } catch {
            Console.error("error: cannot write the site: \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
    }
}

/// Output helpers shared by commands.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func milliseconds(_ seconds: Double) -> String { StageTiming.format(seconds) }
}
