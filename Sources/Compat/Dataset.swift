import Diagnostics

/// Minimum driver versions per operating system; `nil` where NVIDIA's table gives none ("N/A").
public struct DriverMinimums: Hashable, Sendable {
    /// Linux x86_64.
    public var linux: Version?
    /// Windows x86_64.
    public var windows: Version?

    /// Creates minimums.
    public init(linux: Version?, windows: Version?) {
        self.linux = linux
        self.windows = windows
    }

    /// The minimum for `os` (WSL2 uses the Windows driver).
    public func minimum(for os: OperatingSystem) -> Version? {
        os == .linux ? linux : windows
    }
}

/// The operating systems the resolver knows.
public enum OperatingSystem: String, Hashable, Sendable, CaseIterable {
    case linux, windows, wsl2

    /// The wheel platform a PyTorch build must ship for (`wsl2` runs Linux wheels).
    public var wheelPlatform: String { self == .windows ? "windows" : "linux" }

    /// The name readers know the system by (the same in every language).
    public var label: String {
        switch self {
        case .linux: return "Linux"
        case .windows: return "Windows"
        case .wsl2: return "WSL2"
        }
    }
}

/// The machine's CPU architecture: PyTorch publishes separate Linux wheels for x86_64 and Arm (aarch64), compiled
/// for different GPU architecture lists.
public enum CPUArchitecture: String, Hashable, Sendable, CaseIterable {
    case x86_64, aarch64

    /// The wheel platform a CUDA build must ship for on `os`; nil where PyTorch publishes none (Arm outside Linux).
    public func wheelPlatform(_ os: OperatingSystem) -> String? {
        switch self {
        case .x86_64: return os.wheelPlatform
        case .aarch64: return os == .linux ? "linux-aarch64" : nil
        }
    }
}

/// Fields every record has: where it came from and where it is written.
public struct Provenance: Hashable, Sendable {
    /// URL of the document the facts were read from.
    public var source: String
    /// Further sources.
    public var also: [String]
    /// A remark for readers, e.g. where sources disagree.
    public var note: String?
    /// Where the record starts in the dataset.
    public var location: SourceLocation
    /// The note in every language, when it is written per language (`note: {zh-CN: …, en: …}`); `note` is the
    /// language the dataset speaks.
    public var noteTranslations: [String: String] = [:]

    /// Provenance whose note is written in every language (`CompatDataset.inEveryLanguage`).
    public init(source: String, also: [String] = [], note: (text: String, translations: [String: String]), location: SourceLocation) {
        self.init(source: source, also: also, note: note.text, location: location)
        noteTranslations = note.translations
    }

    /// The note in `language` (the dataset's own when it is not written per language).
    public func note(in language: String) -> String? { noteTranslations[language] ?? note }

    /// Creates provenance.
    public init(source: String, also: [String] = [], note: String? = nil, location: SourceLocation) {
        self.source = source
        self.also = also
        self.note = note
        self.location = location
    }
}

/// A record with a source and, perhaps, a note.
public protocol HasProvenance {
    var provenance: Provenance { get set }
}

extension Provenance {
    /// The note in `language`, where it is written per language.
    mutating func speak(_ language: String) {
        if let translated = noteTranslations[language] { note = translated }
    }
}

extension CUDARelease: HasProvenance {}
extension MinorCompatFloor: HasProvenance {}
extension Architecture: HasProvenance {}
extension GPU: HasProvenance {}
extension CuDNNRelease: HasProvenance {}
extension PyTorchRelease: HasProvenance {}
extension PyTorchBinaryFloor: HasProvenance {}
extension SharedName: HasProvenance {}
extension DriverBranch: HasProvenance {}
extension FrameworkRelease: HasProvenance {}

/// A rule that applies across records (backward compatibility, cubin compatibility, …).
public struct CompatRule: Hashable, Sendable {
    /// Stable id.
    public var id: String
    /// One sentence.
    public var text: String
    /// Where it is from.
    public var provenance: Provenance
    /// The sentence in every language, when it is written per language; `text` is the language the dataset speaks.
    public var textTranslations: [String: String] = [:]
}

/// One CUDA toolkit release (GA or Update).
public struct CUDARelease: Hashable, Sendable {
    /// `12.8.1`.
    public var version: Version
    /// `12.8 Update 1`.
    public var name: String
    /// Whether `name` was written out in the dataset (rather than derived).
    public var nameIsExplicit: Bool
    /// `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?
    /// Minimum drivers from NVIDIA's table.
    public var minDriver: DriverMinimums
    /// The driver branch NVIDIA names for this toolkit (R615 for 13.4), which stands in for a minimum the table
    /// leaves out ("N/A"): any driver of that branch or newer has the toolkit's full feature set.
    public var branch: Int? = nil
    /// Whether `branch` is inferred (from the Linux minimum's branch, or the driver that ships the toolkit's
    /// compatibility package) rather than printed by NVIDIA for this toolkit.
    public var branchInferred: Bool = false
    /// Where it is from.
    public var provenance: Provenance

    /// The driver that has every feature of this toolkit on `os`: NVIDIA's minimum, or else the first driver of the
    /// branch NVIDIA names for it; nil when neither is known.
    public func requirement(for os: OperatingSystem) -> Version? {
        minDriver.minimum(for: os) ?? branch.flatMap { Version("\($0)") }
    }

    /// `requirement(for:)` as a matrix cell or fact reads: the version, or "R615 or a newer branch" (marked inferred
    /// where it is); nil when neither is known.
    public func requirementText(for os: OperatingSystem, phrases say: Phrasebook) -> String? {
        if let minimum = minDriver.minimum(for: os) { return minimum.description }
        guard let branch else { return nil }
        let text = say(.matrixBranchOrNewer, ["branch": String(branch)])
        return branchInferred ? say(.matrixInferred, ["range": text]) : text
    }

    /// `requirementText(for:)` as a page states it: "≥ 580.65.06", or the branch sentence as it is; nil when neither.
    public func requirementFact(for os: OperatingSystem, phrases say: Phrasebook) -> String? {
        minDriver.minimum(for: os).map { "≥ \($0)" } ?? requirementText(for: os, phrases: say)
    }

    /// The name NVIDIA's table uses when none is given: `X.Y GA` or `X.Y Update Z`.
    public static func defaultName(for version: Version) -> String {
        version.patch == 0 ? "\(version.major).\(version.minor) GA" : "\(version.major).\(version.minor) Update \(version.patch)"
    }
}

/// The minor-version compatibility floor of one CUDA major.
public struct MinorCompatFloor: Hashable, Sendable {
    /// CUDA major, e.g. 12.
    public var major: Int
    /// The oldest drivers that run any 12.x application under minor-version compatibility.
    public var minDriver: DriverMinimums
    /// Where it is from.
    public var provenance: Provenance
}

/// A GPU architecture and the compute capabilities it spans.
public struct Architecture: Hashable, Sendable {
    /// A compute capability of the architecture and the first toolkit that compiles for it.
    public struct Capability: Hashable, Sendable {
        /// `8.9`.
        public var cc: Version
        /// First CUDA X.Y that targets it.
        public var firstCUDA: Version
        /// Where it is written.
        public var location: SourceLocation
        /// The first CUDA that can no longer compile for this capability, where it left before the rest of its
        /// architecture (Kepler's 3.0 and 3.2 in CUDA 11.0, 3.5 and 3.7 in 12.0); nil follows the architecture.
        public var removedIn: Version? = nil
    }

    /// `Ada Lovelace`.
    public var name: String
    /// Its compute capabilities, ascending.
    public var capabilities: [Capability]
    /// CUDA release that deprecates it.
    public var deprecatedIn: Version?
    /// First CUDA release that can no longer compile for it.
    public var removedIn: Version?
    /// The last driver branch (major version, e.g. 580) that drives the architecture's GPUs; newer branches do not.
    public var lastDriverBranch: Int?
    /// Where it is from.
    public var provenance: Provenance
}

/// An NVIDIA driver branch and its support lifetime, from NVIDIA's data-center driver documentation.
/// A TensorFlow or JAX release (or a range of releases sharing one configuration) and its CUDA stack, as its
/// vendor publishes it: TensorFlow's tested build configurations, JAX's installation page.
public struct FrameworkRelease: Hashable, Sendable {
    /// `tensorflow` or `jax`.
    public var framework: String
    /// The release or range as the vendor writes it: `2.21.0`, `0.8.0-0.10.2`, `>=0.11.0`.
    public var versions: String
    /// The first release the record covers, for ordering.
    public var first: Version
    /// A build of the release, for frameworks that ship several (`cuda13` for JAX); nil for one build.
    public var build: String?
    /// Supported Python range.
    public var python: PythonRange
    /// The CUDA it was tested with (TensorFlow) or needs (JAX, e.g. `>=13.0`).
    public var cuda: String
    /// The cuDNN, the same way.
    public var cudnn: String
    /// Lowest Linux driver the vendor names, when it names one.
    public var linuxDriver: Version?
    /// Where it is from.
    public var provenance: Provenance

    /// The framework as readers spell it.
    public var displayName: String { framework == "jax" ? "JAX" : "TensorFlow" }

    /// The first version of `text` (`0.8.0-0.10.2` → 0.8.0, `>=0.11.0` → 0.11.0).
    public static func firstVersion(of text: String) -> Version? {
        let trimmed = text.hasPrefix(">=") ? String(text.dropFirst(2)) : text
        return Version(String(trimmed.split(separator: "-").first ?? ""))
    }
}

public struct DriverBranch: Hashable, Sendable {
    /// What NVIDIA calls the branch.
    public enum Designation: String, Hashable, Sendable, CaseIterable {
        case ltsb, production, newFeature = "new-feature"
    }

    /// The branch number (580 for R580).
    public var branch: Int
    /// Its designation.
    public var designation: Designation
    /// End of life, `YYYY-MM`, when NVIDIA gives one.
    public var endOfLife: String?
    /// The newest CUDA major it runs without the forward-compatibility package.
    public var maxCUDAMajor: Int
    /// Where it is from.
    public var provenance: Provenance
}

/// Peak throughput figures, TFLOPS, dense.
public struct PeakFigures: Hashable, Sendable {
    /// Figures by precision key (`fp32`, `tf32`, `bf16`, `fp16`, `fp8`, `fp64`).
    public var values: [String: Double]
    /// The keys the dataset accepts, in display order.
    public static let keys = ["fp64", "fp32", "tf32", "bf16", "fp16", "fp8"]
}

/// One GPU model.
public struct GPU: Hashable, Sendable {
    /// NVIDIA's product name.
    public var name: String
    /// What readers type.
    public var aliases: [String]
    /// `geforce`, `titan`, `workstation`, `datacenter` or `embedded`.
    public var segment: String
    /// Architecture name, as in `architectures.yaml`.
    public var architecture: String
    /// Compute capability.
    public var computeCapability: Version
    /// Whether the compute capability was inferred (NVIDIA's table does not list the GPU; the note says from what).
    public var computeCapabilityInferred: Bool = false
    /// Memory in GB.
    public var memoryGB: Double?
    /// `YYYY-MM`.
    public var released: String?
    /// Peak figures, when NVIDIA publishes them.
    public var peak: PeakFigures?
    /// The CPU of every system the GPU comes in, when there is only one kind (Grace and Jetson parts: aarch64).
    public var cpu: CPUArchitecture? = nil
    /// Where it is from.
    public var provenance: Provenance

    /// The segments the dataset accepts.
    public static let segments = ["geforce", "titan", "workstation", "datacenter", "embedded"]

    /// Whether `name` names a Jetson, DRIVE or IGX module: an integrated GPU whose driver comes with the module's OS
    /// (Jetson Linux, DriveOS) and which PyTorch's wheels do not serve. Only these are in the `embedded` segment; an
    /// embedded MXM board ("RTX 5000 Ada Generation Embedded GPU") is a discrete GPU, in `workstation`.
    public static func isModuleName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.contains("Jetson") || words.contains("DRIVE") || words.contains("IGX")
    }
}

/// One cuDNN release.
public struct CuDNNRelease: Hashable, Sendable {
    /// The build for one CUDA major.
    public struct Package: Hashable, Sendable {
        /// CUDA major.
        public var cudaMajor: Int
        /// Supported CUDA X.Y versions.
        public var cuda: [Version]
        /// Driver minimums, where stated.
        public var minDriver: DriverMinimums?
        /// Where it is written.
        public var location: SourceLocation
    }

    /// `9.17.0`.
    public var version: Version
    /// Release date.
    public var date: String?
    /// Packages, newest CUDA major first.
    public var packages: [Package]
    /// Oldest compute capability supported.
    public var minComputeCapability: Version?
    /// Whether the CUDA lists were inferred (from packages, a neighbouring release's matrix, or the minor-version rule)
    /// rather than read from this release's own support matrix; pages mark them.
    public var cudaInferred: Bool = false
    /// Where it is from.
    public var provenance: Provenance
}

/// One PyTorch wheel variant (`cu121`, `cpu`, …) of a release.
public struct PyTorchVariant: Hashable, Sendable {
    /// `cu121` or `cpu`.
    public var tag: String
    /// CUDA X.Y, `nil` for CPU builds.
    public var cuda: Version?
    /// `linux`, `windows`, `macos`.
    public var platforms: [String]
    /// Compute capabilities compiled into the wheel (SASS), when documented.
    public var archList: [Version]?
    /// The architecture whose PTX is included, if any.
    public var ptx: Version?
    /// The Linux aarch64 wheels of this variant, when PyTorch publishes them (`platforms` lists the x86_64 and
    /// Windows wheels; these are a separate build with their own architecture list).
    public var aarch64: WheelArchList? = nil
    /// The Windows wheels' own architecture list, where one was measured; without it the Windows wheels are judged
    /// by the Linux x86_64 list (`archList`), which is right where it has the architecture and unknown where not:
    /// Windows wheels have carried older architectures the Linux ones dropped (sm_61 in 2.7.1 and 2.8.0 cu128).
    public var windows: WheelArchList? = nil
    /// Install command for pip.
    public var pip: String
    /// Install command for conda, where one exists.
    public var conda: String?
    /// Where it is written.
    public var location: SourceLocation
    /// PyTorch's floor for the release this variant belongs to (`binary_floors` in pytorch.yaml), set when the
    /// dataset is read: what is known of the wheels' oldest architecture where no list is recorded.
    public var binaryFloor: PyTorchBinaryFloor? = nil
}

/// A model name sold with chips of different compute capabilities (the GeForce GT 730 as Fermi 2.1 and Kepler 3.5):
/// no one value is right for it, so it is no GPU record; a reader who types it is told the capabilities and how to
/// read the card's own.
public struct SharedName: Hashable, Sendable {
    /// As NVIDIA writes it.
    public var name: String
    /// What people type.
    public var aliases: [String]
    /// The capabilities sold under the name, ascending (2.x Fermi ones included, though no architecture record has them).
    public var capabilities: [Version]
    /// Where it is from.
    public var provenance: Provenance
}

/// What PyTorch's maintainers said about the oldest GPUs their official CUDA binaries carry code for, from a
/// release on: no wheel of that release or later has code below `lowest` (a cubin runs only on its own major
/// version at the same or a higher minor, and PTX JIT-compiles only for newer GPUs, so nothing runs below it).
public struct PyTorchBinaryFloor: Hashable, Sendable {
    /// The first release the floor holds for.
    public var since: Version
    /// The oldest compute capability the binaries have code for.
    public var lowest: Version
    /// Where it is from.
    public var provenance: Provenance
}

/// A separate wheel build's own architecture list (a variant's Linux aarch64 wheels, or its Windows wheels): what
/// they are compiled for, and where that was read.
public struct WheelArchList: Hashable, Sendable {
    /// Compute capabilities compiled into the wheel (SASS), when documented.
    public var archList: [Version]?
    /// The architecture whose PTX is included, if any.
    public var ptx: Version?
    /// Where the wheels and their list were read.
    public var source: String
    /// The list is known to contain these architectures, but not known to be complete (`arch_list_partial`): an
    /// architecture it lacks is "not recorded", not "no code".
    public var partial: Bool

    /// Creates the record.
    public init(archList: [Version]?, ptx: Version?, source: String, partial: Bool = false) {
        self.archList = archList
        self.ptx = ptx
        self.source = source
        self.partial = partial
    }
}

extension PyTorchVariant {
    /// The pip command on a wheel platform. PyPI's Windows torch wheels are CPU-only (PyTorch's maintainers in
    /// pytorch.github.io#757 and pytorch#131731), so a CUDA build whose command has no PyTorch index, as the
    /// previous-versions page gives the default build for "Linux and Windows", would install the CPU wheel there: on
    /// Windows it names the build's own index.
    public func pip(on platform: String?) -> String {
        guard platform == "windows", cuda != nil, !pip.contains("download.pytorch.org") else { return pip }
        return pip + " --index-url https://download.pytorch.org/whl/\(tag)"
    }

    /// The wheels for a platform (`linux`, `windows`, `linux-aarch64`): their architecture list and PTX, or nil when
    /// the variant has none for it.
    public func wheels(for platform: String) -> (archList: [Version]?, ptx: Version?)? {
        if platform == "linux-aarch64" { return aarch64.map { ($0.archList, $0.ptx) } }
        guard platforms.contains(platform) else { return nil }
        if platform == "windows", let windows { return (windows.archList, windows.ptx) }
        return (archList, ptx)
    }

    /// Whether the platform's own list is only known to be partial (an architecture it lacks may still be compiled in).
    public func partialList(for platform: String) -> Bool {
        switch platform {
        case "linux-aarch64": aarch64?.partial ?? false
        case "windows": windows?.partial ?? false
        default: false
        }
    }
}

/// One PyTorch release.
public struct PyTorchRelease: Hashable, Sendable {
    /// `2.1.2`.
    public var version: Version
    /// Release date.
    public var date: String?
    /// Oldest and newest Python with wheels.
    public var python: PythonRange
    /// Paired torchvision.
    public var torchvision: Version?
    /// Paired torchaudio.
    public var torchaudio: Version?
    /// Tag of the variant PyPI serves on Linux.
    public var defaultVariant: String?
    /// Variants.
    public var variants: [PyTorchVariant]
    /// Where the architecture lists were read.
    public var archSource: String?
    /// Where it is from.
    public var provenance: Provenance

    /// Variants with CUDA.
    public var cudaVariants: [PyTorchVariant] { variants.filter { $0.cuda != nil } }
}

/// The Python versions a release ships wheels for.
public struct PythonRange: Hashable, Sendable {
    /// Oldest, e.g. `3.8`.
    public var min: Version
    /// Newest, e.g. `3.11`.
    public var max: Version

    /// Whether `version` (X.Y) is inside.
    public func contains(_ version: Version) -> Bool { version.majorMinor >= min && version.majorMinor <= max }
}

/// One dated entry of the change log.
public struct ChangeEntry: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Headline.
    public var title: String
    /// Record references such as `cuda 13.1.0`.
    public var items: [String]
    /// Where it is written.
    public var location: SourceLocation
    /// The headline in every language, when it is written per language; `title` is the language the dataset speaks.
    public var titleTranslations: [String: String] = [:]

    /// Creates an entry.
    public init(date: String, title: String, titleTranslations: [String: String] = [:], items: [String], location: SourceLocation) {
        self.date = date
        self.title = title
        self.titleTranslations = titleTranslations
        self.items = items
        self.location = location
    }
}

/// The whole compatibility dataset, as loaded and validated.
public struct CompatDataset: Sendable {
    /// Rules from `cuda.yaml`.
    public var cudaRules: [CompatRule] = []
    /// Minor-version compatibility floors.
    public var minorCompat: [MinorCompatFloor] = []
    /// CUDA releases, ascending.
    public var cuda: [CUDARelease] = []
    /// Rules from `architectures.yaml`.
    public var architectureRules: [CompatRule] = []
    /// Architectures, oldest first.
    public var architectures: [Architecture] = []
    /// GPUs, in file order.
    public var gpus: [GPU] = []
    /// Model names NVIDIA sold with chips of different compute capabilities (`shared_names` in gpus.yaml).
    public var sharedNames: [SharedName] = []
    /// cuDNN releases, ascending.
    public var cudnn: [CuDNNRelease] = []
    /// PyTorch releases, ascending.
    public var pytorch: [PyTorchRelease] = []
    /// PyTorch's floors for its official binaries, oldest first (`binary_floors` in pytorch.yaml).
    public var pytorchFloors: [PyTorchBinaryFloor] = []
    /// Change log, newest first.
    public var changes: [ChangeEntry] = []
    /// Driver branches, oldest first.
    public var driverBranches: [DriverBranch] = []
    /// TensorFlow and JAX releases with the CUDA stack they were built or tested with, oldest first per framework.
    public var frameworks: [FrameworkRelease] = []
    /// The diagnose page's and check_env.py's rules (`diagnosis.yaml`), when the file is there and valid.
    public var diagnosis: DiagnosisRules?
    /// The diagnosis rules with their texts in every language, from which `speaking(_:)` takes `diagnosis`.
    public var diagnosisInEveryLanguage: DiagnosisRules?
    /// The engine's sentences by language (`phrases/<language>.yaml`).
    public var phrasebooks: [String: Phrasebook] = [:]
    /// The sentences the engine writes now: zh-CN when the dataset has it, until `speaking(_:)` picks another.
    public var phrases: Phrasebook = .empty

    /// Creates an empty dataset.
    public init() {}

    /// Whether nothing was loaded.
    /// Adds a change-log entry where its date belongs (newest first; after entries of the same day).
    public mutating func logChange(_ entry: ChangeEntry) {
        let position = changes.firstIndex { $0.date < entry.date } ?? changes.endIndex
        changes.insert(entry, at: position)
    }

    /// The dataset writing its sentences in `language`; nil when it has no phrases for it.
    public func speaking(_ language: String) -> CompatDataset? {
        guard let book = phrasebooks[language] else { return nil }
        var copy = self
        copy.phrases = book
        copy.diagnosis = diagnosisInEveryLanguage?.speaking(language)
        // Texts written per language: the rules' sentences and the records' notes.
        func speak(_ rules: [CompatRule]) -> [CompatRule] {
            rules.map { rule in
                var rule = rule
                rule.text = rule.textTranslations[language] ?? rule.text
                rule.provenance.speak(language)
                return rule
            }
        }
        func speak<Record>(_ records: [Record]) -> [Record] where Record: HasProvenance {
            records.map { record in
                var record = record
                record.provenance.speak(language)
                return record
            }
        }
        copy.cudaRules = speak(cudaRules)
        copy.architectureRules = speak(architectureRules)
        copy.minorCompat = speak(minorCompat)
        copy.cuda = speak(cuda)
        copy.architectures = speak(architectures)
        copy.gpus = speak(gpus)
        copy.sharedNames = speak(sharedNames)
        copy.cudnn = speak(cudnn)
        copy.pytorch = speak(pytorch).map { release in
            var release = release
            release.variants = release.variants.map { variant in
                var variant = variant
                variant.binaryFloor?.provenance.speak(language)
                return variant
            }
            return release
        }
        copy.pytorchFloors = speak(pytorchFloors)
        copy.driverBranches = speak(driverBranches)
        copy.frameworks = speak(frameworks)
        copy.changes = changes.map { change in
            var change = change
            change.title = change.titleTranslations[language] ?? change.title
            return change
        }
        return copy
    }

    /// A text an importer writes (a note, a change-log headline): in the language the dataset speaks, and in every
    /// language it has phrases for (none when it speaks one), so the record reads right in every edition.
    public func inEveryLanguage(_ text: (Phrasebook) -> String) -> (text: String, translations: [String: String]) {
        (text(phrases), phrasebooks.count > 1 ? phrasebooks.mapValues(text) : [:])
    }

    /// A change-log headline from `phrase` in every language (see `inEveryLanguage`).
    public func changeTitle(_ phrase: Phrase, _ values: [String: String]) -> (title: String, translations: [String: String]) {
        let title = inEveryLanguage { $0(phrase, values) }
        return (title.text, title.translations)
    }

    public var isEmpty: Bool { cuda.isEmpty && gpus.isEmpty && pytorch.isEmpty && cudnn.isEmpty && architectures.isEmpty }

    // MARK: - Lookups

    /// The CUDA release with exactly this version (`12.8` finds `12.8.0`).
    public func cudaRelease(_ version: Version) -> CUDARelease? {
        cuda.first { $0.version == version }
    }

    /// The GA release of CUDA `X.Y` (or the oldest release of that minor).
    public func cudaGA(_ majorMinor: Version) -> CUDARelease? {
        cuda.first { $0.version.majorMinor == majorMinor.majorMinor }
    }

    /// The minor-version floor of a CUDA major.
    public func floor(major: Int) -> MinorCompatFloor? { minorCompat.first { $0.major == major } }

    /// The architecture with this name.
    public func architecture(named name: String) -> Architecture? { architectures.first { $0.name == name } }

    /// The architecture holding a compute capability, and that capability.
    public func capability(_ cc: Version) -> (Architecture, Architecture.Capability)? {
        for architecture in architectures {
            if let capability = architecture.capabilities.first(where: { $0.cc == cc }) { return (architecture, capability) }
        }
        return nil
    }

    /// The PyTorch release with this version.
    public func pytorchRelease(_ version: Version) -> PyTorchRelease? { pytorch.first { $0.version == version } }

    /// The cuDNN release with this version.
    public func cudnnRelease(_ version: Version) -> CuDNNRelease? { cudnn.first { $0.version == version } }
}
