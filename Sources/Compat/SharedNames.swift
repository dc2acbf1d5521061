/// Model names NVIDIA sold with chips of different compute capabilities (`shared_names` in gpus.yaml): a reader who
/// types one is told the capabilities, how to read the card's own, and, when every chip is older than PyTorch's
/// binary floor, that no official build runs on any of them. The sentences are written by the build, so the resolver
/// page (compat-data.js, `sharedNames`) says what `gpukb query gpu` says.
public enum SharedNames {
    /// Each shared name's name and aliases, as `GPUIndex.nameKeys` and `compactKeys` index them.
    private static func entries(_ data: CompatDataset) -> [[String]] { data.sharedNames.map { [$0.name] + $0.aliases } }

    /// The shared name `text` spells, if any, found as GPUs are (`GPUIndex.lookup`).
    public static func find(_ text: String, in data: CompatDataset) -> SharedName? {
        let names = entries(data)
        return GPUIndex.lookup(text, keys: GPUIndex.nameKeys(names), compact: GPUIndex.compactKeys(names)).map { data.sharedNames[$0] }
    }

    /// The sentence for `shared`, `{gpu}` left to fill.
    public static func template(_ shared: SharedName, data: CompatDataset) -> String {
        let separator = data.phrases(.gpuListSeparator)
        let ccs = shared.capabilities.map { cc in
            data.capability(cc).map { data.phrases(.gpuSharedChip, ["cc": cc.description, "architecture": $0.0.name]) } ?? cc.description
        }.joined(separator: separator)
        var verdict = ""
        if let floor = floorAboveAll(shared, data: data) {
            verdict = data.phrases(.gpuSharedNoBuild, ["lowest": "sm_\(floor.lowest.major)\(floor.lowest.minor)", "since": floor.since.majorMinor.description])
        }
        return data.phrases(.gpuSharedName, ["ccs": ccs, "verdict": verdict])
    }

    /// PyTorch's current binary floor when every chip sold under `shared` is below it (no official build runs any), else nil.
    static func floorAboveAll(_ shared: SharedName, data: CompatDataset) -> PyTorchBinaryFloor? {
        guard let floor = data.pytorchFloors.last, shared.capabilities.allSatisfy({ $0 < floor.lowest }) else { return nil }
        return floor
    }

    /// The sentence for `text` (with `{gpu}` filled in), when it is a shared name.
    public static func sentence(for text: String, data: CompatDataset) -> String? {
        find(text, in: data).map { TextTemplate.fill(template($0, data: data), ["gpu": text.trimmingCharacters(in: .whitespaces)]) }
    }

    /// What the resolver page needs: the keys `GPUIndex.lookup` reads, each naming its sentence's index in `sentences`.
    public static func table(_ data: CompatDataset) -> JSONValue {
        let names = entries(data)
        let sorted = { (keys: [String: Int]) in JSONValue.object(keys.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }) }
        return .object([
            ("keys", sorted(GPUIndex.nameKeys(names))), ("compact", sorted(GPUIndex.compactKeys(names))),
            ("sentences", .array(data.sharedNames.map { .string(template($0, data: data)) })),
            // Per sentence: whether no official build runs any of the chips (the diagnosis warns instead of informing).
            ("noBuild", .array(data.sharedNames.map { .bool(floorAboveAll($0, data: data) != nil) })),
        ])
    }
}
