import Compat
import Diagnostics
import Markup

/// Guide directives backed by the dataset: `{{fact …}}` in text, fenced `matrix` blocks, and the install-command
/// lint on code blocks. Facts in guides come from the dataset instead of being retyped.
struct DatasetDirectives: Sendable {
    let data: CompatDataset
    let queries: Queries
    /// The reader-facing text of the site's language.
    let ui: SiteText

    init(data: CompatDataset, ui: SiteText) {
        self.data = data
        self.ui = ui
        self.queries = Queries(data: data)
    }

    // MARK: - Facts

    /// Fields per family, for messages.
    static let factFields: [String: [String]] = [
        "cuda": ["version", "name", "linux", "windows", "date"],
        "cuda-floor": ["linux", "windows"],
        "gpu": ["name", "cc", "arch", "memory", "first-cuda", "last-cuda"],
        "pytorch": ["version", "python-min", "python-max", "python", "torchvision", "torchaudio", "cuda", "default", "date"],
        "cudnn": ["version", "cuda", "date"],
        "architecture": ["cc", "first-cuda", "deprecated-in", "removed-in"],
        "branch": ["designation", "eol", "cuda"],
        "tensorflow": ["version", "python", "python-min", "python-max", "cuda", "cudnn"],
        "jax": ["version", "python", "python-min", "python-max", "cuda", "cudnn", "driver"],
    ]

    /// Replaces every `{{fact FAMILY KEY FIELD}}` in `text`; problems are reported at `location` plus the offset.
    func expandFacts(in text: String, at location: SourceLocation, into bag: inout DiagnosticBag) -> String {
        guard text.contains("{{fact") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{fact") {
            out += rest[..<open.lowerBound]
            var here = location
            here.column += text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: open.lowerBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex)
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                bag.add(.error("'{{fact' is not closed; expected '}}'", at: here))
                out += rest[open.lowerBound...]
                return out
            }
            let words = rest[open.upperBound..<close.lowerBound].split(separator: " ").map(String.init)
            switch fact(words) {
            case .success(let value): out += value
            case .failure(let error):
                bag.add(.error(error.message, at: here, note: "write {{fact FAMILY KEY FIELD}}, e.g. {{fact cuda 12.8.1 linux}}, {{fact gpu RTX 4090 cc}}, {{fact pytorch latest version}}"))
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    struct FactError: Error { var message: String }

    private func fact(_ words: [String]) -> Result<String, FactError> {
        guard words.count >= 3, let family = words.first, let fields = Self.factFields[family] else {
            let family = words.first ?? ""
            return .failure(FactError(message: "unknown fact '\(words.joined(separator: " "))'; expected a family (\(Self.factFields.keys.sorted().joined(separator: ", "))), a key and a field" + (family.isEmpty ? "" : Suggestions.phrase(for: family, in: Array(Self.factFields.keys)))))
        }
        let field = words[words.count - 1]
        let key = words[1..<(words.count - 1)].joined(separator: " ")
        guard fields.contains(field) else {
            return .failure(FactError(message: "unknown field '\(field)' for \(family) facts; expected one of: \(fields.joined(separator: ", "))"))
        }
        do {
            switch family {
            case "cuda":
                let release = key == "latest" ? data.cuda.last : try queries.cuda(key)
                guard let release else { return .failure(FactError(message: "the dataset has no CUDA releases")) }
                switch field {
                case "version": return .success(release.version.description)
                case "name": return .success(release.name)
                case "linux": return value(release.minDriver.linux?.description, "CUDA \(release.version) has no Linux driver minimum")
                case "windows": return value(release.minDriver.windows?.description, "CUDA \(release.version) has no Windows driver minimum")
                default: return value(release.date, "CUDA \(release.version) has no date")
                }
            case "cuda-floor":
                guard let major = Int(key), let floor = data.floor(major: major) else {
                    return .failure(FactError(message: "no minor-compatibility floor for CUDA '\(key)'; known: \(data.minorCompat.map { String($0.major) }.joined(separator: ", "))"))
                }
                return value((field == "linux" ? floor.minDriver.linux : floor.minDriver.windows)?.description, "CUDA \(major).x has no \(field) floor")
            case "gpu":
                let gpu = try queries.gpu(key)
                switch field {
                case "name": return .success(gpu.name)
                case "cc": return .success(gpu.computeCapability.description)
                case "arch": return .success(gpu.architecture)
                case "memory": return value(gpu.memoryGB.map { Matrices.formatNumber($0) + " GB" }, "\(gpu.name) has no memory size")
                case "first-cuda": return value(queries.resolver.firstCUDA(for: gpu)?.description, "\(gpu.name) has no first CUDA")
                default: return .success(queries.resolver.lastCUDA(for: gpu).map { "\($0.version.major).\($0.version.minor)" } ?? ui.text(.factStillSupported))
                }
            case "pytorch":
                let release = key == "latest" ? data.pytorch.last : try queries.pytorch(key)
                guard let release else { return .failure(FactError(message: "the dataset has no PyTorch releases")) }
                switch field {
                case "version": return .success(release.version.description)
                case "python-min": return .success(release.python.min.description)
                case "python-max": return .success(release.python.max.description)
                case "python": return .success("\(release.python.min)–\(release.python.max)")
                case "torchvision": return value(release.torchvision?.description, "PyTorch \(release.version) has no torchvision pairing")
                case "torchaudio": return value(release.torchaudio?.description, "PyTorch \(release.version) has no torchaudio pairing")
                case "cuda": return .success(release.cudaVariants.map(\.tag).joined(separator: ui.text(.listSeparator)))
                case "default": return value(release.defaultVariant, "PyTorch \(release.version) has no default variant")
                default: return value(release.date, "PyTorch \(release.version) has no date")
                }
            case "cudnn":
                let release = key == "latest" ? data.cudnn.last : Version(key).flatMap { data.cudnnRelease($0) }
                guard let release else {
                    return .failure(FactError(message: "unknown cuDNN release '\(key)'" + Suggestions.phrase(for: key, in: data.cudnn.map(\.version.description))))
                }
                switch field {
                case "version": return .success(release.version.description)
                case "cuda": return .success(release.packages.map { Matrices.versionRange($0.cuda, known: data.cuda.map(\.version)) }.joined(separator: ui.text(.listSeparator)))
                default: return value(release.date, "cuDNN \(release.version) has no date")
                }
            case "tensorflow", "jax":
                // tensorflow KEY: `latest` or a version; jax KEY: a build (`cuda13`, `cuda12`) for its newest record.
                let records = data.frameworks.filter { $0.framework == family }
                let release = family == "jax" ? records.last { $0.build == key }
                    : key == "latest" ? records.last : records.first { $0.versions == key }
                guard let release else {
                    let keys = family == "jax" ? Array(Set(records.compactMap(\.build))).sorted() : ["latest"] + records.map(\.versions)
                    return .failure(FactError(message: "unknown \(family) key '\(key)'" + Suggestions.phrase(for: key, in: keys)))
                }
                switch field {
                case "version": return .success(release.versions.hasPrefix(">=") ? ui.text(.factAndLater, ["version": String(release.versions.dropFirst(2))]) : release.versions)
                case "python": return .success("\(release.python.min)–\(release.python.max)")
                case "python-min": return .success(release.python.min.description)
                case "python-max": return .success(release.python.max.description)
                case "cuda": return .success(release.cuda.replacingOccurrences(of: ">=", with: "≥ "))
                case "cudnn": return .success(release.cudnn.replacingOccurrences(of: ">=", with: "≥ ").replacingOccurrences(of: ",<", with: ui.text(.factRangeAnd) + "< "))
                default: return value(release.linuxDriver?.description, "\(release.displayName) \(release.versions) names no driver")
                }
            case "branch":
                let number = Int(key.hasPrefix("R") ? String(key.dropFirst()) : key)
                guard let branch = data.driverBranches.first(where: { $0.branch == number }) else {
                    return .failure(FactError(message: "unknown driver branch '\(key)'" + Suggestions.phrase(for: key, in: data.driverBranches.map { "R\($0.branch)" })))
                }
                switch field {
                case "designation": return .success(data.phrases.designation(branch.designation))
                case "eol": return value(branch.endOfLife.map { Self.yearMonth($0, ui: ui) }, "R\(branch.branch) has no end of life")
                default: return .success("CUDA \(branch.maxCUDAMajor)")
                }
            default:
                guard let architecture = data.architecture(named: key) else {
                    return .failure(FactError(message: "unknown architecture '\(key)'" + Suggestions.phrase(for: key, in: data.architectures.map(\.name))))
                }
                switch field {
                case "cc": return .success(architecture.capabilities.map(\.cc.description).joined(separator: ui.text(.listSeparator)))
                case "first-cuda": return value(architecture.capabilities.first?.firstCUDA.description, "\(key) has no capabilities")
                case "deprecated-in": return value(architecture.deprecatedIn?.description, "\(key) is not deprecated")
                default: return value(architecture.removedIn?.description, "\(key) has not been removed")
                }
            }
        } catch {
            return .failure(FactError(message: error.description))
        }
    }

    /// `2028-06` → `2028 年 6 月` (`{month}` is the month's number, `{month2}` the same with two digits).
    static func yearMonth(_ date: String, ui: SiteText) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2 else { return date }
        return ui.text(.factYearMonth, ["year": String(parts[0]), "month": String(parts[1]),
                                        "month2": (parts[1] < 10 ? "0" : "") + String(parts[1])])
    }

    private func value(_ text: String?, _ missing: String) -> Result<String, FactError> {
        text.map { .success($0) } ?? .failure(FactError(message: missing))
    }

    // MARK: - Matrix blocks

    /// The HTML for a ```` ```matrix ```` block, whose lines are `table: ID` (or just the id), and optionally
    /// `min: VERSION`, `max: VERSION`, `limit: N`, `filter: false`.
    func matrix(code: String, root: String, at location: SourceLocation, into bag: inout DiagnosticBag) -> String {
        var id: String?
        var filter = MatrixFilter()
        var showFilter = true
        for (offset, raw) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            var here = location
            here.line += offset + 1
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 1 { id = parts[0]; continue }
            let (key, value) = (parts[0], parts[1])
            switch key {
            case "table": id = value
            case "min", "max":
                guard let version = Version(value) else {
                    bag.add(.error("expected '\(key)' to be a version, found \(Diagnostic.quoted(value))", at: here))
                    continue
                }
                if key == "min" { filter.min = version } else { filter.max = version }
            case "limit":
                guard let number = Int(value), number > 0 else {
                    bag.add(.error("expected 'limit' to be a positive number, found \(Diagnostic.quoted(value))", at: here))
                    continue
                }
                filter.limit = number
            case "filter": showFilter = value != "false"
            default:
                bag.add(.error("unknown matrix option '\(key)'; expected table, min, max, limit or filter", at: here))
            }
        }
        guard let id, let table = Matrices.make(id, data: data, filter: filter) else {
            bag.add(.error("unknown matrix '\(id ?? "")'; expected one of: \(Matrices.ids.joined(separator: ", "))" + Suggestions.phrase(for: id ?? "", in: Matrices.ids),
                           at: location))
            return ""
        }
        if table.rows.isEmpty {
            bag.add(.error("matrix '\(id)' has no rows in that range", at: location))
        }
        return HTMLFragments.matrix(table, root: root, filter: showFilter, ui: ui)
    }

    // MARK: - Block options

    /// The `key: value` lines of a directive block (blank lines and `# comments` skipped), each with its location;
    /// a line of another shape is reported and left out.
    static func options(_ code: String, block: String, at location: SourceLocation,
                        into bag: inout DiagnosticBag) -> [(key: String, value: String, location: SourceLocation)] {
        var found: [(key: String, value: String, location: SourceLocation)] = []
        for (offset, raw) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !line.isEmpty else { continue }
            var here = location
            here.line += offset + 1
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                bag.add(.error("expected 'key: value' in \(block) block, found \(Diagnostic.quoted(line))", at: here))
                continue
            }
            found.append((parts[0], parts[1], here))
        }
        return found
    }

    // MARK: - Timelines

    /// A `timeline` block: `chart: architectures` or `chart: pytorch-python`, an SVG drawn from the dataset.
    func timeline(code: String, at location: SourceLocation, into bag: inout DiagnosticBag) -> String {
        var chart: String?
        for (key, value, here) in Self.options(code, block: "a timeline", at: location, into: &bag) {
            guard key == "chart" else {
                bag.add(.error("unknown timeline option '\(key)'; expected chart", at: here))
                continue
            }
            guard Timelines.kinds.contains(value) else {
                bag.add(.error("unknown timeline '\(value)'; expected one of: \(Timelines.kinds.joined(separator: ", "))"
                               + Suggestions.phrase(for: value, in: Timelines.kinds), at: here))
                continue
            }
            chart = value
        }
        guard let chart else {
            if !bag.hasErrors { bag.add(.error("a timeline block needs 'chart: NAME' (\(Timelines.kinds.joined(separator: " or ")))", at: location)) }
            return ""
        }
        return Timelines.svg(chart, data: data, ui: ui) ?? ""
    }

    // MARK: - Install commands

    /// An `install` block: the dataset's install commands for a release's builds, so a guide's commands follow the
    /// dataset when PyTorch ships. Options: `pytorch: latest|VERSION`, `variants: cu130, cu126` (default: every CUDA
    /// build), `pm: pip|uv`. A variant the release did not ship is an error at its line.
    func install(code: String, at location: SourceLocation, into bag: inout DiagnosticBag) -> String? {
        var version = "latest"
        var tags: [(String, SourceLocation)] = []
        var manager = PackageManager.pip
        for (key, value, here) in Self.options(code, block: "an install", at: location, into: &bag) {
            switch key {
            case "pytorch": version = value
            case "variants": tags = value.split(separator: ",").map { ($0.trimmingCharacters(in: .whitespaces), here) }
            case "pm":
                guard let chosen = PackageManager(rawValue: value), chosen != .conda else {
                    bag.add(.error("expected 'pm' to be pip or uv, found \(Diagnostic.quoted(value))", at: here))
                    continue
                }
                manager = chosen
            default:
                bag.add(.error("unknown install option '\(key)'; expected pytorch, variants or pm", at: here))
            }
        }
        let release = version == "latest" ? data.pytorch.last : Version(version).flatMap { data.pytorchRelease($0) }
        guard let release else {
            bag.add(.error("unknown PyTorch release '\(version)'; expected 'latest' or a version in pytorch.yaml", at: location))
            return nil
        }
        var variants: [PyTorchVariant] = []
        if tags.isEmpty {
            variants = release.cudaVariants.sorted { ($0.cuda ?? Version([0])) > ($1.cuda ?? Version([0])) }
        }
        for (tag, here) in tags {
            guard let variant = release.variants.first(where: { $0.tag == tag }) else {
                let shipped = release.variants.map(\.tag)
                bag.add(.error("PyTorch \(release.version) has no '\(tag)' build; it shipped \(shipped.joined(separator: ", "))" + Suggestions.phrase(for: tag, in: shipped), at: here))
                continue
            }
            variants.append(variant)
        }
        let lines = variants.map { variant -> String in
            let label = "# " + (variant.cuda.map { ui.text(.installCUDAComment, ["cuda": $0.description]) } ?? ui.text(.installCPUComment))
            let command = manager == .uv ? UVCommand.make(pip: variant.pip)
                : variant.pip.hasPrefix("pip ") ? "python -m " + variant.pip : variant.pip
            return label + "\n" + command
        }
        return CodeBlockRenderer.render(info: "bash", code: lines.joined(separator: "\n") + "\n", ui: ui)
    }

    /// Reports PyTorch install commands, pins and image tags in a code block that the dataset says never existed
    /// or that fell behind the newest release.
    func lint(code: String, at location: SourceLocation, into bag: inout DiagnosticBag) {
        for finding in InstallCommandLint.checkGuide(code, data: data) {
            bag.add(.error(finding.message, at: SourceLocation(path: location.path, line: location.line + 1 + finding.line, column: finding.column + 1),
                           note: "the PyTorch matrix lists what shipped; fix the command or the dataset"))
        }
    }

    /// The same for inline code (`torch==2.9.1` in a sentence); `context` is the sentence, which may say why an
    /// older release is named. `location` is the code span's.
    func lint(inlineCode code: String, context: String, at location: SourceLocation, into bag: inout DiagnosticBag) {
        guard code.contains("torch") else { return }
        for finding in InstallCommandLint.checkGuide(code, data: data, context: context) {
            bag.add(.error(finding.message, at: SourceLocation(path: location.path, line: location.line, column: location.column + finding.column),
                           note: "the PyTorch matrix lists what shipped; fix the text or the dataset"))
        }
    }
}
