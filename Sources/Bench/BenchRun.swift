/// Where and on what a benchmark ran; unknown values are nil.
public struct BenchEnvironment: Sendable, Hashable {
    public var date: String?
    public var os: String?
    public var osName: String?
    public var kernel: String?
    public var python: String?
    public var gpus: [String]
    public var driver: String?
    /// The highest CUDA the driver supports (`nvidia-smi`'s header).
    public var cuda: String?
    public var nvcc: String?
    public var torch: String?
    public var torchCUDA: String?
    public var cudnn: String?
    public var container: String?
    public var cpu: String?

    /// An environment with only its GPUs known.
    public init(gpus: [String]) { self.gpus = gpus }

    /// The first GPU's name, or `unknown` when the run names none.
    public func gpuLabel(unknown: String) -> String { gpus.first ?? unknown }
}

/// A measured value's spread across repeats.
public struct BenchSpread: Sendable, Hashable {
    public var min: Double
    public var max: Double
    public var p25: Double?
    public var p75: Double?
    public var stdev: Double?
}

/// One workload's result in a run.
public struct BenchResult: Sendable, Hashable {
    /// Workload id, e.g. `matmul-10000-bf16`.
    public var id: String
    public var title: String
    /// Unit, e.g. `TFLOP/s`, `GB/s`, `images/s`, `s`.
    public var metric: String
    public var higherIsBetter: Bool
    /// The median (measured) or the reported figure (cited).
    public var value: Double
    public var spread: BenchSpread?
    public var warmup: Int?
    public var repeats: Int?
    /// `cuda-events`, `wall-clock-single-call`, `unknown`, …
    public var timing: String?
    /// Secondary figures, e.g. `cifar10_epoch_s`, `warm_median_s`.
    public var extra: [String: Double]
    public var note: String?
}

/// One stored run: measured by `gpu_bench.py`, or figures cited from elsewhere.
public struct BenchRun: Sendable, Hashable {
    public enum Kind: String, Sendable { case measured, cited }

    /// File name under `content/data/bench/`.
    public var file: String
    public var kind: Kind
    public var command: String?
    /// For cited runs: where the figures come from.
    public var source: String?
    public var sourceTitle: String?
    public var sourceDate: String?
    /// For cited runs: what is known and unknown about how they were measured.
    public var methodNote: String?
    public var environment: BenchEnvironment
    public var results: [BenchResult]

    /// The result for a workload.
    public func result(_ id: String) -> BenchResult? { results.first { $0.id == id } }
}
