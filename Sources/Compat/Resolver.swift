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
    /// One sentence, Chinese.
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

    /// Creates a request.
    public init(gpu: GPU, os: OperatingSystem, driver: Version?, python: Version? = nil, packageManager: PackageManager = .pip) {
        self.gpu = gpu
        self.os = os
        self.driver = driver
        self.python = python
        self.packageManager = packageManager
    }
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
            guard let minimum = release.minDriver.minimum(for: os) else { return false }
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
        let need = ga?.minDriver.minimum(for: os) ?? floor
        let column = os == .wsl2 ? "Windows 驱动（WSL2 用 Windows 上安装的驱动）" : "\(os.label) 驱动"
        let needText = need.map { "CUDA \(cuda) 要求 \(column) ≥ \($0)" } ?? "NVIDIA 的表格没有给出 CUDA \(cuda) 的 \(column)下限"
        return DriverRule(
            need: need, floor: floor,
            ok: "驱动 {driver} 满足要求：\(needText)。",
            limited: "驱动 {driver} 低于 \(need?.description ?? "?")，但不低于 CUDA \(cuda.major).x 小版本兼容的下限 \(floor?.description ?? "?")：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。",
            unsupported: "驱动 {driver} 太旧：\(needText)\(floor.map { "，小版本兼容也至少要 \($0)" } ?? "")。")
    }

    /// Applies a driver rule.
    public func check(_ rule: DriverRule, driver: Version) -> Verdict {
        let text = { (template: String) in template.replacingOccurrences(of: "{driver}", with: driver.description) }
        if let need = rule.need, driver >= need { return Verdict(status: .ok, reason: text(rule.ok)) }
        if let floor = rule.floor, driver >= floor, rule.need != nil { return Verdict(status: .limited, reason: text(rule.limited)) }
        return Verdict(status: .unsupported, reason: text(rule.unsupported))
    }

    // MARK: - GPUs

    /// The first toolkit (X.Y) that compiles for the GPU.
    public func firstCUDA(for gpu: GPU) -> Version? { data.capability(gpu.computeCapability)?.1.firstCUDA }

    /// The last toolkit release that still compiles for the GPU, when its architecture has been removed.
    public func lastCUDA(for gpu: GPU) -> CUDARelease? { support(for: gpu).lastCUDA }

    /// Whether a wheel variant has code for a compute capability, and why.
    public func architectureVerdict(cc: Version, variant: PyTorchVariant) -> Verdict {
        let sm = "sm_\(cc.major)\(cc.minor)"
        guard let cuda = variant.cuda else { return Verdict(status: .unsupported, reason: "CPU 版本不使用 GPU。") }
        if let list = variant.archList {
            if list.contains(cc) {
                return Verdict(status: .ok, reason: "\(variant.tag) wheel 编译了 \(sm) 的机器码。")
            }
            if let lower = list.filter({ $0.major == cc.major && $0.minor < cc.minor }).max() {
                return Verdict(status: .ok, reason: "\(variant.tag) wheel 没有 \(sm)，但有 sm_\(lower.major)\(lower.minor)：同一大版本、小版本不高于 GPU 的机器码可以直接运行。")
            }
            if let ptx = variant.ptx, ptx < cc {
                return Verdict(status: .limited, reason: "\(variant.tag) wheel 没有 \(sm) 的机器码，只带 compute_\(ptx.major)\(ptx.minor) 的 PTX：首次运行要由驱动 JIT 编译，启动慢，性能可能不如原生。")
            }
            let listed = list.map { "sm_\($0.major)\($0.minor)" }.joined(separator: " ")
            return Verdict(status: .unsupported, reason: "\(variant.tag) wheel 只编译了 \(listed)，没有能在 \(sm) 上运行的代码（会报 \"no kernel image is available\"）。")
        }
        guard let (architecture, capability) = data.capability(cc) else {
            return Verdict(status: .unsupported, reason: "数据集中没有计算能力 \(cc)。")
        }
        if capability.firstCUDA.majorMinor > cuda.majorMinor {
            return Verdict(status: .unsupported, reason: "CUDA \(cuda) 还不支持 \(sm)（从 CUDA \(capability.firstCUDA) 起支持）。")
        }
        if let removed = architecture.removedIn, cuda.majorMinor >= removed.majorMinor {
            return Verdict(status: .unsupported, reason: "CUDA \(removed) 起不再支持 \(architecture.name) 架构，\(variant.tag) wheel 不含 \(sm)。")
        }
        return Verdict(status: .limited, reason: "没有查到 \(variant.tag) wheel 编译了哪些架构；CUDA \(cuda) 本身支持 \(sm)。")
    }

    /// Whether a release has wheels for a Python version.
    public func pythonVerdict(_ python: Version, release: PyTorchRelease) -> Verdict {
        let templates = pythonTemplates(release)
        let ok = release.python.contains(python)
        return Verdict(status: ok ? .ok : .unsupported,
                       reason: (ok ? templates.ok : templates.unsupported).replacingOccurrences(of: "{python}", with: python.majorMinor.description))
    }

    /// The sentences for a Python check (`{python}` marks the reader's X.Y).
    public func pythonTemplates(_ release: PyTorchRelease) -> (ok: String, unsupported: String) {
        ("有 Python {python} 的 wheel（支持 \(release.python.min)–\(release.python.max)）。",
         "没有 Python {python} 的 wheel：PyTorch \(release.version) 只支持 Python \(release.python.min)–\(release.python.max)。")
    }

    // MARK: - Resolve

    /// Every CUDA build for the request's platform, best first: status, then newest PyTorch, then newest CUDA.
    public func resolve(_ request: ResolveRequest) -> [BuildFit] {
        var fits: [BuildFit] = []
        let gpuSupport = support(for: request.gpu)
        for release in data.pytorch {
            for variant in release.variants where variant.cuda != nil && variant.platforms.contains(request.os.wheelPlatform) {
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
        var verdicts = [architectureVerdict(cc: request.gpu.computeCapability, variant: variant)]
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
        var command: String? = variant.pip
        switch request.packageManager {
        case .pip: break
        case .conda:
            command = variant.conda ?? Self.pipInConda(variant.pip, python: request.python ?? Self.defaultPython(release))
            if variant.conda == nil { verdicts.append(Self.noConda(release)) }
        case .uv:
            command = UVCommand.make(pip: variant.pip)
        }
        let status = verdicts.map(\.status).max() ?? .ok
        var fit = BuildFit(release: release, variant: variant, status: status, reasons: verdicts.map(\.reason), command: command)
        if request.packageManager == .uv, status != .unsupported {
            fit.reasons.append(uvAutoNote(fit: fit, driver: request.driver, os: request.os))
        }
        return fit
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
    static func noConda(_ release: PyTorchRelease) -> Verdict {
        Verdict(status: .ok, reason: "PyTorch \(release.version) 没有官方 conda 包（pytorch 频道在 2.5 之后停止发布）：在 conda 环境里用 pip 安装这个 wheel，命令见下。")
    }
}
