/// What a GPU's architecture asks of the driver, and which toolkits can still build for it.
///
/// NVIDIA's rules: a driver drives only the GPUs it was written for, so a GPU needs at least the driver that shipped
/// with the first CUDA release supporting its compute capability (minor-version compatibility lets an older driver
/// run a newer toolkit on a GPU it knows, never on one it does not); a driver branch newer than an architecture's
/// last branch no longer drives it; a toolkit from the release that removed the architecture on cannot build for it.
public struct GPUSupport: Sendable {
    /// The compute capability.
    public var cc: Version
    /// The architecture's name.
    public var architecture: String
    /// First CUDA X.Y that supports the compute capability.
    public var firstCUDA: Version?
    /// The GA release of `firstCUDA` when the dataset has it: its driver minimum is the GPU's driver floor.
    public var floorRelease: CUDARelease?
    /// The newest toolkit release that still builds for the GPU, when its architecture was removed.
    public var lastCUDA: CUDARelease?
    /// The newest driver branch that drives the GPU, when NVIDIA ended support.
    public var lastDriverBranch: Int?

    /// The oldest driver that knows the GPU on `os` (WSL2 uses the Windows driver).
    public func floor(_ os: OperatingSystem) -> Version? { floorRelease?.minDriver.minimum(for: os) }
}

/// The sentences for a driver that is too old or too new for a GPU (`{driver}` marks the reader's driver), one
/// place for the CLI, the pages, the browser and `check_env.py`.
public struct GPUDriverRule: Sendable {
    /// Oldest driver that knows the GPU.
    public var floor: Version?
    /// Newest driver branch that drives it.
    public var lastBranch: Int?
    /// Sentence when the driver is older than `floor`.
    public var tooOld: String
    /// Sentence when the driver's branch is newer than `lastBranch`.
    public var tooNew: String
}

extension Resolver {
    /// The support window of a GPU.
    public func support(for gpu: GPU) -> GPUSupport {
        var window = support(cc: gpu.computeCapability, architecture: gpu.architecture)
        // A Jetson's driver comes with Jetson Linux: no desktop driver floor or branch applies.
        if gpu.segment == "embedded" {
            window.floorRelease = nil
            window.lastDriverBranch = nil
        }
        return window
    }

    /// The support window of a compute capability.
    public func support(cc: Version, architecture name: String? = nil) -> GPUSupport {
        let found = data.capability(cc)
        let architecture = found?.0 ?? name.flatMap { data.architecture(named: $0) }
        let first = found?.1.firstCUDA
        var last: CUDARelease?
        if let removed = found?.1.removedIn ?? architecture?.removedIn { last = data.cuda.last { $0.version.majorMinor < removed.majorMinor } }
        return GPUSupport(cc: cc, architecture: architecture?.name ?? name ?? "", firstCUDA: first, floorRelease: first.flatMap { data.cudaGA($0) },
                          lastCUDA: last, lastDriverBranch: architecture?.lastDriverBranch)
    }

    /// The driver thresholds of a GPU on `os` with their sentences.
    public func gpuDriverRule(_ support: GPUSupport, os: OperatingSystem) -> GPUDriverRule {
        let say = data.phrases
        let floor = support.floor(os)
        let release = support.floorRelease.map { "CUDA \($0.version.majorMinor)" } ?? "CUDA \(support.firstCUDA?.description ?? "?")"
        let column = os == .wsl2 ? say(.gpuColumnWSL2) : say(.driverColumn, ["os": os.label])
        let tooOld = say(.gpuDriverTooOld, ["cc": support.cc.description, "architecture": support.architecture, "release": release,
                                            "column": column, "floor": floor?.description ?? "?"])
        let tooNew = say(.gpuDriverPastBranch, ["branch": support.lastDriverBranch.map(String.init) ?? "?", "architecture": support.architecture])
        return GPUDriverRule(floor: floor, lastBranch: support.lastDriverBranch, tooOld: tooOld, tooNew: tooNew)
    }

    /// The driver branch a version belongs to. NVIDIA numbers branches in steps of five (R535, R550, R570, R580) and a
    /// branch's later releases carry higher majors, on Windows especially (581.57 and 582.x are R580, 474.x is R470),
    /// so the branch is the major rounded down to a multiple of five: a rule inferred from NVIDIA's numbering.
    public static func branch(of driver: Version) -> Int { driver.major - driver.major % 5 }

    /// Whether `driver` drives the GPU at all; nil when it does.
    public func gpuDriverVerdict(_ support: GPUSupport, driver: Version, os: OperatingSystem) -> Verdict? {
        let rule = gpuDriverRule(support, os: os)
        let fill = { (template: String) in TextTemplate.fill(template, ["driver": driver.description]) }
        if let floor = rule.floor, driver < floor { return Verdict(status: .unsupported, reason: fill(rule.tooOld)) }
        if let branch = rule.lastBranch, Self.branch(of: driver) > branch { return Verdict(status: .unsupported, reason: fill(rule.tooNew)) }
        return nil
    }

    /// The newest toolkit a driver supports for this GPU: the driver's own answer, capped at the GPU's last toolkit.
    public func driver(_ driver: Version, os: OperatingSystem, for support: GPUSupport) -> DriverAnswer {
        var answer = self.driver(driver, os: os)
        guard let last = support.lastCUDA else { return answer }
        if let newest = answer.newestToolkit, newest.version > last.version {
            answer.newestToolkit = data.cuda.last { $0.version <= last.version && ($0.requirement(for: os).map { driver >= $0 } ?? false) }
            answer.cappedBy = last
        }
        if let beyond = answer.minorCompat, beyond.release.version > last.version {
            let sameMajor = data.cuda.last { $0.version.major == beyond.release.version.major && $0.version <= last.version }
            answer.minorCompat = sameMajor.flatMap { release in
                answer.newestToolkit.map { release.version > $0.version } ?? true ? (release, beyond.floor) : nil
            }
            answer.cappedBy = last
        }
        return answer
    }
}

/// "Upgrade the driver to ≥ X to get PyTorch Y": the newest build the GPU could run, and the driver it needs.
public struct UpgradeAdvice: Sendable {
    /// The oldest driver that runs `variant` on the GPU (on the request's OS).
    public var driver: Version
    /// The release.
    public var release: PyTorchRelease
    /// The variant that needs the least driver among the release's builds for the GPU.
    public var variant: PyTorchVariant
    /// One sentence, in the dataset's language.
    public var reason: String

    /// The build it names among a request's builds (`Resolver.resolve`), whose command is the one to run once the
    /// driver is upgraded.
    public func target(in fits: [BuildFit]) -> BuildFit? {
        fits.first { $0.release.version == release.version && $0.variant.tag == variant.tag }
    }
}

/// The newest build a GPU can run on an OS (for a Python, when given) at any driver, the driver it needs, and the
/// sentences that say so. `{driver}` and `{current}` ("PyTorch 2.5.1（cu118）") are filled in by whoever knows the
/// reader's driver: Swift for the CLI, the page script in the browser.
public struct UpgradePlan: Sendable {
    /// The target build.
    public var release: PyTorchRelease
    /// Its variant with the lowest driver need.
    public var variant: PyTorchVariant
    /// The driver it needs on the OS, the GPU's own floor included.
    public var need: Version
    /// Said when no driver was given.
    public var noDriver: String
    /// Said when the reader's driver runs an older build `{current}`.
    public var fromOlder: String
    /// Said when the reader's driver runs no build well.
    public var fromNothing: String
    /// For a reader whose driver is a branch past the GPU's last (nil when the GPU has no last branch).
    public var pastLastBranch: PastBranch?

    /// Back to the GPU's last branch: the newest CUDA that branch runs, the driver it needs, and the sentence.
    public struct PastBranch: Sendable {
        public var variant: PyTorchVariant
        public var need: Version
        public var sentence: String
    }
}

extension Resolver {
    /// The upgrade plan for a GPU on `os` and `cpu` (and Python), or nil when no build runs on the GPU at any driver.
    public func upgradePlan(gpu: GPU, os: OperatingSystem, python: Version?, cpu: CPUArchitecture = .x86_64) -> UpgradePlan? {
        // The builds `resolve` would mark ok with no driver given: the GPU's code is in the wheel and the Python fits.
        // Checked directly (newest release first) rather than through `resolve`: the build asks this for every
        // compute capability, OS and Python.
        guard jetsonVerdict(gpu) == nil, let platform = cpu.wheelPlatform(os) else { return nil }
        let gpuSupport = support(for: gpu)
        // The newest release with a build that has the GPU's code and whose driver the GPU can still have (a GPU with
        // a last driver branch, Kepler on R470, walks back to releases whose CUDA that branch runs); of its builds,
        // the one needing the lowest driver, newest CUDA first among equals (as `resolve` ranks).
        // A reader past the GPU's last branch must install a driver of that branch anyway, and its newest driver meets
        // every build the branch can run: they are sent to the newest CUDA among them (as `resolve` at that branch
        // ranks first), not to the one needing the lowest driver.
        var chosen: (release: PyTorchRelease, variant: PyTorchVariant, need: Version)?
        var backTo: (variant: PyTorchVariant, need: Version)?
        for release in data.pytorch.sorted(by: { $0.version > $1.version }) where python.map({ release.python.contains($0) }) ?? true {
            let variants = release.variants.filter { variant in
                variant.cuda != nil && variant.wheels(for: platform) != nil
                    && architectureVerdict(cc: gpu.computeCapability, variant: variant, platform: platform).status == .ok
            }
            var best: (variant: PyTorchVariant, need: Version)?
            for variant in variants.sorted(by: { ($0.cuda ?? Version([0])) > ($1.cuda ?? Version([0])) }) {
                guard let cuda = variant.cuda, let toolkitNeed = driverRule(cuda: cuda, os: os).need else { continue }
                let need = max(toolkitNeed, gpuSupport.floor(os) ?? toolkitNeed)
                if let last = gpuSupport.lastDriverBranch, Self.branch(of: need) > last { continue }
                if backTo == nil { backTo = (variant, need) }
                if best.map({ need < $0.need }) ?? true { best = (variant, need) }
            }
            if let best {
                chosen = (release, best.variant, best.need)
                break
            }
        }
        guard let (release, variant, need) = chosen else { return nil }
        let back = backTo ?? (variant, need)
        let target = (release: release, variant: variant)
        let say = data.phrases
        let column = os == .wsl2 ? say(.upgradeColumnWSL2) : say(.driverColumn, ["os": os.label])
        let goal = buildName(target.release, target.variant)
        let upgrade = say(.upgradeUpgrade, ["column": column, "need": need.description, "goal": goal])
        return UpgradePlan(
            release: target.release, variant: target.variant, need: need,
            noDriver: say(.upgradeNoDriver, ["goal": goal, "column": column, "need": need.description]),
            fromOlder: say(.upgradeFromOlder, ["upgrade": upgrade]),
            fromNothing: say(.upgradeFromNothing, ["upgrade": upgrade]),
            pastLastBranch: gpuSupport.lastDriverBranch.map { last in
                UpgradePlan.PastBranch(variant: back.variant, need: back.need, sentence: say(.upgradePastBranch, [
                    "need": back.need.description, "branch": String(last), "goal": buildName(release, back.variant),
                ]))
            })
    }

    /// What to do when no official build has code for the GPU at any driver (the Tesla K40, sm_35): the CPU build, or
    /// PyTorch built from source with a CUDA that still supports the architecture. Nil when some build runs it, for
    /// Jetson, DRIVE and IGX modules (their own answer), and where PyTorch has no CUDA wheels (macOS, Arm off Linux).
    public func noBuild(gpu: GPU, os: OperatingSystem, cpu: CPUArchitecture = .x86_64) -> String? {
        guard jetsonVerdict(gpu) == nil, let platform = cpu.wheelPlatform(os) else { return nil }
        // Every CUDA wheel for the platform is a "no" for the GPU's architecture: none is ok, and none is unknown
        // (a list not recorded is a maybe, not a no).
        let releases = data.pytorch.filter { release in release.variants.contains { $0.cuda != nil && $0.wheels(for: platform) != nil } }
        let none = releases.allSatisfy { release in
            release.variants.allSatisfy { variant in
                variant.cuda == nil || variant.wheels(for: platform) == nil
                    || architectureVerdict(cc: gpu.computeCapability, variant: variant, platform: platform).status == .unsupported
            }
        }
        guard none, let oldest = releases.map(\.version).min(), let newest = releases.map(\.version).max() else { return nil }
        let cc = gpu.computeCapability
        let window = support(for: gpu)
        let toolkit = window.lastCUDA.map { data.phrases(.upgradeNoBuildToolkit, ["architecture": window.architecture, "last": $0.version.majorMinor.description]) } ?? ""
        return data.phrases(.upgradeNoBuild, ["oldest": oldest.description, "newest": newest.description, "sm": "sm_\(cc.major)\(cc.minor)",
                                              "cc": "\(cc.major).\(cc.minor)", "toolkit": toolkit])
    }

    /// `PyTorch 2.9.1（cu128）`: a build as the upgrade advice names it.
    func buildName(_ release: PyTorchRelease, _ variant: PyTorchVariant) -> String {
        data.phrases(.upgradeBuild, ["version": release.version.description, "tag": variant.tag])
    }

    /// What a driver upgrade would bring: nil when the request's driver already runs the newest build the GPU can
    /// run (or no build runs on it at any driver).
    public func upgrade(for request: ResolveRequest) -> UpgradeAdvice? {
        guard let plan = upgradePlan(gpu: request.gpu, os: request.os, python: request.python, cpu: request.cpu) else { return nil }
        let advice = { (text: String) in UpgradeAdvice(driver: plan.need, release: plan.release, variant: plan.variant, reason: text) }
        guard let driver = request.driver else { return advice(plan.noDriver) }
        let fill = { (template: String, current: String) in TextTemplate.fill(template, ["driver": driver.description, "current": current]) }
        let gpuSupport = support(for: request.gpu)
        if let back = plan.pastLastBranch, let last = gpuSupport.lastDriverBranch, Self.branch(of: driver) > last {
            return UpgradeAdvice(driver: back.need, release: plan.release, variant: back.variant, reason: fill(back.sentence, ""))
        }
        let current = resolve(request).first { $0.status == .ok }
        if let current, current.release.version >= plan.release.version { return nil }
        guard driver < plan.need else { return nil }
        guard let current else { return advice(fill(plan.fromNothing, "")) }
        return advice(fill(plan.fromOlder, buildName(current.release, current.variant)))
    }
}

extension Resolver {
    /// Jetson modules: the GPU sits in the SoC and its driver ships with Jetson Linux (JetPack). Orin and older run
    /// Jetson's own CUDA, which PyTorch's wheels do not target: they need NVIDIA's Jetson builds of PyTorch. Thor runs
    /// the server-Arm (SBSA) CUDA from CUDA 13 on, so PyTorch's aarch64 wheels apply and their architecture list
    /// decides; the sentence only says where the driver comes from. Nil for other GPUs.
    public func jetsonVerdict(_ gpu: GPU) -> Verdict? {
        guard gpu.segment == "embedded" else { return nil }
        let names = ["gpu": gpu.name, "install": data.phrases(.jetsonInstall)]
        if gpu.computeCapability.major >= 11, gpu.cpu == .aarch64 {
            return Verdict(status: .ok, reason: data.phrases(.jetsonSBSA, names))
        }
        return Verdict(status: .unsupported, reason: data.phrases(.jetsonModule, names))
    }
}
