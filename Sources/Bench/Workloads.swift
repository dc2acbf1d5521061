/// The workloads `gpu_bench.py` runs (and the cited ones). Their titles and methods, in the reader's language, are
/// the theme's `workload.<id>.title` and `.method` texts.
public struct Workload: Sendable, Hashable {
    /// The runner's id.
    public var id: String
    /// The dataset's peak-figure key (`fp32`, `tf32`, `bf16`, `fp16`) when efficiency against the peak means something.
    public var peak: String?

    /// Known workloads, in page order.
    public static let all: [Workload] = [
        Workload(id: "matmul-10000-fp32", peak: "fp32"),
        Workload(id: "matmul-10000-tf32", peak: "tf32"),
        Workload(id: "matmul-10000-bf16", peak: "bf16"),
        Workload(id: "matmul-10000-fp16", peak: "fp16"),
        Workload(id: "matmul-8192-bf16", peak: "bf16"),
        Workload(id: "copy-d2d", peak: nil),
        Workload(id: "resnet50-train-fp32", peak: nil),
        Workload(id: "resnet50-train-bf16", peak: nil),
        Workload(id: "resnet50-cifar10-epoch", peak: nil),
        Workload(id: "matmul-10000-fp32-single-call", peak: nil),
        Workload(id: "llama3-8b-iq3xs-llamacpp", peak: nil),
    ]

    /// The workload with `id`, or one without a peak figure.
    public static func named(_ id: String) -> Workload {
        all.first { $0.id == id } ?? Workload(id: id, peak: nil)
    }

    /// The figure of `result` for this workload's chart: `resnet50-cifar10-epoch` is derived from the training
    /// throughput's `cifar10_epoch_s` in measured runs.
    public static func value(of id: String, in run: BenchRun) -> (value: Double, metric: String, higherIsBetter: Bool, spread: BenchSpread?, result: BenchResult)? {
        if let result = run.result(id) { return (result.value, result.metric, result.higherIsBetter, result.spread, result) }
        if id == "resnet50-cifar10-epoch" {
            for source in ["resnet50-train-fp32", "resnet50-train-bf16"] {
                if let result = run.result(source), let epoch = result.extra["cifar10_epoch_s"] {
                    return (epoch, "s/epoch", false, nil, result)
                }
            }
        }
        return nil
    }
}
