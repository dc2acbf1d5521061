import Bench
import Compat
import Diagnostics
import Markup

/// Fenced ```` ```bench ```` blocks: `workload: ID` draws that workload's chart and table from every stored run;
/// `environments` lists the runs' environments. Runs are matched to the dataset's GPUs for peak figures and links.
struct BenchDirectives: Sendable {
    let runs: [BenchRun]
    let gpus: GPUIndex?
    let peaks: [String: PeakFigures]

    init(runs: [BenchRun], data: CompatDataset?) {
        self.runs = runs
        self.gpus = data.map { GPUIndex($0.gpus) }
        var peaks: [String: PeakFigures] = [:]
        for gpu in data?.gpus ?? [] { if let peak = gpu.peak { peaks[gpu.name] = peak } }
        self.peaks = peaks
    }

    /// The dataset GPU a run's first GPU name refers to ("NVIDIA H100 80GB HBM3" → the H100 SXM record).
    func gpu(for run: BenchRun) -> GPU? {
        guard let gpus, let name = run.environment.gpus.first else { return nil }
        return gpus.find(reported: name)
    }

    /// Runs on `gpu`.
    func runs(on gpu: GPU) -> [BenchRun] { runs.filter { self.gpu(for: $0)?.name == gpu.name } }

    /// The HTML for a `bench` block.
    func render(code: String, root: String, at location: SourceLocation, into bag: inout DiagnosticBag) -> String {
        let lines = code.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines == ["environments"] { return environments(root: root) }
        guard lines.count == 1, lines[0].hasPrefix("workload:") else {
            bag.add(.error("a 'bench' block holds 'workload: ID' or 'environments'", at: location))
            return ""
        }
        let id = lines[0].dropFirst("workload:".count).trimmingCharacters(in: .whitespaces)
        let known = Workload.all.map(\.id)
        guard known.contains(id) else {
            bag.add(.error("unknown workload '\(id)'; expected one of: \(known.joined(separator: ", "))" + Suggestions.phrase(for: id, in: known), at: location))
            return ""
        }
        return workload(Workload.named(id), root: root)
    }

    // MARK: - Fragments

    private func label(_ run: BenchRun) -> String { run.environment.gpuLabel }

    private func detail(_ run: BenchRun) -> String {
        if run.kind == .cited { return "引用 · " + (run.sourceTitle.map { String($0.prefix(14)) } ?? run.source ?? "") }
        return ["实测", run.environment.torch.map { "torch \($0)" }, run.environment.date].compactMap { $0 }.joined(separator: " · ")
    }

    static func anchor(_ run: BenchRun) -> String {
        "run-" + EntityURL.slug(String(run.file.dropLast(run.file.hasSuffix(".json") ? 5 : 0)))
    }

    private func workload(_ workload: Workload, root: String) -> String {
        let entries = runs.compactMap { run in Workload.value(of: workload.id, in: run).map { (run, $0) } }
        guard let first = entries.first else {
            return "<p class=\"bench-empty\">还没有 \(HTMLFragments.text(workload.id)) 的结果。</p>\n"
        }
        let higher = first.1.higherIsBetter
        let sorted = entries.sorted { higher ? $0.1.value > $1.1.value : $0.1.value < $1.1.value }
        let bars = sorted.map { BenchChart.Bar(label: label($0.0), detail: detail($0.0), value: $0.1.value, spread: $0.1.spread, cited: $0.0.kind == .cited) }
        var html = "<figure class=\"bench-figure\" id=\"chart-\(HTMLFragments.text(workload.id))\">\n"
        html += "<figcaption>\(HTMLFragments.text(workload.title))</figcaption>\n"
        html += BenchChart.svg(title: workload.title, unit: first.1.metric, bars: bars, higherIsBetter: higher) + "\n</figure>\n"
        var rows: [[String]] = []
        for (run, entry) in sorted {
            var value = HTMLFragments.text(BenchChart.number(entry.value) + " " + entry.metric)
            if let spread = entry.spread {
                value += "<br><small>最小 \(BenchChart.number(spread.min)) · 最大 \(BenchChart.number(spread.max))"
                    + (spread.stdev.map { " · 标准差 \(BenchChart.number($0))" } ?? "") + "</small>"
            }
            var efficiency = "—"
            if let key = workload.peak, let gpu = gpu(for: run), let peak = peaks[gpu.name]?.values[key], peak > 0, entry.metric == "TFLOP/s" {
                efficiency = "\(BenchChart.number(entry.value / peak * 100))%<br><small>峰值 \(BenchChart.number(peak)) TFLOPS（\(key.uppercased())，稠密）</small>"
            }
            var method = HTMLFragments.text(workload.method)
            if let repeats = entry.result.repeats, entry.result.timing == "cuda-events" {
                method += HTMLFragments.text("；预热 \(entry.result.warmup ?? 0) 次，计时 \(repeats) 次")
            }
            if let warm = entry.result.extra["warm_median_s"], warm > 0 {
                method += HTMLFragments.text("；同一台机器预热后的中位数 \(BenchChart.number(warm)) s，单次调用是它的 \(BenchChart.number(entry.value / warm)) 倍")
            }
            if workload.id == "resnet50-cifar10-epoch", run.kind == .measured {
                method += HTMLFragments.text("（由 \(entry.result.id) 折算）")
            }
            rows.append([
                "<a href=\"#\(HTMLFragments.text(Self.anchor(run)))\">\(HTMLFragments.text(label(run)))</a>",
                run.kind == .cited ? "<span class=\"badge badge-limited\">引用</span>" : "<span class=\"badge badge-ok\">实测</span>",
                value, efficiency, method,
            ])
        }
        html += HTMLFragments.table(columns: ["GPU（环境）", "类型", "结果", "占峰值", "方法"], rows: rows, className: "data-table bench-table")
        return html
    }

    private func environments(root: String) -> String {
        var rows: [[String]] = []
        for run in runs {
            let env = run.environment
            let gpuCell = gpu(for: run).map { HTMLFragments.link(env.gpuLabel, to: EntityURL.gpu($0), root: root) } ?? HTMLFragments.text(env.gpuLabel)
            let count = env.gpus.count > 1 ? " ×\(env.gpus.count)" : ""
            var origin: String
            if run.kind == .cited {
                origin = "引用：" + HTMLFragments.text(run.sourceTitle ?? run.source ?? "") + (run.sourceDate.map { HTMLFragments.text("（\($0)）") } ?? "")
                if let note = run.methodNote { origin += "<details><summary>方法上的问题</summary><p>\(HTMLFragments.text(note))</p></details>" }
            } else {
                origin = "实测：<code>\(HTMLFragments.text(run.command ?? "python3 gpu_bench.py"))</code>"
            }
            let system = [env.osName ?? env.os, env.container.map { "容器 \($0)" }].compactMap { $0 }.joined(separator: "，")
            rows.append([
                "<span id=\"\(HTMLFragments.text(Self.anchor(run)))\">\(gpuCell)\(count)</span>",
                HTMLFragments.text(env.driver ?? "—"),
                HTMLFragments.text(env.cuda ?? "—"),
                HTMLFragments.text(env.cudnn ?? "—"),
                HTMLFragments.text(env.torch.map { $0 + (env.torchCUDA.map { "（CUDA \($0)）" } ?? "") } ?? "—"),
                HTMLFragments.text(env.python ?? "—"),
                HTMLFragments.text(system.isEmpty ? "—" : system),
                HTMLFragments.text(env.date ?? "—"),
                origin,
            ])
        }
        return HTMLFragments.table(columns: ["GPU", "驱动", "CUDA（驱动）", "cuDNN", "PyTorch", "Python", "系统", "日期", "来源"], rows: rows,
                                   className: "data-table bench-envs")
    }
}
