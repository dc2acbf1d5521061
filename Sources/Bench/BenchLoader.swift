import Compat
import Diagnostics
import Foundation
import Yams

/// Reads runs written by `gpu_bench.py` (and cited figures in the same shape) with positions for every problem.
/// JSON is read through the dataset's YAML reader, so errors carry `path:line:col`.
public enum BenchLoader {
    /// The schema tag a run file must carry.
    public static let schema = "gpukb-bench/1"

    /// Every `*.json` run in `directory`, sorted by file name; problems go to `bag`.
    public static func load(directory: URL, display: String, into bag: inout DiagnosticBag) -> [BenchRun] {
        dataFiles(in: directory, suffix: ".json").compactMap { parse($0.text, file: $0.name, display: "\(display)/\($0.name)", into: &bag) }
    }

    /// One run from its text; nil (with diagnostics) when it is malformed.
    /// `knownGPU`, when given, must accept every GPU the run names (the dataset's names as tools report them).
    public static func parse(_ text: String, file: String, display: String, knownGPU: ((String) -> Bool)? = nil,
                             into bag: inout DiagnosticBag) -> BenchRun? {
        let reader = YAMLReader(path: display)
        let before = bag.errors.count
        guard let root = reader.compose(text, into: &bag) else { return nil }
        let top = reader.mapping(root, allowed: ["schema", "kind", "runner", "command", "source", "source_title", "source_author", "source_date",
                                                 "method_note", "environment", "results", "skipped", "device", "options"],
                                 what: "a benchmark run", into: &bag)
        if let schema = top["schema"] {
            let value = reader.string(schema.value, key: "schema", into: &bag)
            if let value, value != Self.schema {
                bag.add(.error("unknown schema '\(value)'; expected '\(Self.schema)' (written by gpu_bench.py)", at: reader.location(of: schema.value)))
            }
        } else {
            bag.add(.error("missing 'schema'; expected '\(Self.schema)' (is this gpu_bench.py's output?)", at: reader.location(of: root)))
        }
        var kind = BenchRun.Kind.measured
        if let node = top["kind"]?.value, let text = reader.string(node, key: "kind", into: &bag) {
            if let value = BenchRun.Kind(rawValue: text) { kind = value } else {
                bag.add(.error("unknown kind '\(text)'; expected measured or cited", at: reader.location(of: node)))
            }
        }
        func optionalString(_ key: String, in map: [String: (key: Node, value: Node)]) -> String? {
            guard let node = map[key]?.value, !isNull(node) else { return nil }
            return reader.string(node, key: key, into: &bag)
        }
        let source = optionalString("source", in: top)
        if kind == .cited && source == nil {
            bag.add(.error("a cited run needs 'source': where the figures were read", at: reader.location(of: root)))
        }
        var environment = BenchEnvironment(gpus: [])
        if let node = top["environment"]?.value {
            environment = BenchEnvironment.parse(node, reader: reader, knownGPU: knownGPU, into: &bag)
            if kind == .measured && environment.gpus.isEmpty {
                bag.add(.error("a measured run must name its GPU in 'environment.gpus'", at: reader.location(of: node)))
            }
        } else {
            bag.add(.error("missing 'environment'", at: reader.location(of: root)))
        }
        var results: [BenchResult] = []
        if let node = top["results"]?.value {
            if let items = node.sequence, !items.isEmpty {
                var seen = Set<String>()
                for item in items {
                    guard let result = parseResult(item, reader: reader, into: &bag) else { continue }
                    if !seen.insert(result.id).inserted {
                        bag.add(.error("workload '\(result.id)' appears twice in this run", at: reader.location(of: item)))
                    }
                    results.append(result)
                }
            } else {
                bag.add(.error("expected 'results' to be a non-empty list, found \(reader.describe(node))", at: reader.location(of: node)))
            }
        } else {
            bag.add(.error("missing 'results'", at: reader.location(of: root)))
        }
        guard bag.errors.count == before else { return nil }
        return BenchRun(file: file, kind: kind, command: optionalString("command", in: top), source: source,
                        sourceTitle: optionalString("source_title", in: top), sourceDate: optionalString("source_date", in: top),
                        methodNote: optionalString("method_note", in: top), environment: environment, results: results)
    }

    // MARK: - Helpers

    private static func parseResult(_ node: Node, reader: YAMLReader, into bag: inout DiagnosticBag) -> BenchResult? {
        let map = reader.mapping(node, allowed: ["id", "title", "metric", "higher_is_better", "value", "spread", "samples", "seconds", "warmup",
                                                 "repeats", "timing", "params", "extra", "note"], what: "a result", into: &bag)
        var missing = false
        for key in ["id", "metric", "value"] where map[key] == nil {
            bag.add(.error("result is missing '\(key)'", at: reader.location(of: node)))
            missing = true
        }
        guard !missing, let idNode = map["id"]?.value, let id = reader.string(idNode, key: "id", into: &bag),
              let metricNode = map["metric"]?.value, let metric = reader.string(metricNode, key: "metric", into: &bag),
              let valueNode = map["value"]?.value,
              let value = reader.double(valueNode, key: "value", in: 0...1e15, excludingLower: true, into: &bag) else { return nil }
        func number(_ key: String, in map: [String: (key: Node, value: Node)]) -> Double? {
            guard let n = map[key]?.value, !isNull(n) else { return nil }
            return reader.double(n, key: key, into: &bag)
        }
        var spread: BenchSpread?
        if let node = map["spread"]?.value, !isNull(node) {
            let s = reader.mapping(node, allowed: ["min", "max", "p25", "p75", "stdev"], what: "'spread'", into: &bag)
            if let low = number("min", in: s), let high = number("max", in: s) {
                if low > value || value > high {
                    bag.add(.error("'value' \(value) lies outside its spread \(low)–\(high)", at: reader.location(of: node)))
                }
                spread = BenchSpread(min: low, max: high, p25: number("p25", in: s), p75: number("p75", in: s), stdev: number("stdev", in: s))
            } else {
                bag.add(.error("'spread' needs 'min' and 'max'", at: reader.location(of: node)))
            }
        }
        var extra: [String: Double] = [:]
        if let node = map["extra"]?.value, let pairs = node.mapping {
            for (key, item) in pairs {
                if let name = key.scalar?.string, let number = item.scalar.flatMap({ Double($0.string) }) { extra[name] = number }
            }
        }
        var higher = true
        if let node = map["higher_is_better"]?.value { higher = reader.bool(node, key: "higher_is_better", into: &bag) ?? true }
        func int(_ key: String) -> Int? {
            guard let n = map[key]?.value, !isNull(n) else { return nil }
            return reader.int(n, key: key, into: &bag)
        }
        func text(_ key: String) -> String? {
            guard let n = map[key]?.value, !isNull(n) else { return nil }
            return reader.string(n, key: key, into: &bag)
        }
        return BenchResult(id: id, title: text("title") ?? id, metric: metric, higherIsBetter: higher, value: value, spread: spread,
                           warmup: int("warmup"), repeats: int("repeats"), timing: text("timing"), extra: extra, note: text("note"))
    }

    /// Whether `node` is a YAML/JSON null.
    public static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["null", "~", "", "Null", "NULL"].contains(scalar.string)
    }
}

extension BenchEnvironment {
    /// The fingerprint both runners write (gpu_bench.py and run_checks.py splice the same block), read with positions.
    public static func parse(_ node: Node, reader: YAMLReader, knownGPU: ((String) -> Bool)? = nil, into bag: inout DiagnosticBag) -> BenchEnvironment {
        let env = reader.mapping(node, allowed: ["date", "os", "os_name", "kernel", "python", "gpus", "gpu_count", "driver_version", "cuda_version",
                                                 "nvcc_version", "torch_version", "torch_cuda", "cudnn_version", "container", "cpu", "hostname"],
                                 what: "'environment'", into: &bag)
        func optionalString(_ key: String) -> String? {
            guard let node = env[key]?.value, !BenchLoader.isNull(node) else { return nil }
            return reader.string(node, key: key, into: &bag)
        }
        var environment = BenchEnvironment(gpus: [])
        if let node = env["date"]?.value, !BenchLoader.isNull(node) { environment.date = reader.partialDate(node, key: "date", into: &bag) }
        environment.os = optionalString("os")
        environment.osName = optionalString("os_name")
        environment.kernel = optionalString("kernel")
        environment.python = optionalString("python")
        if let gpus = env["gpus"]?.value, !BenchLoader.isNull(gpus) {
            environment.gpus = reader.strings(gpus, key: "gpus", into: &bag) ?? []
            if let knownGPU, let items = gpus.sequence {
                for item in items {
                    guard let name = item.scalar?.string, !knownGPU(name) else { continue }
                    bag.add(.error("GPU '\(name)' is not in the dataset (content/data/compat/gpus.yaml); add it there first, with its source",
                                   at: reader.location(of: item)))
                }
            }
        }
        environment.driver = optionalString("driver_version")
        environment.cuda = optionalString("cuda_version")
        environment.nvcc = optionalString("nvcc_version")
        environment.torch = optionalString("torch_version")
        environment.torchCUDA = optionalString("torch_cuda")
        environment.cudnn = optionalString("cudnn_version")
        environment.container = optionalString("container")
        environment.cpu = optionalString("cpu")
        return environment
    }
}
