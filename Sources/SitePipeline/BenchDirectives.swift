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
    let ui: SiteText

    init(runs: [BenchRun], data: CompatDataset?, ui: SiteText) {
        self.runs = runs
        self.ui = ui
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

    private func label(_ run: BenchRun) -> String { run.environment.gpuLabel(unknown: ui.text(.benchUnknownGPU)) }

    private func detail(_ run: BenchRun) -> String {
        if run.kind == .cited { return ui.text(.benchCitedDetail, ["source": run.sourceTitle.map { String($0.prefix(14)) } ?? run.source ?? ""]) }
        return [ui.text(.benchMeasured), run.environment.torch.map { "torch \($0)" }, run.environment.date].compactMap { $0 }.joined(separator: " · ")
    }

    static func anchor(_ run: BenchRun) -> String {
        "run-" + EntityURL.slug(String(run.file.dropLast(run.file.hasSuffix(".json") ? 5 : 0)))
    }

    private func workload(_ workload: Workload, root: String) -> String {
        let entries = runs.compactMap { run in Workload.value(of: workload.id, in: run).map { (run, $0) } }
        guard let first = entries.first else {
            var empty = HTML()
            empty.element("p", ["class": "bench-empty"], text: ui.text(.benchEmpty, ["workload": workload.id]))
            return empty.description + "\n"
        }
        let higher = first.1.higherIsBetter
        let sorted = entries.sorted { higher ? $0.1.value > $1.1.value : $0.1.value < $1.1.value }
        let bars = sorted.map { BenchChart.Bar(label: label($0.0), detail: detail($0.0), value: $0.1.value, spread: $0.1.spread, cited: $0.0.kind == .cited) }
        let title = ui.workloadTitle(workload.id)
        let labels = BenchChart.Labels(axis: ui.text(higher ? .benchAxisHigher : .benchAxisLower, ["unit": first.1.metric]),
                                       citedSuffix: ui.text(.benchCitedSuffix))
        var html = HTML()
        html.element("figure", ["class": "bench-figure", "id": "chart-" + workload.id]) { html in
            html += "\n"
            html.element("figcaption", text: title)
            html += "\n"
            // The chart escapes its own labels (Sources/Bench/BenchChart.swift).
            html.raw(BenchChart.svg(title: title, labels: labels, bars: bars))
            html += "\n"
        }
        html += "\n"
        var rows: [[String]] = []
        for (run, entry) in sorted {
            var value = HTMLFragments.text(BenchChart.number(entry.value) + " " + entry.metric)
            if let spread = entry.spread {
                let range = ["min": BenchChart.number(spread.min), "max": BenchChart.number(spread.max)]
                value += "<br><small>" + (spread.stdev.map { ui.html(.benchSpreadStdev, range.merging(["stdev": BenchChart.number($0)]) { $1 }) }
                    ?? ui.html(.benchSpread, range)) + "</small>"
            }
            var efficiency = "—"
            if let key = workload.peak, let gpu = gpu(for: run), let peak = peaks[gpu.name]?.values[key], peak > 0, entry.metric == "TFLOP/s" {
                efficiency = "\(BenchChart.number(entry.value / peak * 100))%<br><small>"
                    + ui.html(.benchPeak, ["peak": BenchChart.number(peak), "precision": key.uppercased()]) + "</small>"
            }
            var method = HTMLFragments.text(ui.workloadMethod(workload.id))
            if let repeats = entry.result.repeats, entry.result.timing == "cuda-events" {
                method += ui.html(.benchTimed, ["warmup": String(entry.result.warmup ?? 0), "repeats": String(repeats)])
            }
            if let warm = entry.result.extra["warm_median_s"], warm > 0 {
                method += ui.html(.benchSingleCall, ["warm": BenchChart.number(warm), "ratio": BenchChart.number(entry.value / warm)])
            }
            if workload.id == "resnet50-cifar10-epoch", run.kind == .measured {
                method += ui.html(.benchDerived, ["source": entry.result.id])
            }
            var gpuLink = HTML()
            gpuLink.element("a", ["href": "#" + Self.anchor(run)], text: label(run))
            var kind = HTML()
            kind.element("span", ["class": run.kind == .cited ? "badge badge-limited" : "badge badge-ok"],
                         text: ui.text(run.kind == .cited ? .benchCited : .benchMeasured))
            rows.append([gpuLink.description, kind.description, value, efficiency, method])
        }
        let columns = [ui.text(.benchColumnGPUEnvironment), ui.text(.benchColumnKind), ui.text(.benchColumnResult),
                       ui.text(.benchColumnEfficiency), ui.text(.benchColumnMethod)]
        html.raw(HTMLFragments.table(columns: columns, rows: rows, className: "data-table bench-table"))
        return html.description
    }

    private func environments(root: String) -> String {
        var rows: [[String]] = []
        for run in runs {
            let env = run.environment
            let gpuLabel = label(run)
            let gpuCell = gpu(for: run).map { HTMLFragments.link(gpuLabel, to: EntityURL.gpu($0), root: root) } ?? HTMLFragments.text(gpuLabel)
            let count = env.gpus.count > 1 ? " ×\(env.gpus.count)" : ""
            var origin: String
            if run.kind == .cited {
                origin = ui.html(.benchCitedFrom, ["source": run.sourceTitle ?? run.source ?? ""]) + (run.sourceDate.map { ui.html(.benchSourceDate, ["date": $0]) } ?? "")
                if let note = run.methodNote {
                    var details = HTML()
                    details.element("details") { html in
                        html.element("summary", text: ui.text(.benchMethodIssues))
                        html.element("p", text: note)
                    }
                    origin += details.description
                }
            } else {
                origin = ui.html(.benchMeasuredWithHTML, ["command": HTMLFragments.text(run.command ?? "python3 gpu_bench.py")])
            }
            let system = [env.osName ?? env.os, env.container.map { ui.text(.benchContainer, ["name": $0]) }].compactMap { $0 }
                .joined(separator: ui.text(.benchSystemSeparator))
            var anchored = HTML()
            anchored.element("span", ["id": Self.anchor(run)]) { html in
                html.raw(gpuCell)
                html.text(count)
            }
            rows.append([
                anchored.description,
                HTMLFragments.text(env.driver ?? "—"),
                HTMLFragments.text(env.cuda ?? "—"),
                HTMLFragments.text(env.cudnn ?? "—"),
                HTMLFragments.text(env.torch.map { torch in env.torchCUDA.map { ui.text(.benchTorchCUDA, ["torch": torch, "cuda": $0]) } ?? torch } ?? "—"),
                HTMLFragments.text(env.python ?? "—"),
                HTMLFragments.text(system.isEmpty ? "—" : system),
                HTMLFragments.text(env.date ?? "—"),
                origin,
            ])
        }
        let columns = ["GPU", ui.text(.benchColumnDriver), ui.text(.benchColumnCUDADriver), "cuDNN", "PyTorch", "Python",
                       ui.text(.benchColumnSystem), ui.text(.benchColumnDate), ui.text(.benchColumnSource)]
        return HTMLFragments.table(columns: columns, rows: rows,
                                   className: "data-table bench-envs")
    }
}
