import ArgumentParser
import Compat
import Diagnostics
import Foundation

/// `gpukb data`: maintain the compatibility dataset.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Validate, format and import the compatibility dataset in content/data/compat/.",
        subcommands: [ValidateCommand.self, StatusCommand.self, FormatCommand.self, ImportDriversCommand.self, ImportCuDNNCommand.self, ImportGPUsCommand.self, ImportReleaseNotesCommand.self, ImportWheelsCommand.self])
}

/// Where the dataset is, shared by the data, query and resolve commands.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: "Project root holding content/.")
    var root: String = "."

    @Option(name: .long, help: "Language of the answers' sentences: a file in content/data/compat/phrases/ (default zh-CN, else the only one).")
    var lang: String?

    var directory: URL { URL(fileURLWithPath: root).appendingPathComponent("content/data/compat") }
    var display: String { root == "." ? "content/data/compat" : "\(root)/content/data/compat" }

    /// Loads the dataset, printing every diagnostic; exits 1 when there are errors. With `speaking`, the dataset must
    /// have sentences in `--lang` (the answers of `query` and `resolve` are made of them).
    func load(speaking: Bool = false) throws -> CompatDataset {
        var bag = DiagnosticBag()
        let data = DatasetLoader.load(directory: directory, display: display, into: &bag)
        let renderer = DiagnosticRenderer(colored: isatty(STDERR_FILENO) == 1)
        if !bag.all.isEmpty { Console.error(renderer.render(bag.sorted())) }
        if bag.hasErrors { throw ExitCode(1) }
        if data.isEmpty {
            Console.error("error: no dataset in \(display)/; expected cuda.yaml, gpus.yaml, pytorch.yaml, …\n")
            throw ExitCode(1)
        }
        guard speaking || lang != nil else { return data }
        let language = lang ?? data.phrases.language
        guard let speaking = data.speaking(language) else {
            let known = data.phrasebooks.keys.sorted()
            Console.error("error: no sentences in \(display)/\(Phrasebook.folder)/\(language.isEmpty ? "<language>" : language).yaml"
                          + (known.isEmpty ? "; expected one file per language, such as zh-CN.yaml" : " (there are: \(known.joined(separator: ", ")))") + "\n")
            throw ExitCode(1)
        }
        return speaking
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check the dataset: schema, references, duplicates, sources and ordering.")

    @OptionGroup var dataset: DatasetOptions

    func run() throws {
        let data = try dataset.load()
        let variants = data.pytorch.reduce(0) { $0 + $1.variants.count }
        print("dataset OK: \(data.cuda.count) CUDA releases, \(data.minorCompat.count) minor-compatibility floors, "
              + "\(data.architectures.count) architectures, \(data.gpus.count) GPUs, \(data.cudnn.count) cuDNN releases, "
              + "\(data.pytorch.count) PyTorch releases (\(variants) variants), \(data.driverBranches.count) driver branches, \(data.changes.count) change-log entries")
    }
}

struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt", abstract: "Rewrite the dataset files in canonical order and format (idempotent).")

    @OptionGroup var dataset: DatasetOptions

    @Flag(name: .long, help: "Only report files that are not in canonical format; exit 1 if any.")
    var check = false

    func run() throws {
        let data = try dataset.load()
        var changed: [String] = []
        for name in DatasetLoader.fileNames {
            let url = dataset.directory.appendingPathComponent(name)
            guard let current = try? String(contentsOf: url, encoding: .utf8), let text = DatasetFormatter.format(name, data) else { continue }
            guard text != current else { continue }
            changed.append(name)
            if !check { try text.write(to: url, atomically: true, encoding: .utf8) }
        }
        if check {
            for name in changed { print("\(dataset.display)/\(name) is not in canonical format; run 'gpukb data fmt'") }
            if !changed.isEmpty { throw ExitCode(1) }
        } else {
            print(changed.isEmpty ? "all dataset files already canonical" : "formatted " + changed.joined(separator: ", "))
        }
    }
}

struct ImportDriversCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-nvidia-drivers",
        abstract: "Add CUDA releases from a saved copy of NVIDIA's CUDA Toolkit release notes (HTML, or the driver table as text).",
        discussion: "New releases are added; rows that differ from the dataset are reported as conflicts and left as they are. cuda.yaml is rewritten in canonical format and changes.yaml gets a dated entry.")

    @OptionGroup var dataset: DatasetOptions

    @Argument(help: "Saved release notes page (.html) or the table copied as text.")
    var file: String

    @Option(name: .long, help: "Date for the change-log entry (YYYY-MM-DD; default today).")
    var date: String?

    @Flag(name: .long, help: "Report what would change without writing.")
    var dryRun = false

    func run() throws {
        let data = try dataset.load()
        guard let input = (try? String(contentsOfFile: file, encoding: .utf8)) ?? (try? String(contentsOfFile: file, encoding: .isoLatin1)) else {
            Console.error("error: cannot read \(file)\n")
            throw ExitCode(1)
        }
        let parsed = DriverTableImporter.parse(input)
        guard !parsed.rows.isEmpty else {
            Console.error("\(file): error: no driver table rows found; expected rows such as 'CUDA 12.8 Update 1  >=570.124.06  >=572.61'\n")
            throw ExitCode(1)
        }
        var outcome = DriverTableImporter.merge(parsed.rows, skipped: parsed.skipped, into: data)
        for conflict in outcome.conflicts {
            Console.error("\(file):\(conflict.row.line): warning: CUDA \(conflict.row.name) differs from the dataset (\(conflict.existing.provenance.location)): "
                          + conflict.differences.joined(separator: "; ") + "; kept the dataset's values\n")
        }
        for skip in outcome.skipped { print("skipped line \(skip.line): \(skip.text.trimmingCharacters(in: .whitespaces)) (\(skip.reason))") }
        for release in outcome.added { print("added CUDA \(release.version) (\(release.name)): Linux ≥ \(release.minDriver.linux?.description ?? "N/A"), Windows ≥ \(release.minDriver.windows?.description ?? "N/A")") }
        if !outcome.added.isEmpty {
            let day = date ?? Self.today()
            let title = data.changeTitle(.importChangeCUDA, ["count": String(outcome.added.count)])
            outcome.dataset.logChange(ChangeEntry(date: day, title: title.title, titleTranslations: title.translations,
                                                    items: outcome.added.map { "cuda \($0.version)" }, location: SourceLocation(path: "")))
        }
        let texts = try dataset.validatedTexts(of: outcome.dataset)
        print("\(outcome.added.count) added, \(outcome.unchanged) unchanged, \(outcome.conflicts.count) conflicting (kept), \(outcome.skipped.count) skipped")
        guard !dryRun, !outcome.added.isEmpty else { return }
        try dataset.write(texts, files: ["cuda.yaml", "changes.yaml"])
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show, per family, the newest release in the dataset and how old it is.",
        discussion: "A family whose newest release date and last import (its newest change-log entry) are both older than --stale-after days is marked STALE: check the vendor's page and import.")

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "Today's date as YYYY-MM-DD (default: the clock), for reproducible output.")
    var today: String?

    @Option(name: .long, help: "Days after which a family's newest dated record counts as stale.")
    var staleAfter: Int = 120

    func run() throws {
        let data = try dataset.load()
        var now = Date()
        if let today {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            guard let date = formatter.date(from: today) else {
                Console.error("error: expected --today as YYYY-MM-DD, found \(Diagnostic.quoted(today))\n")
                throw ExitCode(2)
            }
            now = date
        }
        print("family         records  newest                              dated      checked    age")
        for family in DatasetStatus.make(data).families {
            let age = family.freshAsOf.flatMap { DatasetStatus.age(of: $0, today: now) }
            let flag = age.map { $0 > staleAfter ? "  STALE" : "" } ?? ""
            let name = family.name.padding(toLength: 14, withPad: " ", startingAt: 0)
            let count = String(family.count).padding(toLength: 8, withPad: " ", startingAt: 0)
            let newest = family.newest.padding(toLength: 35, withPad: " ", startingAt: 0)
            // The newest record's own date; where NVIDIA left it undated, ">" and the newest date in the family.
            let dated = (family.date ?? family.newestDate.map { ">" + $0 } ?? "—").padding(toLength: 10, withPad: " ", startingAt: 0)
            let checked = (family.checked ?? "—").padding(toLength: 10, withPad: " ", startingAt: 0)
            print("\(name) \(count) \(newest) \(dated) \(checked) \(age.map { "\($0) d" } ?? "—")\(flag)")
            if !flag.isEmpty { print("               update: \(family.update)") }
        }
    }
}
