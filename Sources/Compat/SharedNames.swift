/// Model names NVIDIA sold with chips of different compute capabilities (`shared_names` in gpus.yaml): a reader who
/// types one is told the capabilities, how to read the card's own, and, when every chip is older than PyTorch's
/// binary floor, that no official build runs on any of them. The sentences are written by the build, so the resolver
/// page (compat-data.js, `sharedNames`) says what `gpukb query gpu` says.
public enum SharedNames {
    private static let prefixes = ["geforce ", "tesla ", "quadro ", "nvidia "]

    /// The normalized keys (`GPUIndex.normalize`, also without a leading "geforce "…) and the compact keys
    /// (`GPUIndex.compact`) a shared name is found by.
    static func keys(_ shared: SharedName) -> (normalized: [String], compact: [String]) {
        var normalized: [String] = []
        var compact: [String] = []
        for name in [shared.name] + shared.aliases {
            let key = GPUIndex.normalize(name)
            for candidate in [key] + prefixes.filter { key.hasPrefix($0) }.map { String(key.dropFirst($0.count)) } where !normalized.contains(candidate) {
                normalized.append(candidate)
            }
            let short = GPUIndex.compact(name)
            if !short.isEmpty, !compact.contains(short) { compact.append(short) }
        }
        return (normalized, compact)
    }

    /// The shared name `text` spells, if any (a board, memory or Max-Q suffix is cut first, as for GPUs).
    public static func find(_ text: String, in data: CompatDataset) -> SharedName? {
        let key = GPUIndex.normalize(text)
        for shared in data.sharedNames {
            let (normalized, compact) = keys(shared)
            let stripped = prefixes.filter { key.hasPrefix($0) }.map { String(key.dropFirst($0.count)) }
            if normalized.contains(key) || stripped.contains(where: normalized.contains) || compact.contains(GPUIndex.compact(text)) { return shared }
        }
        if let cut = GPUIndex.withoutBoardSuffix(key) { return find(cut, in: data) }
        return nil
    }

    /// The sentence for `shared`, `{gpu}` left to fill.
    public static func template(_ shared: SharedName, data: CompatDataset) -> String {
        let separator = data.phrases(.gpuListSeparator)
        let ccs = shared.capabilities.map { cc in
            data.capability(cc).map { data.phrases(.gpuSharedChip, ["cc": cc.description, "architecture": $0.0.name]) } ?? cc.description
        }.joined(separator: separator)
        var verdict = ""
        if let floor = data.pytorchFloors.last, shared.capabilities.allSatisfy({ $0 < floor.lowest }) {
            verdict = data.phrases(.gpuSharedNoBuild, ["lowest": "sm_\(floor.lowest.major)\(floor.lowest.minor)", "since": floor.since.majorMinor.description])
        }
        return data.phrases(.gpuSharedName, ["ccs": ccs, "verdict": verdict])
    }

    /// The sentence for `text` (with `{gpu}` filled in), when it is a shared name.
    public static func sentence(for text: String, data: CompatDataset) -> String? {
        find(text, in: data).map { TextTemplate.fill(template($0, data: data), ["gpu": text.trimmingCharacters(in: .whitespaces)]) }
    }

    /// What the resolver page needs: per key, the index of its sentence in `sentences`.
    public static func table(_ data: CompatDataset) -> JSONValue {
        var normalized: [(String, JSONValue)] = []
        var compact: [(String, JSONValue)] = []
        for (index, shared) in data.sharedNames.enumerated() {
            let (keys, short) = keys(shared)
            normalized += keys.map { ($0, .int(index)) }
            compact += short.map { ($0, .int(index)) }
        }
        return .object([
            ("keys", .object(normalized)), ("compact", .object(compact)),
            ("sentences", .array(data.sharedNames.map { .string(template($0, data: data)) })),
        ])
    }
}
