import Diagnostics
import Foundation

/// An unknown name or version asked of the dataset, with the closest known ones.
public struct UnknownRecordError: Error, Sendable, CustomStringConvertible {
    /// What was asked for, e.g. `GPU 'RTX 4099'`.
    public var what: String
    /// Closest known names.
    public var suggestions: [String]
    /// Why it is not there, when that is known (another vendor's GPU).
    public var note: String?

    /// Creates the error.
    public init(what: String, suggestions: [String], note: String? = nil) {
        self.what = what
        self.suggestions = suggestions
        self.note = note
    }

    /// `unknown GPU 'RTX 4099'; did you mean 'RTX 4090'?`
    public var description: String {
        if let note { return "unknown \(what): \(note)" }
        return "unknown \(what)" + (suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?")
    }
}

/// Look-ups by what a user types, and their JSON answers (`gpukb query`, `gpukb resolve`).
public struct Queries: Sendable {
    /// The engine.
    public let resolver: Resolver
    private let gpuIndex: GPUIndex
    /// The month (`YYYY-MM`) answers are given for: whether a driver branch has reached its end of life.
    public var month: String

    /// Creates queries over `data`, answering for `month` (default: this month, UTC).
    public init(data: CompatDataset, month: String? = nil) {
        resolver = Resolver(data: data)
        gpuIndex = GPUIndex(data.gpus)
        self.month = month ?? Resolver.month(of: Date())
    }

    private var data: CompatDataset { resolver.data }

    // MARK: - Look-ups

    /// A CUDA release from `12.8.1`, `12.8 Update 1`, `12.8 GA` or `12.8` (the GA).
    public func cuda(_ text: String) throws(UnknownRecordError) -> CUDARelease {
        if let version = Version(text), let release = data.cudaRelease(version) ?? (version.parts.count == 2 ? data.cudaGA(version) : nil) {
            return release
        }
        if let release = data.cuda.first(where: { $0.name.lowercased() == text.lowercased() }) { return release }
        throw UnknownRecordError(what: "CUDA release '\(text)'", suggestions: Suggestions.closest(to: text, in: data.cuda.map(\.version.description)))
    }

    /// A GPU by name or alias.
    public func gpu(_ text: String) throws(UnknownRecordError) -> GPU {
        if let gpu = gpuIndex.find(text) { return gpu }
        // The message quotes at most 80 characters of what was typed.
        let shown = Diagnostic.quoted(text)
        if let sentence = OtherVendors.sentence(for: text, phrases: data.phrases) ?? NotAModel.sentence(for: text, data: data)
            ?? SharedNames.sentence(for: text, data: data) {
            throw UnknownRecordError(what: "GPU \(shown)", suggestions: [], note: sentence)
        }
        throw UnknownRecordError(what: "GPU \(shown)", suggestions: Suggestions.closest(to: text, in: gpuIndex.allNames))
    }

    /// A PyTorch release (`2.1.2`, `2.1` for the newest 2.1.x, `2.1.2+cu121`).
    public func pytorch(_ text: String) throws(UnknownRecordError) -> PyTorchRelease {
        if let version = Version(text) {
            if version.parts.count == 2, let newest = data.pytorch.last(where: { $0.version.majorMinor == version }) { return newest }
            if let release = data.pytorchRelease(version) { return release }
        }
        throw UnknownRecordError(what: "PyTorch release '\(text)'", suggestions: Suggestions.closest(to: text, in: data.pytorch.map(\.version.description)))
    }

    /// A driver version (`536.23`, or an `nvidia-smi` header line holding "Driver Version: 536.23").
    public func driverVersion(_ text: String) throws(UnknownRecordError) -> Version {
        if let version = Self.parseDriver(text) { return version }
        throw UnknownRecordError(what: "driver version '\(text)'; expected e.g. 535.104.05 or 536.23", suggestions: [])
    }

    /// Reads a driver version from `536.23` or from text such as `Driver Version: 536.23   CUDA Version: 12.2`.
    public static func parseDriver(_ text: String) -> Version? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let version = Version(trimmed), version.parts.count >= 2, version.major >= 100 { return version }
        guard let range = trimmed.range(of: "Driver Version:", options: .caseInsensitive) else { return nil }
        let rest = trimmed[range.upperBound...].drop { $0 == " " }
        return Version(String(rest.prefix { $0.isNumber || $0 == "." }))
    }

    // MARK: - JSON answers

    /// `{"version", "name", "min_driver": {"linux", "windows"}, …}`.
    public func cudaJSON(_ release: CUDARelease) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("version", .string(release.version.description)),
            ("name", .string(release.name)),
            ("min_driver", Self.driversJSON(release.minDriver)),
        ]
        if let floor = data.floor(major: release.version.major) {
            members.append(("minor_compat_driver", Self.driversJSON(floor.minDriver)))
        }
        members.append(("date", .optional(release.date)))
        members.append(("source", .string(release.provenance.source)))
        return .object(members)
    }

    /// `{"linux": "…", "windows": "…"}`, `null` where NVIDIA gives none.
    static func driversJSON(_ drivers: DriverMinimums) -> JSONValue {
        .object([("linux", .optional(drivers.linux?.description)), ("windows", .optional(drivers.windows?.description))])
    }

    /// `{"driver", "os", "newest_toolkit": {"version", "name"}, "minor_compat": …}`.
    public func driverJSON(_ driver: Version, os: OperatingSystem, gpu: GPU? = nil) -> JSONValue {
        var answer = resolver.driver(driver, os: os)
        var gpuMembers: [(String, JSONValue)] = []
        if let gpu {
            let support = resolver.support(for: gpu)
            answer = resolver.driver(driver, os: os, for: support)
            let verdict = resolver.gpuDriverVerdict(support, driver: driver, os: os)
            gpuMembers.append(("drives_gpu", .bool(verdict == nil)))
            gpuMembers.append(("gpu_reason", .optional(verdict?.reason)))
            gpuMembers.append(("capped_by_gpu", .optional(answer.cappedBy?.version.description)))
            if verdict != nil {
                answer.newestToolkit = nil
                answer.minorCompat = nil
            }
        }
        let toolkit: JSONValue = answer.newestToolkit.map { .object([("version", .string($0.version.description)), ("name", .string($0.name))]) } ?? .null
        let beyond: JSONValue = answer.minorCompat.map {
            .object([("version", .string($0.release.version.description)), ("name", .string($0.release.name)), ("floor", .string($0.floor.description))])
        } ?? .null
        let lastBranch = gpu.flatMap { resolver.support(for: $0).lastDriverBranch }
        let branch: JSONValue = resolver.branchStanding(driver: driver, lastBranch: lastBranch, month: month).map { standing in
            .object([("branch", .int(standing.branch.branch)), ("designation", .string(standing.branch.designation.rawValue)),
                     ("end_of_life", .optional(standing.branch.endOfLife)), ("ended", .bool(standing.ended)), ("as_of", .string(month)),
                     ("move_to", standing.moveTo.map { .int($0.branch) } ?? .null), ("sentence", .string(standing.sentence))])
        } ?? .null
        return .object([("driver", .string(driver.description)), ("os", .string(os.rawValue)), ("newest_toolkit", toolkit), ("minor_compat", beyond)]
                       + gpuMembers + [("branch", branch)])
    }

    /// `{"name", "architecture", "compute_capability", "first_cuda", …}`.
    public func gpuJSON(_ gpu: GPU) -> JSONValue {
        let first = resolver.firstCUDA(for: gpu)
        let firstRelease = first.flatMap { data.cudaGA($0) }
        var members: [(String, JSONValue)] = [
            ("name", .string(gpu.name)),
            ("aliases", .array(gpu.aliases.map { .string($0) })),
            ("architecture", .string(gpu.architecture)),
            ("compute_capability", .string(gpu.computeCapability.description)),
            ("compute_capability_inferred", .bool(gpu.computeCapabilityInferred)),
            ("first_cuda", .optional(first?.description)),
            ("first_cuda_min_driver", firstRelease.map { Self.driversJSON($0.minDriver) } ?? .null),
            ("last_cuda", .optional(resolver.lastCUDA(for: gpu)?.version.description)),
            ("last_driver_branch", resolver.support(for: gpu).lastDriverBranch.map { .int($0) } ?? .null),
        ]
        if let memory = gpu.memoryGB { members.append(("memory_gb", .double(memory))) }
        // The CPU every system with this GPU has (Grace, Jetson Thor): the resolver then counts the aarch64 wheels.
        members.append(("cpu", .optional(gpu.cpu?.rawValue)))
        members.append(("source", .string(gpu.provenance.source)))
        members.append(("note", .optional(gpu.provenance.note)))
        return .object(members)
    }

    /// `{"version", "python": {"min", "max"}, "cuda": […], "torchvision", "torchaudio", "pip": {tag: command}, …}`.
    public func pytorchJSON(_ release: PyTorchRelease) -> JSONValue {
        .object([
            ("version", .string(release.version.description)),
            ("date", .optional(release.date)),
            ("python", .object([("min", .string(release.python.min.description)), ("max", .string(release.python.max.description))])),
            ("cuda", .array(release.cudaVariants.compactMap(\.cuda).map { .string($0.description) })),
            ("torchvision", .optional(release.torchvision?.description)),
            ("torchaudio", .optional(release.torchaudio?.description)),
            ("default_variant", .optional(release.defaultVariant)),
            ("pip", .object(release.variants.map { ($0.tag, .string($0.pip)) })),
            ("conda", .object(release.variants.compactMap { variant in variant.conda.map { (variant.tag, .string($0)) } })),
            // Windows and Linux aarch64 wheels per variant, where they have their own architecture list (null where
            // the aarch64 one was not found), whether that list is only known to be partial, and source; a variant
            // absent from "windows" shares the x86_64 list.
            ("windows", wheelListsJSON(release, \.windows)),
            ("aarch64", wheelListsJSON(release, \.aarch64)),
            ("source", .string(release.provenance.source)),
        ])
    }

    private func wheelListsJSON(_ release: PyTorchRelease, _ key: KeyPath<PyTorchVariant, WheelArchList?>) -> JSONValue {
        .object(release.variants.compactMap { variant in
            variant[keyPath: key].map { wheels in
                (variant.tag, .object([("arch_list", wheels.archList.map { .array($0.map { .string($0.description) }) } ?? .null),
                                       ("arch_list_partial", .bool(wheels.partial)),
                                       ("ptx", .optional(wheels.ptx?.description)), ("source", .string(wheels.source))]))
            }
        })
    }

    /// `{"gpu": {…}, "driver": {…}, "builds": [{"pytorch", "cuda", "status", "reasons", "pip"}]}`.
    public func resolveJSON(_ request: ResolveRequest, limit: Int? = nil) -> JSONValue {
        let fits = resolver.resolve(request)
        let builds: [JSONValue] = fits.prefix(limit ?? fits.count).map { fit in
            .object([
                ("pytorch", .string(fit.release.version.description)),
                ("variant", .string(fit.variant.tag)),
                ("cuda", .optional(fit.variant.cuda?.description)),
                ("status", .string(fit.status.rawValue)),
                ("reasons", .array(fit.reasons.map { .string($0) })),
                ("python", .object([("min", .string(fit.release.python.min.description)), ("max", .string(fit.release.python.max.description))])),
                ("command", .optional(fit.command)),
                ("pip", .string(fit.variant.pip(on: request.wheelPlatform))),
                ("conda", .optional(request.cpu == .x86_64 ? fit.variant.conda : nil)),
            ])
        }
        var members: [(String, JSONValue)] = [("gpu", gpuJSON(request.gpu))]
        members.append(("cpu", .string(request.cpu.rawValue)))
        members.append(("platform_note", .optional(resolver.platformNote(request))))
        let support = resolver.support(for: request.gpu)
        members.append(("gpu_driver_floor", .optional(support.floor(request.os)?.description)))
        members.append(("driver", request.driver.map { driverJSON($0, os: request.os, gpu: request.gpu) } ?? .null))
        let recommended = fits.first.flatMap { $0.status == .unsupported ? nil : $0 }
        members.append(("recommended", recommended.map { fit in
            .object([("pytorch", .string(fit.release.version.description)), ("variant", .string(fit.variant.tag)),
                     ("status", .string(fit.status.rawValue)), ("command", .optional(fit.command))])
        } ?? .null))
        let upgrade = resolver.upgrade(for: request)
        members.append(("upgrade", upgrade.map { advice in
            .object([("driver", .string(advice.driver.description)), ("pytorch", .string(advice.release.version.description)),
                     ("variant", .string(advice.variant.tag)), ("reason", .string(advice.reason)),
                     ("command", .optional(advice.target(in: fits)?.command))])
        } ?? .null))
        members.append(("no_build", .optional(upgrade == nil ? resolver.noBuild(gpu: request.gpu, os: request.os, cpu: request.cpu) : nil)))
        members.append(("os", .string(request.os.rawValue)))
        members.append(("python", .optional(request.python?.description)))
        members.append(("package_manager", .string(request.packageManager.rawValue)))
        members.append(("builds", .array(builds)))
        return .object(members)
    }

    /// macOS: PyTorch has no CUDA there; `{"os": "macos", "cuda": false, "explanation", "builds": […]}`.
    public func macOSJSON(python: Version?, packageManager: PackageManager) -> JSONValue {
        let builds: [JSONValue] = resolver.macOSBuilds(python: python, packageManager: packageManager).map { build in
            .object([
                ("pytorch", .string(build.release.version.description)), ("variant", .string(build.variant.tag)), ("cuda", .null),
                ("status", .string(FitStatus.ok.rawValue)),
                ("reasons", .array([.string(resolver.macOSReason)])),
                ("python", .object([("min", .string(build.release.python.min.description)), ("max", .string(build.release.python.max.description))])),
                ("command", .string(build.command)),
            ])
        }
        return .object([("os", .string("macos")), ("cuda", .bool(false)), ("explanation", .string(resolver.macOSExplanation)),
                        ("package_manager", .string(packageManager.rawValue)), ("builds", .array(builds))])
    }
}
