import ArgumentParser
import Compat
import Diagnostics
import Foundation

/// Options every vendor-page importer takes.
struct ImportOptions: ParsableArguments {
    @OptionGroup var dataset: DatasetOptions

    @Argument(help: "The saved vendor page (.html) or its text.")
    var file: String

    @Option(name: .long, help: "Date for the change-log entry and notes (YYYY-MM-DD; default today).")
    var date: String?

    @Flag(name: .long, help: "Report what would change without writing.")
    var dryRun = false

    var day: String { date ?? ImportDriversCommand.today() }

    /// The page's text; exits 1 with a message when it cannot be read.
    func read() throws -> String {
        guard let input = (try? String(contentsOfFile: file, encoding: .utf8)) ?? (try? String(contentsOfFile: file, encoding: .isoLatin1)) else {
            Console.error("error: cannot read \(file)\n")
            throw ExitCode(1)
        }
        return input
    }

    /// Prints the report, checks that the merged dataset is valid, and writes the changed files and a change-log entry.
    func finish(_ report: ImportReport, changeTitle: (title: String, translations: [String: String])) throws {
        var report = report
        for entry in report.conflicts {
            Console.error("\(file):\(entry.line): warning: \(entry.subject) differs from the dataset: \(entry.detail); kept the dataset's values\n")
        }
        for entry in report.skipped { print("skipped line \(entry.line): \(entry.subject) (\(entry.detail))") }
        for entry in report.updated { print("updated \(entry.subject) (inferred → sourced): \(entry.detail)") }
        for entry in report.added { print("added \(entry.subject): \(entry.detail)") }
        if report.changesDataset {
            report.dataset.logChange(ChangeEntry(date: day, title: changeTitle.title, titleTranslations: changeTitle.translations,
                                                 items: report.changeItems, location: SourceLocation(path: "")))
            report.files.insert("changes.yaml")
        }
        let texts = try dataset.validatedTexts(of: report.dataset)
        print(report.summary)
        guard !dryRun, report.changesDataset else { return }
        try dataset.write(texts, files: report.files)
    }
}

extension DatasetOptions {
    /// The dataset files for `merged`, in canonical format, after checking that they load without errors; exits 1
    /// (writing nothing) when an import would make the dataset invalid.
    func validatedTexts(of merged: CompatDataset) throws -> [String: String] {
        var bag = DiagnosticBag()
        let texts = DatasetLoader.fileNames.reduce(into: [String: String]()) { texts, name in
            if let text = DatasetFormatter.format(name, merged) { texts[name] = text }
        }
        _ = DatasetLoader.load(texts: texts, display: display, into: &bag)
        if bag.hasErrors {
            Console.error(DiagnosticRenderer(colored: false).render(bag.errors))
            Console.error("error: the imported rows would make the dataset invalid; nothing was written\n")
            throw ExitCode(1)
        }
        return texts
    }

    /// Writes the named dataset files and says so.
    func write(_ texts: [String: String], files: Set<String>) throws {
        let names = files.sorted()
        for name in names {
            guard let text = texts[name] else { continue }
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        print("wrote \(names.joined(separator: ", ")); run 'make site' to regenerate the matrices and pages")
    }
}

struct ImportCuDNNCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-cudnn-matrix",
        abstract: "Add cuDNN releases from a saved copy of NVIDIA's cuDNN 9 support matrix (HTML, or its text).",
        discussion: """
        Reads the "Supported NVIDIA Hardware and CUDA Version" table. New releases are added; a release the \
        dataset marks as inferred gets the page's values; rows that differ from a sourced record are reported \
        as conflicts and left as they are. cudnn.yaml is rewritten in canonical format and changes.yaml gets a \
        dated entry. cuDNN 8 matrices are not read.
        """)

    @OptionGroup var options: ImportOptions

    @Option(name: .long, help: "The page's address, cited by new records (default: NVIDIA's current support matrix).")
    var source: String = CuDNNMatrixImporter.sourceURL

    func run() throws {
        let data = try options.dataset.load()
        let input = try options.read()
        let parsed = CuDNNMatrixImporter.parse(input)
        guard !parsed.rows.isEmpty else {
            for entry in parsed.skipped { Console.error("\(options.file):\(entry.line): error: \(entry.subject): \(entry.detail)\n") }
            let hint = CuDNNMatrixImporter.looksLikeCuDNN8(input)
                ? "this is a cuDNN 8 support matrix, whose layout the importer does not read; edit cudnn.yaml by hand"
                : "expected rows such as 'cuDNN 9.17.0 for CUDA 13.x', toolkit versions, Yes/No, '>=580.65.06', 'N/A', compute capabilities"
            Console.error("\(options.file): error: no cuDNN support-matrix rows found; \(hint)\n")
            throw ExitCode(1)
        }
        let report = CuDNNMatrixImporter.merge(parsed.rows, skipped: parsed.skipped, source: source, date: options.day, into: data)
        try options.finish(report, changeTitle: data.changeTitle(.importChangeCuDNN, ["count": String(report.added.count + report.updated.count)]))
    }
}

struct ImportGPUsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-cuda-gpus",
        abstract: "Add GPUs from a saved copy of NVIDIA's CUDA GPU Compute Capability page (current or legacy; HTML, or text with one GPU per line).",
        discussion: """
        A GPU the dataset knows (by name, alias, or as the family of its variants) is compared by compute \
        capability; a new one is added with the architecture its compute capability belongs to; memory and \
        release date are left for the maintainer. gpus.yaml is rewritten in canonical format and changes.yaml \
        gets a dated entry.
        """)

    @OptionGroup var options: ImportOptions

    @Option(name: .long, help: "The page's address, cited by new records (default: the current or legacy page, by the page's title).")
    var source: String?

    func run() throws {
        let data = try options.dataset.load()
        let input = try options.read()
        let parsed = GPUTableImporter.parse(input)
        guard !parsed.rows.isEmpty else {
            for entry in parsed.skipped { Console.error("\(options.file):\(entry.line): error: \(entry.subject): \(entry.detail)\n") }
            Console.error("\(options.file): error: no GPUs found; expected a 'Compute Capability | Data Center | Workstation/Consumer | Jetson' table or 'GPU | Compute Capability' rows\n")
            throw ExitCode(1)
        }
        let report = GPUTableImporter.merge(parsed.rows, skipped: parsed.skipped, source: source ?? GPUTableImporter.source(of: input),
                                            date: options.day, into: data)
        try options.finish(report, changeTitle: data.changeTitle(.importChangeGPUs, ["count": String(report.added.count)]))
    }
}

struct ImportReleaseNotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-pytorch-release-md",
        abstract: "Check pytorch.yaml against a saved copy of PyTorch's RELEASE.md (compatibility matrix, CUDA support matrix).",
        discussion: """
        Every dataset release of each minor the Release Compatibility Matrix lists is compared: Python range, \
        CUDA builds, and, for the releases the PyTorch CUDA Support Matrix names, each build's architectures. \
        Differences are reported; nothing is written. A release RELEASE.md lists that the dataset lacks is added \
        from its wheel index with import-pytorch-wheels.
        """)

    @OptionGroup var dataset: DatasetOptions

    @Argument(help: "Saved RELEASE.md.")
    var file: String

    func run() throws {
        let data = try dataset.load()
        guard let input = try? String(contentsOfFile: file, encoding: .utf8) else {
            Console.error("error: cannot read \(file)\n")
            throw ExitCode(1)
        }
        let notes = ReleaseNotesImporter.parse(input)
        guard !notes.rows.isEmpty else {
            Console.error("\(file): error: no Release Compatibility Matrix found; expected a table whose header has 'PyTorch version', 'Python' and 'Stable CUDA'\n")
            throw ExitCode(1)
        }
        let report = ReleaseNotesImporter.audit(notes, into: data)
        for entry in report.conflicts {
            Console.error("\(file):\(entry.line): warning: \(entry.subject) differs from the dataset: \(entry.detail)\n")
        }
        for entry in report.skipped { print("skipped line \(entry.line): \(entry.subject) (\(entry.detail))") }
        print("\(notes.rows.count) matrix rows, architectures for \(notes.archReleases.map(\.description).joined(separator: ", ")); "
              + "\(report.unchanged) releases agree, \(report.conflicts.count) differ, \(report.skipped.count) skipped")
    }
}

struct ImportWheelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-pytorch-wheels",
        abstract: "Add PyTorch releases from a saved wheel index page (download.pytorch.org/whl/torch/ or a per-build page), or a list of wheel file names.",
        discussion: """
        Releases the dataset has are checked (builds, platforms, Python tags). A newer release is added with the \
        builds the page lists; with --release-md its Python range, architectures and planned date come from \
        RELEASE.md, otherwise they are inferred and the record's note says so. pytorch.yaml is rewritten in \
        canonical format and changes.yaml gets a dated entry.
        """)

    @OptionGroup var options: ImportOptions

    @Option(name: .long, help: "Saved RELEASE.md, for the Python range, architectures and date of a new release.")
    var releaseMd: String?

    @Option(name: .long, help: "The torchvision version paired with a new release (from PyTorch's release announcement).")
    var torchvision: String?

    @Option(name: .long, help: "The page's address, cited by new records.")
    var source: String = WheelIndexImporter.sourceURL

    func run() throws {
        let data = try options.dataset.load()
        let input = try options.read()
        var notes: ReleaseNotesImporter.Notes?
        if let releaseMd {
            guard let text = try? String(contentsOfFile: releaseMd, encoding: .utf8) else {
                Console.error("error: cannot read \(releaseMd)\n")
                throw ExitCode(1)
            }
            notes = ReleaseNotesImporter.parse(text)
            if notes?.rows.isEmpty ?? true {
                Console.error("\(releaseMd): error: no Release Compatibility Matrix found\n")
                throw ExitCode(1)
            }
        }
        var pairing: Version?
        if let torchvision {
            guard let version = Version(torchvision), version.parts.count == 3 else {
                Console.error("error: expected --torchvision as X.Y.Z (such as 0.30.0), found \(Diagnostic.quoted(torchvision))\n")
                throw ExitCode(2)
            }
            pairing = version
        }
        let parsed = WheelIndexImporter.parse(input)
        guard parsed.wheels.contains(where: { $0.package == "torch" }) else {
            Console.error("\(options.file): error: no torch wheels found; expected links such as 'torch-2.14.0+cu130-cp312-cp312-manylinux_2_28_x86_64.whl'\n")
            throw ExitCode(1)
        }
        let report = WheelIndexImporter.merge(parsed.wheels, skipped: parsed.skipped, notes: notes, torchvision: pairing,
                                              source: source, date: options.day, into: data)
        try options.finish(report, changeTitle: data.changeTitle(.importChangePyTorch, ["count": String(report.added.count)]))
    }
}
