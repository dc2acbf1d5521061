/// Writes dataset files in one canonical order and format, so every edit is a clean diff (`gpukb data fmt`).
///
/// Records keep their file order except where the schema fixes it (releases oldest first); keys follow the
/// order of SCHEMA.md; every string is double-quoted; short lists and driver pairs are written inline.
public enum DatasetFormatter {
    /// The canonical text of dataset file `name` (one of `DatasetLoader.fileNames`).
    public static func format(_ name: String, _ data: CompatDataset) -> String? {
        var out = YAMLWriter()
        switch name {
        case "cuda.yaml": writeCUDA(data, into: &out)
        case "architectures.yaml": writeArchitectures(data, into: &out)
        case "gpus.yaml": writeGPUs(data, into: &out)
        case "cudnn.yaml": writeCuDNN(data, into: &out)
        case "pytorch.yaml": writePyTorch(data, into: &out)
        case "changes.yaml": writeChanges(data, into: &out)
        case "drivers.yaml": writeDriverBranches(data, into: &out)
        case "frameworks.yaml": writeFrameworks(data, into: &out)
        default: return nil
        }
        return out.text
    }

    // MARK: - Families

    private static func writeCUDA(_ data: CompatDataset, into out: inout YAMLWriter) {
        writeRules(data.cudaRules, into: &out)
        out.line(0, data.minorCompat.isEmpty ? "minor_compat: []" : "minor_compat:")
        for floor in data.minorCompat.sorted(by: { $0.major < $1.major }) {
            out.item(1, "major", "\(floor.major)")
            out.field(2, "min_driver", drivers(floor.minDriver))
            writeProvenance(floor.provenance, into: &out)
        }
        out.line(0, "releases:")
        for release in data.cuda.sorted(by: { $0.version < $1.version }) {
            out.item(1, "version", quote(release.version.description))
            if release.nameIsExplicit, release.name != CUDARelease.defaultName(for: release.version) {
                out.field(2, "name", quote(release.name))
            }
            if let date = release.date { out.field(2, "date", quote(date)) }
            out.field(2, "min_driver", drivers(release.minDriver))
            if let branch = release.branch { out.field(2, "branch", String(branch)) }
            if release.branchInferred { out.field(2, "branch_inferred", "true") }
            writeProvenance(release.provenance, into: &out)
        }
    }

    private static func writeArchitectures(_ data: CompatDataset, into out: inout YAMLWriter) {
        writeRules(data.architectureRules, into: &out)
        out.line(0, "architectures:")
        for architecture in data.architectures {
            out.item(1, "name", quote(architecture.name))
            out.field(2, "compute_capabilities", nil)
            for capability in architecture.capabilities.sorted(by: { $0.cc < $1.cc }) {
                let removed = capability.removedIn.map { ", removed_in: \(quote($0.description))" } ?? ""
                out.line(3, "- {cc: \(quote(capability.cc.description)), first_cuda: \(quote(capability.firstCUDA.description))\(removed)}")
            }
            if let version = architecture.deprecatedIn { out.field(2, "deprecated_in", quote(version.description)) }
            if let version = architecture.removedIn { out.field(2, "removed_in", quote(version.description)) }
            if let branch = architecture.lastDriverBranch { out.field(2, "last_driver_branch", String(branch)) }
            writeProvenance(architecture.provenance, into: &out)
        }
    }

    private static func writeGPUs(_ data: CompatDataset, into out: inout YAMLWriter) {
        if !data.sharedNames.isEmpty {
            out.line(0, "shared_names:")
            for shared in data.sharedNames {
                out.item(1, "name", quote(shared.name))
                out.field(2, "aliases", list(shared.aliases))
                out.field(2, "capabilities", list(shared.capabilities.map(\.description)))
                writeProvenance(shared.provenance, into: &out)
            }
        }
        out.line(0, "gpus:")
        for gpu in data.gpus {
            out.item(1, "name", quote(gpu.name))
            out.field(2, "aliases", list(gpu.aliases))
            out.field(2, "segment", quote(gpu.segment))
            out.field(2, "architecture", quote(gpu.architecture))
            out.field(2, "compute_capability", quote(gpu.computeCapability.description))
            if gpu.computeCapabilityInferred { out.field(2, "compute_capability_inferred", "true") }
            if let memory = gpu.memoryGB { out.field(2, "memory_gb", number(memory)) }
            if let released = gpu.released { out.field(2, "released", quote(released)) }
            if let peak = gpu.peak {
                out.field(2, "peak_tflops", nil)
                for key in PeakFigures.keys { if let value = peak.values[key] { out.field(3, key, number(value)) } }
            }
            if let cpu = gpu.cpu { out.field(2, "cpu", quote(cpu.rawValue)) }
            writeProvenance(gpu.provenance, into: &out)
        }
    }

    private static func writeCuDNN(_ data: CompatDataset, into out: inout YAMLWriter) {
        out.line(0, "releases:")
        for release in data.cudnn.sorted(by: { $0.version < $1.version }) {
            out.item(1, "version", quote(release.version.description))
            if let date = release.date { out.field(2, "date", quote(date)) }
            out.field(2, "packages", nil)
            for package in release.packages.sorted(by: { $0.cudaMajor > $1.cudaMajor }) {
                out.item(3, "cuda_major", "\(package.cudaMajor)")
                out.field(4, "cuda", list(package.cuda.map(\.description)))
                if let drivers = package.minDriver { out.field(4, "min_driver", self.drivers(drivers)) }
            }
            if let cc = release.minComputeCapability { out.field(2, "min_compute_capability", quote(cc.description)) }
            if release.cudaInferred { out.field(2, "cuda_inferred", "true") }
            writeProvenance(release.provenance, into: &out)
        }
    }

    private static func writePyTorch(_ data: CompatDataset, into out: inout YAMLWriter) {
        if !data.pytorchFloors.isEmpty {
            out.line(0, "binary_floors:")
            for floor in data.pytorchFloors {
                out.item(1, "since", quote(floor.since.description))
                out.field(2, "lowest", quote(floor.lowest.description))
                writeProvenance(floor.provenance, into: &out)
            }
        }
        out.line(0, "releases:")
        for release in data.pytorch.sorted(by: { $0.version < $1.version }) {
            out.item(1, "version", quote(release.version.description))
            if let date = release.date { out.field(2, "date", quote(date)) }
            out.field(2, "python", "{min: \(quote(release.python.min.description)), max: \(quote(release.python.max.description))}")
            if let version = release.torchvision { out.field(2, "torchvision", quote(version.description)) }
            if let version = release.torchaudio { out.field(2, "torchaudio", quote(version.description)) }
            if let tag = release.defaultVariant { out.field(2, "default_variant", quote(tag)) }
            out.field(2, "variants", nil)
            for variant in release.variants {
                out.item(3, "tag", quote(variant.tag))
                if let cuda = variant.cuda { out.field(4, "cuda", quote(cuda.description)) }
                out.field(4, "platforms", list(variant.platforms))
                if let archs = variant.archList { out.field(4, "arch_list", list(archs.map(\.description))) }
                if let ptx = variant.ptx { out.field(4, "ptx", quote(ptx.description)) }
                for (key, wheels) in [("windows", variant.windows), ("aarch64", variant.aarch64)] {
                    guard let wheels else { continue }
                    out.field(4, key, nil)
                    if let archs = wheels.archList { out.field(5, "arch_list", list(archs.map(\.description))) }
                    if wheels.partial { out.field(5, "arch_list_partial", "true") }
                    if let ptx = wheels.ptx { out.field(5, "ptx", quote(ptx.description)) }
                    out.field(5, "source", quote(wheels.source))
                }
                out.field(4, "pip", quote(variant.pip))
                if let conda = variant.conda { out.field(4, "conda", quote(conda)) }
            }
            writeProvenance(release.provenance, into: &out)
            if let source = release.archSource { out.field(2, "arch_source", quote(source)) }
        }
    }

    private static func writeDriverBranches(_ data: CompatDataset, into out: inout YAMLWriter) {
        out.line(0, "branches:")
        for branch in data.driverBranches {
            out.item(1, "branch", String(branch.branch))
            out.field(2, "designation", quote(branch.designation.rawValue))
            if let date = branch.endOfLife { out.field(2, "end_of_life", quote(date)) }
            out.field(2, "max_cuda_major", String(branch.maxCUDAMajor))
            writeProvenance(branch.provenance, into: &out)
        }
    }

    private static func writeFrameworks(_ data: CompatDataset, into out: inout YAMLWriter) {
        out.line(0, "releases:")
        for release in data.frameworks {
            out.item(1, "framework", quote(release.framework))
            out.field(2, "versions", quote(release.versions))
            if let build = release.build { out.field(2, "build", quote(build)) }
            out.field(2, "python", "{min: \(quote(release.python.min.description)), max: \(quote(release.python.max.description))}")
            out.field(2, "cuda", quote(release.cuda))
            out.field(2, "cudnn", quote(release.cudnn))
            if let driver = release.linuxDriver { out.field(2, "linux_driver", quote(driver.description)) }
            writeProvenance(release.provenance, into: &out)
        }
    }

    private static func writeChanges(_ data: CompatDataset, into out: inout YAMLWriter) {
        out.line(0, "changes:")
        for change in data.changes {
            out.item(1, "date", quote(change.date))
            writeTranslatable("title", change.title, change.titleTranslations, into: &out)
            if !change.items.isEmpty { out.field(2, "items", list(change.items)) }
        }
    }

    // MARK: - Pieces

    private static func writeRules(_ rules: [CompatRule], into out: inout YAMLWriter) {
        out.line(0, rules.isEmpty ? "rules: []" : "rules:")
        for rule in rules {
            out.item(1, "id", quote(rule.id))
            writeTranslatable("text", rule.text, rule.textTranslations, into: &out)
            writeProvenance(rule.provenance, into: &out)
        }
    }

    /// `key: "text"`, or one line per language when the text is written per language (the dataset's language first,
    /// then the others in order).
    private static func writeTranslatable(_ key: String, _ text: String, _ translations: [String: String], into out: inout YAMLWriter) {
        guard !translations.isEmpty else { return out.field(2, key, quote(text)) }
        out.field(2, key, nil)
        let first = translations.first { $0.value == text }?.key
        for language in translations.keys.sorted(by: { ($0 == first ? 0 : 1, $0) < ($1 == first ? 0 : 1, $1) }) {
            out.field(3, language, quote(translations[language] ?? ""))
        }
    }

    private static func writeProvenance(_ provenance: Provenance, into out: inout YAMLWriter) {
        out.field(2, "source", quote(provenance.source))
        if !provenance.also.isEmpty {
            out.field(2, "also", nil)
            for url in provenance.also { out.line(3, "- " + quote(url)) }
        }
        if let note = provenance.note { writeTranslatable("note", note, provenance.noteTranslations, into: &out) }
    }

    private static func drivers(_ drivers: DriverMinimums) -> String {
        "{linux: \(quote(drivers.linux?.description ?? "N/A")), windows: \(quote(drivers.windows?.description ?? "N/A"))}"
    }

    private static func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(value)
    }

    /// A YAML double-quoted scalar.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

/// Indented YAML lines.
struct YAMLWriter {
    private(set) var text = ""

    mutating func line(_ level: Int, _ content: String) {
        text += String(repeating: "  ", count: level) + content + "\n"
    }

    /// `- key: value` starting a list item whose further fields sit at `level + 1`.
    mutating func item(_ level: Int, _ key: String, _ value: String) {
        line(level, "- \(key): \(value)")
    }

    /// `key: value`, or `key:` opening a nested block when `value` is nil.
    mutating func field(_ level: Int, _ key: String, _ value: String?) {
        line(level, value.map { "\(key): \($0)" } ?? "\(key):")
    }
}
