import Foundation

/// Names a reader types into "GPU" that are not a GPU model: a compute capability (`sm_120`, `compute_86`, `8.6`,
/// `compute capability 8.9`) or an architecture (`Blackwell`, `Ada`). They get told what they typed and which models
/// it covers, never a "did you mean" built on spelling (`sm120` is not an `M1200`). The pattern is a plain regular
/// expression that ICU and JavaScript read alike; the sentences are written by the build, so the resolver page
/// (compat-data.js, `notAModel`) says what `gpukb query gpu` says.
public enum NotAModel {
    /// Case-insensitive. Group 1: the digits of `sm_86` / `compute_120` (the last one is the minor); groups 2 and 3:
    /// major and minor of `8.6`.
    public static let capabilityPattern =
        #"^\s*(?:(?:sm|compute)[ _-]?([0-9]{2,3})|(?:(?:cc|compute capability|计算能力)\s*)?([0-9]{1,2})\.([0-9]))\s*$"#

    /// Models named as examples.
    static let exampleCount = 4

    /// The compute capability `text` spells, if it spells one.
    public static func capability(in text: String) -> Version? {
        guard let regex = try? NSRegularExpression(pattern: capabilityPattern, options: [.caseInsensitive]) else { return nil }
        let ns = text as NSString
        guard let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        func group(_ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : ns.substring(with: range)
        }
        if let digits = group(1), let minor = Int(String(digits.suffix(1))), let major = Int(String(digits.dropLast())) {
            return Version([major, minor])
        }
        guard let major = group(2).flatMap({ Int($0) }), let minor = group(3).flatMap({ Int($0) }) else { return nil }
        return Version([major, minor])
    }

    /// The key an architecture name is looked up by: lower case, single spaces (`ada lovelace`, and `ada` alone).
    static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The sentence for `text` (with `{gpu}` filled in), when it names a compute capability or an architecture.
    public static func sentence(for text: String, data: CompatDataset) -> String? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if let cc = capability(in: typed) {
            let template = capabilityTemplates(data)[cc.description] ?? unknownTemplate(data)
            return TextTemplate.fill(template, ["gpu": typed, "cc": cc.description])
        }
        return names(data)[key(typed)].map { TextTemplate.fill($0, ["gpu": typed]) }
    }

    /// The names nvidia-smi and the CUDA runtime print for a GPU the driver has no name for.
    static let placeholders = ["nvidia graphics device", "graphics device"]

    /// Per name that is not a model (an architecture, or the driver's placeholder): its sentence, `{gpu}` left to fill.
    static func names(_ data: CompatDataset) -> [String: String] {
        var out = architectureTemplates(data)
        for name in placeholders { out[name] = data.phrases(.gpuIsPlaceholder) }
        return out
    }

    /// Up to `exampleCount` model names among `gpus`, read from NVIDIA's table first, one per capability first.
    static func examples(_ gpus: [GPU]) -> [String] {
        let ordered = gpus.filter { !$0.computeCapabilityInferred } + gpus.filter(\.computeCapabilityInferred)
        var seen = Set<Version>()
        let spread = ordered.filter { seen.insert($0.computeCapability).inserted }
        let rest = ordered.filter { gpu in !spread.contains { $0.name == gpu.name } }
        return Array((spread + rest).prefix(exampleCount).map(\.name))
    }

    /// Per compute capability some GPU has: its sentence, `{gpu}` left to fill.
    public static func capabilityTemplates(_ data: CompatDataset) -> [String: String] {
        let separator = data.phrases(.gpuListSeparator)
        var out: [String: String] = [:]
        for cc in Set(data.gpus.map(\.computeCapability)) {
            let gpus = data.gpus.filter { $0.computeCapability == cc }
            out[cc.description] = data.phrases(.gpuIsCapability, [
                "cc": cc.description, "architecture": data.capability(cc)?.0.name ?? gpus.first?.architecture ?? "",
                "count": String(gpus.count), "examples": examples(gpus).joined(separator: separator),
            ])
        }
        return out
    }

    /// For a capability no GPU has: `{gpu}` and `{cc}` left to fill.
    public static func unknownTemplate(_ data: CompatDataset) -> String {
        let known = Set(data.gpus.map(\.computeCapability)).sorted().map(\.description).joined(separator: data.phrases(.gpuListSeparator))
        return data.phrases(.gpuIsUnknownCapability, ["known": known])
    }

    /// Per architecture, under its full name and its first word (`ada lovelace`, `ada`): the sentence, `{gpu}` left
    /// to fill.
    public static func architectureTemplates(_ data: CompatDataset) -> [String: String] {
        let separator = data.phrases(.gpuListSeparator)
        var out: [String: String] = [:]
        for architecture in data.architectures {
            let gpus = data.gpus.filter { $0.architecture == architecture.name }
            guard !gpus.isEmpty else { continue }
            let sentence = data.phrases(.gpuIsArchitecture, [
                "architecture": architecture.name,
                "ccs": architecture.capabilities.map(\.cc.description).joined(separator: separator),
                "examples": examples(gpus).joined(separator: separator),
            ])
            for name in Set([key(architecture.name), key(String(architecture.name.split(separator: " ").first ?? ""))]) where !name.isEmpty {
                out[name] = sentence
            }
        }
        return out
    }

    /// What the resolver page needs: the pattern and the sentences.
    public static func table(_ data: CompatDataset) -> JSONValue {
        .object([
            ("pattern", .string(capabilityPattern)),
            ("ccs", .object(capabilityTemplates(data).sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("unknown", .string(unknownTemplate(data))),
            ("archs", .object(names(data).sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }
}
