@testable import Bench
import Diagnostics
import Foundation
import Testing

@Suite struct BenchLoaderTests {
    static let measured = """
    {
     "schema": "gpukb-bench/1", "kind": "measured", "runner": "gpu_bench.py 1", "command": "python3 gpu_bench.py",
     "environment": {"date": "2026-11-21", "os": "linux", "gpus": ["NVIDIA H200"], "gpu_count": 1, "driver_version": "580.159.04",
                     "cuda_version": "13.0", "torch_version": "2.11.0+cu130", "torch_cuda": "13.0", "cudnn_version": "9.19.0", "container": null},
     "results": [
      {"id": "matmul-10000-fp32", "title": "matmul", "metric": "TFLOP/s", "higher_is_better": true, "value": 48.9,
       "spread": {"min": 48.5, "max": 49.1, "p25": 48.8, "p75": 49.0, "stdev": 0.1}, "warmup": 5, "repeats": 20, "timing": "cuda-events",
       "params": {"n": 10000}, "extra": {}, "note": "n"},
      {"id": "resnet50-train-fp32", "metric": "images/s", "value": 2130, "extra": {"cifar10_epoch_s": 23.47}}
     ]
    }
    """

    @Test func aMeasuredRunLoadsWithItsEnvironmentAndSpread() throws {
        var bag = DiagnosticBag()
        let run = try #require(BenchLoader.parse(Self.measured, file: "h200.json", display: "content/data/bench/h200.json", into: &bag))
        #expect(!bag.hasErrors)
        #expect(run.kind == .measured)
        #expect(run.environment.gpus == ["NVIDIA H200"])
        #expect(run.environment.container == nil)
        #expect(run.result("matmul-10000-fp32")?.spread?.max == 49.1)
        let epoch = try #require(Workload.value(of: "resnet50-cifar10-epoch", in: run))
        #expect(epoch.value == 23.47)
        #expect(!epoch.higherIsBetter)
    }

    @Test func malformedRunsAreRejectedWithPositions() {
        var bag = DiagnosticBag()
        let text = """
        {
         "schema": "gpukb-bench/2",
         "kind": "guessed",
         "environment": {"gpus": [], "colour": "red"},
         "results": [
          {"id": "matmul-10000-fp32", "metric": "TFLOP/s", "value": "fast"},
          {"id": "copy-d2d", "metric": "GB/s", "value": 10, "spread": {"min": 20, "max": 30}}
         ]
        }
        """
        #expect(BenchLoader.parse(text, file: "bad.json", display: "bad.json", into: &bag) == nil)
        let messages = bag.errors.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("2:12 unknown schema 'gpukb-bench/2'") })
        #expect(messages.contains { $0.hasPrefix("3:10 unknown kind 'guessed'") })
        #expect(messages.contains { $0.hasPrefix("4:30 unknown key 'colour'") })
        #expect(messages.contains { $0.hasPrefix("6:") && $0.contains("expected 'value' to be a number, found 'fast'") })
        #expect(messages.contains { $0.contains("lies outside its spread 20.0–30.0") })
    }

    @Test func brokenJSONReportsWhereItBroke() {
        var bag = DiagnosticBag()
        #expect(BenchLoader.parse("{\n \"schema\": \"gpukb-bench/1\",\n \"results\": [\n", file: "x.json", display: "x.json", into: &bag) == nil)
        #expect(bag.errors.first?.location.line ?? 0 >= 3)
    }

    @Test func citedRunsNeedASource() {
        var bag = DiagnosticBag()
        let text = "{\"schema\": \"gpukb-bench/1\", \"kind\": \"cited\", \"environment\": {\"gpus\": [\"X\"]}, \"results\": [{\"id\": \"a\", \"metric\": \"s\", \"value\": 1}]}"
        #expect(BenchLoader.parse(text, file: "c.json", display: "c.json", into: &bag) == nil)
        #expect(bag.errors.map(\.message).contains { $0.hasPrefix("a cited run needs 'source'") })
    }
}

@Suite struct BenchChartTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bench/chart.svg")

    @Test func chartMatchesItsSnapshot() throws {
        let svg = BenchChart.svg(title: "矩阵乘法 <FP32>", labels: .init(axis: "TFLOP/s，越长越好", citedSuffix: "（引用）"), bars: [
            .init(label: "NVIDIA H200", detail: "驱动 580.159.04 · torch 2.11.0+cu130", value: 48.92,
                  spread: BenchSpread(min: 48.5, max: 49.1, p25: nil, p75: nil, stdev: nil), cited: false),
            .init(label: "NVIDIA GeForce RTX 4090", detail: "种子文章 003", value: 4.76, spread: nil, cited: true),
        ])
        if ProcessInfo.processInfo.environment["GPUKB_RECORD"] == "1" {
            try (svg + "\n").write(to: Self.snapshot, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.snapshot, encoding: .utf8)
        #expect(svg + "\n" == expected)
        #expect(svg.contains("aria-label=\"矩阵乘法 &lt;FP32&gt;\""))
        #expect(svg.contains("bench-bar bench-bar-cited"))
    }

    @Test func numbersKeepThreeSignificantDigits() {
        #expect(BenchChart.number(48.923) == "48.9")
        #expect(BenchChart.number(782.65) == "783")
        #expect(BenchChart.number(0.04088) == "0.0409")
        #expect(BenchChart.number(4217.4) == "4217")
    }
}
