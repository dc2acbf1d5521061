import Diagnostics

/// Every sentence the knowledge engine writes, by its key in the dataset's `phrases/<language>.yaml`.
///
/// The raw value is the key (`group.name`). `arguments` lists the `{name}` placeholders a key's text may use: Compat
/// fills most of them; `{driver}`, `{python}`, `{current}` and `{auto}` are left in the sentences the resolver page and
/// check_env.py receive, and filled there with the reader's values.
public enum Phrase: String, TextKey {
    // A toolkit's driver minimum, as the resolver checks it ({driver} is the reader's driver, filled in later by the page or the CLI).
    case driverColumn = "driver.column"
    case driverColumnWSL2 = "driver.column_wsl2"
    case driverNeed = "driver.need"
    case driverNeedUnknown = "driver.need_unknown"
    case driverOK = "driver.ok"
    case driverLimited = "driver.limited"
    case driverTooOld = "driver.too_old"
    case driverTooOldFloor = "driver.too_old_floor"

    // Whether a wheel has code for the GPU's compute capability.
    case archCPU = "arch.cpu"
    case archNative = "arch.native"
    case archSameMajor = "arch.same_major"
    case archPTX = "arch.ptx"
    case archNone = "arch.none"
    case archUnknownCapability = "arch.unknown_capability"
    case archTooNew = "arch.too_new"
    case archRemoved = "arch.removed"
    case archUnlisted = "arch.unlisted"
    case archBelowFloor = "arch.below_floor"
    case archUnlistedArm = "arch.unlisted_aarch64"
    case archUnlistedWindows = "arch.unlisted_windows"
    case archUnlistedPartial = "arch.unlisted_partial"

    // Arm (aarch64) machines: Grace, DGX Spark, Jetson Thor, Arm servers.
    case cpuNoArmWheels = "cpu.no_arm_wheels"
    case cpuArmConda = "cpu.arm_conda"
    case cpuLinuxOnly = "cpu.linux_only"
    case cpuGPUNeeds = "cpu.gpu_needs"

    // Whether a release has wheels for the reader's Python ({python} filled in later).
    case pythonOK = "python.ok"
    case pythonMissing = "python.missing"

    // Builds the pytorch conda channel no longer carries.
    case condaNone = "conda.none"

    // A driver too old for the GPU, or past the last branch that drives it.
    case gpuColumnWSL2 = "gpu.column_wsl2"
    case gpuDriverTooOld = "gpu.driver_too_old"
    case gpuDriverPastBranch = "gpu.driver_past_branch"
    case gpuIsCapability = "gpu.is_capability"
    case gpuIsUnknownCapability = "gpu.is_unknown_capability"
    case gpuIsArchitecture = "gpu.is_architecture"
    case gpuIsPlaceholder = "gpu.is_placeholder"
    case gpuListSeparator = "gpu.list_separator"
    case gpuSharedName = "gpu.shared_name"
    case gpuSharedChip = "gpu.shared_chip"
    case gpuSharedNoBuild = "gpu.shared_no_build"
    case pipWindowsIndex = "pip.windows_index"

    // The upgrade path: which driver brings which build ({driver} and {current} filled in later).
    case upgradeColumnWSL2 = "upgrade.column_wsl2"
    case upgradeBuild = "upgrade.build"
    case upgradeUpgrade = "upgrade.upgrade"
    case upgradeNoDriver = "upgrade.no_driver"
    case upgradeFromOlder = "upgrade.from_older"
    case upgradeFromNothing = "upgrade.from_nothing"
    case upgradePastBranch = "upgrade.past_branch"
    case upgradeNoBuild = "upgrade.no_build"
    case upgradeNoBuildToolkit = "upgrade.no_build_toolkit"

    // Jetson modules.
    case jetsonInstall = "jetson.install"
    case jetsonSBSA = "jetson.sbsa"
    case jetsonModule = "jetson.module"

    // What uv's --torch-backend=auto would pick ({driver} and {auto} filled in later).
    case uvPinned = "uv.pinned"
    case uvNoDriver = "uv.no_driver"
    case uvCPU = "uv.cpu"
    case uvSame = "uv.same"
    case uvDifferent = "uv.different"

    // macOS has no CUDA.
    case macOSExplanation = "macos.explanation"
    case macOSReason = "macos.reason"

    // GPU names of other vendors.
    case vendorNotNVIDIA = "vendor.not_nvidia"
    case vendorAMDName = "vendor.amd_name"
    case vendorAMDAdvice = "vendor.amd_advice"
    case vendorIntelName = "vendor.intel_name"
    case vendorIntelAdvice = "vendor.intel_advice"
    case vendorAppleName = "vendor.apple_name"
    case vendorAppleAdvice = "vendor.apple_advice"
    case vendorAscendName = "vendor.ascend_name"
    case vendorAscendAdvice = "vendor.ascend_advice"
    case vendorMooreThreadsName = "vendor.moore_threads_name"
    case vendorMooreThreadsAdvice = "vendor.moore_threads_advice"

    // NVIDIA driver branch designations.
    case branchLTSB = "branch.ltsb"
    case branchProduction = "branch.production"
    case branchNewFeature = "branch.new_feature"
    // Where a driver's branch stands in NVIDIA's lifecycle ({driver} filled in by whoever knows it).
    case branchLive = "branch.live"
    case branchNoEndOfLife = "branch.no_end_of_life"
    case branchEnded = "branch.ended"
    case branchMoveTo = "branch.move_to"
    case branchLastForGPU = "branch.last_for_gpu"
    case branchMoveToAny = "branch.move_to_any"
    case branchLimit = "branch.limit"
    case branchLimitSeparator = "branch.limit_separator"

    // Captions, column heads and cell words of the compatibility matrices.
    case matrixDriverCUDACaption = "matrix.driver_cuda_caption"
    case matrixColumnName = "matrix.column_name"
    case matrixColumnLinuxDriverMinimum = "matrix.column_linux_driver_minimum"
    case matrixColumnWindowsDriverMinimum = "matrix.column_windows_driver_minimum"
    case matrixColumnMinorFloor = "matrix.column_minor_floor"
    case matrixColumnReleased = "matrix.column_released"
    case matrixInferred = "matrix.inferred"
    case matrixBranchOrNewer = "matrix.branch_or_newer"
    case matrixCuDNNCaption = "matrix.cudnn_caption"
    case matrixColumnCUDAPackage = "matrix.column_cuda_package"
    case matrixColumnComputeCapability = "matrix.column_compute_capability"
    case matrixDefaultVariant = "matrix.default_variant"
    case matrixLinuxOnly = "matrix.linux_only"
    case matrixPyTorchCaption = "matrix.pytorch_caption"
    case matrixColumnCUDABuilds = "matrix.column_cuda_builds"
    case matrixStillSupported = "matrix.still_supported"
    case matrixGPUsCaption = "matrix.gpus_caption"
    case matrixColumnArchitecture = "matrix.column_architecture"
    case matrixColumnMemory = "matrix.column_memory"
    case matrixColumnFirstCUDA = "matrix.column_first_cuda"
    case matrixColumnLastCUDA = "matrix.column_last_cuda"
    case matrixNoEndOfLife = "matrix.no_end_of_life"
    case matrixBranchesCaption = "matrix.branches_caption"
    case matrixColumnBranch = "matrix.column_branch"
    case matrixColumnKind = "matrix.column_kind"
    case matrixColumnEndOfLife = "matrix.column_end_of_life"
    case matrixColumnNewestCUDAMajor = "matrix.column_newest_cuda_major"
    case matrixNotStated = "matrix.not_stated"
    case matrixJAXCaption = "matrix.jax_caption"
    case matrixColumnBuild = "matrix.column_build"
    case matrixColumnLinuxDriver = "matrix.column_linux_driver"
    case matrixTensorFlowCaption = "matrix.tensorflow_caption"

    // Notes and change-log titles the importers write into the dataset.
    case importCuDNNSourced = "import.cudnn_sourced"
    case importPreviousNote = "import.previous_note"
    case importCuDNNAdded = "import.cudnn_added"
    case importGPUAdded = "import.gpu_added"
    case importGPUSourced = "import.gpu_sourced"
    case importPyTorchAdded = "import.pytorch_added"
    case importPythonFromTags = "import.python_from_tags"
    case importArchListCarried = "import.arch_list_carried"
    case importDefaultVariantCarried = "import.default_variant_carried"
    case importPlannedDate = "import.planned_date"
    case importNoTorchvision = "import.no_torchvision"
    case importChangeCUDA = "import.change_cuda"
    case importChangeCuDNN = "import.change_cudnn"
    case importChangeGPUs = "import.change_gpus"
    case importChangePyTorch = "import.change_pytorch"

    /// The placeholders the text may use.
    public var arguments: [String] {
        switch self {
        case .driverColumn:
            ["os"]
        case .driverNeed:
            ["cuda", "column", "need"]
        case .driverNeedUnknown:
            ["cuda", "column"]
        case .driverOK, .driverTooOld:
            ["driver", "requirement"]
        case .driverLimited:
            ["driver", "need", "major", "floor"]
        case .driverTooOldFloor:
            ["driver", "requirement", "floor"]
        case .archNative:
            ["tag", "sm"]
        case .archSameMajor:
            ["tag", "sm", "lower"]
        case .archPTX:
            ["tag", "sm", "ptx"]
        case .archNone:
            ["tag", "listed", "sm"]
        case .archUnknownCapability:
            ["cc"]
        case .archTooNew:
            ["cuda", "sm", "first"]
        case .archRemoved:
            ["removed", "architecture", "tag", "sm"]
        case .archUnlisted, .archUnlistedArm:
            ["tag", "cuda", "sm"]
        case .archUnlistedWindows, .archUnlistedPartial:
            ["tag", "listed", "sm"]
        case .archBelowFloor:
            ["tag", "sm", "since", "lowest"]
        case .cpuNoArmWheels:
            ["tag"]
        case .cpuLinuxOnly:
            ["os"]
        case .cpuGPUNeeds:
            ["gpu"]
        case .pythonOK:
            ["python", "min", "max"]
        case .pythonMissing:
            ["python", "version", "min", "max"]
        case .condaNone:
            ["version"]
        case .gpuDriverTooOld:
            ["driver", "cc", "architecture", "release", "column", "floor"]
        case .gpuDriverPastBranch:
            ["driver", "branch", "architecture"]
        case .upgradeBuild:
            ["version", "tag"]
        case .upgradeUpgrade:
            ["column", "need", "goal"]
        case .upgradeNoDriver:
            ["goal", "column", "need"]
        case .upgradeFromOlder:
            ["driver", "current", "upgrade"]
        case .upgradeFromNothing:
            ["driver", "upgrade"]
        case .upgradeNoBuild:
            ["oldest", "newest", "sm", "cc", "toolkit"]
        case .upgradeNoBuildToolkit:
            ["architecture", "last"]
        case .upgradePastBranch:
            ["need", "branch", "goal"]
        case .branchLive, .branchEnded:
            ["driver", "branch", "designation", "eol"]
        case .branchNoEndOfLife:
            ["driver", "branch", "designation"]
        case .branchMoveTo:
            ["target", "target_eol"]
        case .branchLastForGPU:
            ["branch"]
        case .branchMoveToAny:
            ["target", "target_eol", "limits"]
        case .branchLimit:
            ["architectures", "branch"]
        case .branchLimitSeparator:
            []
        case .jetsonSBSA, .jetsonModule:
            ["gpu", "install"]
        case .uvNoDriver:
            ["pinned"]
        case .uvCPU:
            ["driver"]
        case .uvSame:
            ["version", "tag", "pinned"]
        case .uvDifferent:
            ["version", "auto", "tag"]
        case .vendorNotNVIDIA:
            ["gpu", "vendor", "advice"]
        case .gpuIsCapability:
            ["gpu", "cc", "architecture", "count", "examples"]
        case .gpuIsUnknownCapability:
            ["gpu", "cc", "known"]
        case .gpuIsArchitecture:
            ["gpu", "architecture", "ccs", "examples"]
        case .gpuIsPlaceholder:
            ["gpu"]
        case .gpuSharedName:
            ["gpu", "ccs", "verdict"]
        case .gpuSharedChip:
            ["cc", "architecture"]
        case .gpuSharedNoBuild:
            ["lowest", "since"]
        case .pipWindowsIndex:
            ["tag"]
        case .matrixInferred:
            ["range"]
        case .matrixBranchOrNewer:
            ["branch"]
        case .matrixColumnCUDAPackage:
            ["major"]
        case .importCuDNNSourced, .importCuDNNAdded, .importGPUAdded, .importGPUSourced, .importPyTorchAdded:
            ["date"]
        case .importPreviousNote:
            ["note"]
        case .importArchListCarried:
            ["tag", "previous"]
        case .importDefaultVariantCarried:
            ["tag"]
        case .importPlannedDate:
            ["planned"]
        case .importChangeCUDA, .importChangeCuDNN, .importChangeGPUs, .importChangePyTorch:
            ["count"]
        default: []
        }
    }
}

/// The engine's sentences in one language (`phrases/<language>.yaml`).
public struct Phrasebook: Sendable {
    /// The language tag, as in `site.yaml`.
    public let language: String
    private let texts: [Phrase: String]
    /// Singular forms (`name_one`) of texts that take `{count}`.
    private let singular: [Phrase: String]

    public init(language: String, texts: [Phrase: String], singular: [Phrase: String] = [:]) {
        self.language = language
        self.texts = texts
        self.singular = singular
    }

    /// A book with no texts: each phrase reads as its key (for datasets built in tests without a phrases file).
    public static let empty = Phrasebook(language: "", texts: [:])

    /// The text of `phrase` with the placeholders `values` names filled in; the others stay for a later step.
    public func callAsFunction(_ phrase: Phrase, _ values: [String: String] = [:]) -> String {
        TextTemplate.fill(TextTable.pick(phrase, values, texts: texts, singular: singular), values)
    }

    /// What NVIDIA calls a driver branch of this designation.
    public func designation(_ designation: DriverBranch.Designation) -> String {
        switch designation {
        case .ltsb: self(.branchLTSB)
        case .production: self(.branchProduction)
        case .newFeature: self(.branchNewFeature)
        }
    }

    /// The folder of the dataset that holds the books, one file per language.
    public static let folder = "phrases"

    /// Reads and checks `phrases/<language>.yaml`, reporting every problem with its line and column.
    static func load(_ text: String, language: String, displayPath: String, into bag: inout DiagnosticBag) -> Phrasebook? {
        TextTable<Phrase>.load(text, displayPath: displayPath, keysDefinedIn: "Sources/Compat/Phrase.swift", into: &bag)
            .map { Phrasebook(language: language, texts: $0.texts, singular: $0.singular) }
    }
}
