/// How well a PyTorch build fits a machine.
public enum FitStatus: String, Sendable, Comparable, CaseIterable {
    /// Runs as intended.
    case ok
    /// Runs, with a caveat (minor-version compatibility, PTX JIT, unknown architecture list).
    case limited
    /// Does not run or cannot be installed.
    case unsupported

    public static func < (lhs: FitStatus, rhs: FitStatus) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A verdict with its reason.
public struct Verdict: Hashable, Sendable {
    /// The status.
    public var status: FitStatus
    /// One sentence, in the dataset's language.
    public var reason: String
}

/// The package manager a reader installs with.
public enum PackageManager: String, Sendable, CaseIterable {
    case pip, conda, uv
}

/// What a reader's machine is.
public struct ResolveRequest: Sendable {
    /// The GPU.
    public var gpu: GPU
    /// The operating system.
    public var os: OperatingSystem
    /// The installed driver, when known.
    public var driver: Version?
    /// The Python X.Y, when known.
    public var python: Version?
    /// pip or conda.
    public var packageManager: PackageManager
    /// The CPU: the one the GPU always comes with, else what the reader said, else x86_64.
    public var cpu: CPUArchitecture

    /// Creates a request; `cpu` nil means the GPU's own (Grace and Jetson parts are aarch64), else x86_64.
    public init(gpu: GPU, os: OperatingSystem, driver: Version?, python: Version? = nil, packageManager: PackageManager = .pip,
                cpu: CPUArchitecture? = nil) {
        self.gpu = gpu
        self.os = os
        self.driver = driver
        self.python = python
        self.packageManager = packageManager
        self.cpu = cpu ?? gpu.cpu ?? .x86_64
    }

    /// The wheel platform the request's builds must ship for; nil when PyTorch publishes no CUDA wheels for it.
    public var wheelPlatform: String? { cpu.wheelPlatform(os) }
}

/// One candidate PyTorch build for a machine.
public struct BuildFit: Sendable {
    /// The release.
    public var release: PyTorchRelease
    /// The variant.
    public var variant: PyTorchVariant
    /// The worst of the checks.
    public var status: FitStatus
    /// Why, one sentence per check.
    public var reasons: [String]
    /// The install command for the chosen package manager, when there is one.
    public var command: String?
}

/// What a driver allows.
public struct DriverAnswer: Sendable {
    /// The driver.
    public var driver: Version
    /// The OS whose column was used.
    public var os: OperatingSystem
    /// Newest toolkit whose minimum the driver meets.
    public var newestToolkit: CUDARelease?
    /// Newest toolkit reachable through minor-version compatibility (beyond `newestToolkit`), and the floor that allows it.
    public var minorCompat: (release: CUDARelease, floor: Version)?
    /// When the answer was asked for a GPU whose architecture a later toolkit removed: its last toolkit, which capped
    /// the two answers above.
    public var cappedBy: CUDARelease?
    /// When asked for a GPU: why this driver cannot drive it at all (too old for the GPU, or a branch past its last).
    public var gpuVerdict: Verdict?
}

/// Driver thresholds for one build on one OS, with the sentences for each outcome (`{driver}` marks the
/// reader's driver). The browser uses the same thresholds and sentences, so the two front ends agree.
public struct DriverRule: Sendable {
    /// The toolkit's own minimum.
    public var need: Version?
    /// The minor-version compatibility floor.
    public var floor: Version?
    /// Sentence when `driver >= need`.
    public var ok: String
    /// Sentence when `floor <= driver < need`.
    public var limited: String
    /// Sentence when below both.
    public var unsupported: String
}

/// The compatibility engine: one implementation behind the CLI, the generated pages and the browser data.
public struct Resolver: Sendable {
    /// The dataset.
    public let data: CompatDataset

    /// Creates a resolver over `data`.
    public init(data: CompatDataset) { self.data = data }

    // MARK: - Drivers and toolkits

    /// The newest toolkit a driver supports on `os`, and what minor-version compatibility adds.
    public func driver(_ driver: Version, os: OperatingSystem) -> DriverAnswer {
        let newest = data.cuda.last { release in
            guard let minimum = release.requirement(for: os) else { return false }
            return driver >= minimum
        }
        var beyond: (CUDARelease, Version)?
        for floor in data.minorCompat.sorted(by: { $0.major > $1.major }) {
            guard let minimum = floor.minDriver.minimum(for: os), driver >= minimum,
                  let last = data.cuda.last(where: { $0.version.major == floor.major }) else { continue }
            if newest.map({ last.version > $0.version }) ?? true { beyond = (last, minimum) }
            break
        }
        return DriverAnswer(driver: driver, os: os, newestToolkit: newest, minorCompat: beyond, cappedBy: nil, gpuVerdict: nil)
    }

    /// The driver thresholds and sentences for CUDA `cuda` (X.Y) on `os`.
    public func driverRule(cuda: Version, os: OperatingSystem) -> DriverRule {
        let ga = data.cudaGA(cuda)
        let floor = data.floor(major: cuda.major)?.minDriver.minimum(for: os)
        let need = ga?.requirement(for: os) ?? floor
        let say = data.phrases
        let column = os == .wsl2 ? say(.driverColumnWSL2) : say(.driverColumn, ["os": os.label])
        let requirement = need.map { say(.driverNeed, ["cuda": cuda.description, "column": column, "need": $0.description]) }
            ?? say(.driverNeedUnknown, ["cuda": cuda.description, "column": column])
        return DriverRule(
            need: need, floor: floor,
            ok: say(.driverOK, ["requirement": requirement]),
            limited: say(.driverLimited, ["need": need?.description ?? "?", "major": String(cuda.major), "floor": floor?.description ?? "?"]),
            unsupported: floor.map { say(.driverTooOldFloor, ["requirement": requirement, "floor": $0.description]) }
                ?? say(.driverTooOld, ["requirement": requirement]))
    }

    /// Applies a driver rule.
    public func check(_ rule: DriverRule, driver: Version) -> Verdict {
        let text = { (template: String) in TextTemplate.fill(template, ["driver": driver.description]) }
        if let need = rule.need, driver >= need { return Verdict(status: .ok, reason: text(rule.ok)) }
        if let floor = rule.floor, driver >= floor, rule.need != nil { return Verdict(status: .limited, reason: text(rule.limited)) }
        return Verdict(status: .unsupported, reason: text(rule.unsupported))
    }

    // MARK: - GPUs

    /// The first toolkit (X.Y) that compiles for the GPU.
    public func firstCUDA(for gpu: GPU) -> Version? { data.capability(gpu.computeCapability)?.1.firstCUDA }

    /// The last toolkit release that still compiles for the GPU, when its architecture has been removed.
    public func lastCUDA(for gpu: GPU) -> CUDARelease? { support(for: gpu).lastCUDA }

    /// Whether a wheel variant has code for a compute capability, and why, on `platform`: `linux` uses the x86_64
    /// list, `linux-aarch64` its own, `windows` its own where one was measured and otherwise the x86_64 one. That one
    /// is trusted for a yes (every measured Windows list has all the Linux list's SASS, some more: sm_61 in 2.7.1 and
    /// 2.8.0 cu128) but not for a no, which becomes "not recorded" unless the toolkit itself cannot build the GPU.
    public func architectureVerdict(cc: Version, variant: PyTorchVariant, platform: String = "linux") -> Verdict {
        let say = data.phrases
        let sm = "sm_\(cc.major)\(cc.minor)"
        guard let cuda = variant.cuda else { return Verdict(status: .unsupported, reason: say(.archCPU)) }
        let names = ["tag": variant.tag, "sm": sm]
        let arm = platform == "linux-aarch64"
        let borrowed = platform == "windows" && variant.windows == nil
        // A list known only in part is, like a borrowed one, trusted for a yes but not for a no.
        let partial = variant.partialList(for: platform)
        // A platform the variant lacks is judged by the x86_64 list, except Arm, which has no wheels then.
        guard let wheels = variant.wheels(for: platform) ?? (arm ? nil : (variant.archList, variant.ptx)) else {
            return Verdict(status: .unsupported, reason: say(.cpuNoArmWheels, ["tag": variant.tag]))
        }
        if let list = wheels.archList {
            if list.contains(cc) {
                return Verdict(status: .ok, reason: say(.archNative, names))
            }
            if let lower = list.filter({ $0.major == cc.major && $0.minor < cc.minor }).max() {
                return Verdict(status: .ok, reason: say(.archSameMajor, names.merging(["lower": "sm_\(lower.major)\(lower.minor)"]) { $1 }))
            }
            if let ptx = wheels.ptx, ptx < cc {
                return Verdict(status: .limited, reason: say(.archPTX, names.merging(["ptx": "compute_\(ptx.major)\(ptx.minor)"]) { $1 }))
            }
            let listed = list.map { "sm_\($0.major)\($0.minor)" }.joined(separator: " ")
            let none = Verdict(status: .unsupported, reason: say(.archNone, names.merging(["listed": listed]) { $1 }))
            // On Windows without its own list, the Linux "no" stands only where the toolkit itself cannot build the
            // architecture (then no wheel of this CUDA has it, and the Linux sentence is kept, as on Linux).
            guard borrowed || partial, toolkitVerdict(cc: cc, cuda: cuda, names: names) == nil else { return none }
            if let floor = belowFloor(cc: cc, variant: variant, names: names) { return floor }
            return Verdict(status: .limited, reason: say(partial ? .archUnlistedPartial : .archUnlistedWindows, names.merging(["listed": listed]) { $1 }))
        }
        if let verdict = toolkitVerdict(cc: cc, cuda: cuda, names: names) { return verdict }
        if let floor = belowFloor(cc: cc, variant: variant, names: names) { return floor }
        return Verdict(status: .limited, reason: say(arm ? .archUnlistedArm : .archUnlisted, names.merging(["cuda": cuda.description]) { $1 }))
    }

    /// The "no" that follows from the toolkit alone: an unknown capability, one newer than CUDA `cuda` compiles for,
    /// or one whose architecture that CUDA removed; nil where the toolkit can build it.
    private func toolkitVerdict(cc: Version, cuda: Version, names: [String: String]) -> Verdict? {
        let say = data.phrases
        guard let (architecture, capability) = data.capability(cc) else {
            return Verdict(status: .unsupported, reason: say(.archUnknownCapability, ["cc": cc.description]))
        }
        if capability.firstCUDA.majorMinor > cuda.majorMinor {
            return Verdict(status: .unsupported, reason: say(.archTooNew, ["cuda": cuda.description, "sm": names["sm"] ?? "", "first": capability.firstCUDA.description]))
        }
        if let removed = capability.removedIn ?? architecture.removedIn, cuda.majorMinor >= removed.majorMinor {
            // A capability that left before the rest of its architecture is named with it ("Kepler 3.0").
            let named = capability.removedIn == nil ? architecture.name : "\(architecture.name) \(cc.major).\(cc.minor)"
            return Verdict(status: .unsupported, reason: say(.archRemoved, names.merging(["removed": removed.description, "architecture": named]) { $1 }))
        }
        return nil
    }

    /// The "no" for a GPU older than the oldest architecture PyTorch's binaries of this release carry (its
    /// `binaryFloor`), where no list of the wheels says more; nil otherwise.
    private func belowFloor(cc: Version, variant: PyTorchVariant, names: [String: String]) -> Verdict? {
        guard let floor = variant.binaryFloor, cc < floor.lowest else { return nil }
        return Verdict(status: .unsupported, reason: data.phrases(.archBelowFloor, names.merging([
            "since": floor.since.majorMinor.description, "lowest": "sm_\(floor.lowest.major)\(floor.lowest.minor)",
        ]) { $1 }))
    }

    /// Whether a release has wheels for a Python version.
    public func pythonVerdict(_ python: Version, release: PyTorchRelease) -> Verdict {
        let templates = pythonTemplates(release)
        let ok = release.python.contains(python)
        return Verdict(status: ok ? .ok : .unsupported,
                       reason: TextTemplate.fill(ok ? templates.ok : templates.unsupported, ["python": python.majorMinor.description]))
    }

    /// The sentences for a Python check (`{python}` marks the reader's X.Y).
    public func pythonTemplates(_ release: PyTorchRelease) -> (ok: String, unsupported: String) {
        let range = ["min": release.python.min.description, "max": release.python.max.description]
        return (data.phrases(.pythonOK, range), data.phrases(.pythonMissing, range.merging(["version": release.version.description]) { $1 }))
    }

    // MARK: - Resolve

    /// Every CUDA build for the request's platform, best first: status, then newest PyTorch, then newest CUDA.
    public func resolve(_ request: ResolveRequest) -> [BuildFit] {
        var fits: [BuildFit] = []
        let gpuSupport = support(for: request.gpu)
        guard let platform = request.wheelPlatform else { return [] }
        for release in data.pytorch {
            for variant in release.variants where variant.cuda != nil && variant.wheels(for: platform) != nil {
                fits.append(fit(release: release, variant: variant, request: request, support: gpuSupport))
            }
        }
        return fits.sorted { a, b in
            if a.status != b.status { return a.status < b.status }
            if a.release.version != b.release.version { return a.release.version > b.release.version }
            return (a.variant.cuda ?? Version([0])) > (b.variant.cuda ?? Version([0]))
        }
    }

    /// One build checked against a request.
    public func fit(release: PyTorchRelease, variant: PyTorchVariant, request: ResolveRequest) -> BuildFit {
        fit(release: release, variant: variant, request: request, support: support(for: request.gpu))
    }

    /// `fit` with the GPU's support window already computed (once per `resolve`, not once per build).
    func fit(release: PyTorchRelease, variant: PyTorchVariant, request: ResolveRequest, support gpuSupport: GPUSupport) -> BuildFit {
        var verdicts = [architectureVerdict(cc: request.gpu.computeCapability, variant: variant, platform: request.wheelPlatform ?? "")]
        if let jetson = jetsonVerdict(request.gpu) {
            verdicts.insert(jetson, at: 0)
        } else if let driver = request.driver, let cuda = variant.cuda {
            // A driver that cannot drive the GPU runs no build, whatever the toolkit's own minimum says.
            if let refusal = gpuDriverVerdict(gpuSupport, driver: driver, os: request.os) {
                verdicts.insert(refusal, at: 0)
            } else {
                verdicts.append(check(driverRule(cuda: cuda, os: request.os), driver: driver))
            }
        }
        if let python = request.python { verdicts.append(pythonVerdict(python, release: release)) }
        let pip = variant.pip(on: request.wheelPlatform)
        var command: String? = pip
        switch request.packageManager {
        case .pip: break
        case .conda:
            // The pytorch channel's CUDA packages are x86_64 (and Windows) builds; on Arm the wheel goes in with pip.
            let conda = request.cpu == .x86_64 ? variant.conda : nil
            command = conda ?? Self.pipInConda(pip, python: request.python ?? Self.defaultPython(release))
            if conda == nil { verdicts.append(variant.conda == nil ? noConda(release) : Verdict(status: .ok, reason: data.phrases(.cpuArmConda))) }
        case .uv:
            command = UVCommand.make(pip: pip)
        }
        if pip != variant.pip, command?.contains(pip) ?? false {
            verdicts.append(Verdict(status: .ok, reason: data.phrases(.pipWindowsIndex, ["tag": variant.tag])))
        }
        let status = verdicts.map(\.status).max() ?? .ok
        var fit = BuildFit(release: release, variant: variant, status: status, reasons: verdicts.map(\.reason), command: command)
        if request.packageManager == .uv, status != .unsupported {
            fit.reasons.append(uvAutoNote(fit: fit, driver: request.driver, os: request.os))
        }
        return fit
    }

    /// Said of the machine before any build: the GPU is a Jetson, DRIVE or IGX module that PyTorch's wheels do not
    /// serve (and what to install instead), PyTorch has no Arm CUDA wheels outside Linux, or the GPU comes only with
    /// an Arm CPU. Nil for an x86_64 machine the reader described.
    public func platformNote(_ request: ResolveRequest) -> String? {
        if let module = jetsonVerdict(request.gpu), module.status == .unsupported { return module.reason }
        if request.wheelPlatform == nil { return data.phrases(.cpuLinuxOnly, ["os": request.os.label]) }
        if request.gpu.cpu == .aarch64 { return data.phrases(.cpuGPUNeeds, ["gpu": request.gpu.name]) }
        return nil
    }

    /// A conda environment with the build installed by pip, for releases the pytorch channel no longer carries.
    static func pipInConda(_ pip: String, python: Version) -> String {
        "conda create -n torch python=\(python) -y && conda activate torch && " + pip
    }

    /// The Python to suggest when the reader gave none: 3.12 when the release has wheels for it, else the nearest end.
    public static func defaultPython(_ release: PyTorchRelease) -> Version {
        let preferred = Version([3, 12])
        return min(max(preferred, release.python.min.majorMinor), release.python.max.majorMinor)
    }

    /// Said of a build that has no conda package: it still installs, with pip inside the conda environment.
    func noConda(_ release: PyTorchRelease) -> Verdict {
        Verdict(status: .ok, reason: data.phrases(.condaNone, ["version": release.version.description]))
    }
}
