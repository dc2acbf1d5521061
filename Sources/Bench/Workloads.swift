/// The workloads `gpu_bench.py` runs (and the cited ones), with what the page needs to show them.
public struct Workload: Sendable, Hashable {
    /// The runner's id.
    public var id: String
    /// Chinese title.
    public var title: String
    /// What the figure means, in one sentence.
    public var method: String
    /// The dataset's peak-figure key (`fp32`, `tf32`, `bf16`, `fp16`) when efficiency against the peak means something.
    public var peak: String?

    /// Known workloads, in page order.
    public static let all: [Workload] = [
        Workload(id: "matmul-10000-fp32", title: "矩阵乘法 10000×10000，FP32（TF32 关闭）",
                 method: "预热后用 CUDA 事件计时多次取中位数；TFLOP/s = 2n³ / 时间", peak: "fp32"),
        Workload(id: "matmul-10000-tf32", title: "矩阵乘法 10000×10000，FP32 输入、TF32 计算",
                 method: "同上，打开 torch.backends.cuda.matmul.allow_tf32", peak: "tf32"),
        Workload(id: "matmul-10000-bf16", title: "矩阵乘法 10000×10000，BF16", method: "同上，输入为 bfloat16", peak: "bf16"),
        Workload(id: "matmul-10000-fp16", title: "矩阵乘法 10000×10000，FP16", method: "同上，输入为 float16", peak: "fp16"),
        Workload(id: "matmul-8192-bf16", title: "矩阵乘法 8192×8192，BF16", method: "同上，n = 8192", peak: "bf16"),
        Workload(id: "copy-d2d", title: "显存内复制（设备到设备）", method: "大块显存复制，带宽按读 + 写两倍字节计", peak: nil),
        Workload(id: "resnet50-train-fp32", title: "ResNet-50 训练吞吐，FP32（卷积默认 TF32）",
                 method: "合成数据，batch 128，224×224，SGD 完整一步；不含数据加载", peak: nil),
        Workload(id: "resnet50-train-bf16", title: "ResNet-50 训练吞吐，BF16 autocast", method: "同上，torch.autocast(dtype=bfloat16)", peak: nil),
        Workload(id: "resnet50-cifar10-epoch", title: "ResNet-50 每个 CIFAR-10 epoch 的时间（224×224）",
                 method: "实测值由训练吞吐折算（50000 张 ÷ 图像/秒，不含数据加载）；引用值为原文所报", peak: nil),
        Workload(id: "matmul-10000-fp32-single-call", title: "单次未预热的 10000×10000 FP32 矩阵乘法（种子文章的方法）",
                 method: "进程中第一次 torch.mm，用 time.time() 包住一次调用和同步，只测一次", peak: nil),
        Workload(id: "llama3-8b-iq3xs-llamacpp", title: "Llama-3-8B IQ3_XS 推理（llama.cpp）", method: "原文所报，非 PyTorch", peak: nil),
    ]

    /// The workload with `id`, or a plain one titled by the id.
    public static func named(_ id: String) -> Workload {
        all.first { $0.id == id } ?? Workload(id: id, title: id, method: "", peak: nil)
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
