import Foundation

/// Site-relative URLs of the generated pages, in one place so pages, links and the change feed agree.
public enum EntityURL {
    /// Driver ↔ CUDA matrix.
    public static let driverMatrix = "compat/driver-cuda/index.html"
    /// CUDA ↔ cuDNN matrix.
    public static let cudnnMatrix = "compat/cuda-cudnn/index.html"
    /// PyTorch matrix.
    public static let pytorchMatrix = "compat/pytorch/index.html"
    /// GPU matrix.
    public static let gpuMatrix = "compat/gpus/index.html"
    /// The compatibility section's index, whose timeline charts the driver branches.
    public static let branchChart = "compat/index.html"
    /// The guide whose tables list TensorFlow's and JAX's CUDA requirements (frameworks.yaml).
    public static let frameworksGuide = "python/other-frameworks/index.html"
    /// The resolver.
    public static let resolver = "resolve/index.html"
    /// The resolver's data script.
    public static let resolverData = "resolve/compat-data.js"
    /// The change log page.
    public static let changes = "changes/index.html"
    /// The change log feed.
    public static let changesFeed = "changes/atom.xml"

    /// The resolver pre-filled with a GPU (RFC 3986 unreserved characters kept, the rest percent-encoded).
    public static func resolver(gpu name: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return resolver + "?gpu=" + (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name)
    }

    /// A GPU's page.
    public static func gpu(_ gpu: GPU) -> String { "compat/gpu/\(slug(gpu.name))/index.html" }
    /// A CUDA release's page.
    public static func cuda(_ release: CUDARelease) -> String { "compat/cuda/\(release.version)/index.html" }
    /// A PyTorch release's page.
    public static func pytorch(_ release: PyTorchRelease) -> String { "compat/pytorch/\(release.version)/index.html" }

    /// Lowercase ASCII letters and digits joined by `-`.
    public static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

/// Finds GPUs by name or alias as readers type them ("4090", "rtx 4090", "NVIDIA GeForce RTX 4090").
public struct GPUIndex: Sendable {
    private let byName: [String: Int]
    private let byCompact: [String: Int]
    private let gpus: [GPU]

    /// Indexes `gpus`.
    public init(_ gpus: [GPU]) {
        self.gpus = gpus
        let names = gpus.map { [$0.name] + $0.aliases }
        self.byName = Self.nameKeys(names)
        self.byCompact = Self.compactKeys(names)
    }

    /// Normalized name or alias → index of the first entry of `names` (each entry's name and aliases) that has it.
    public static func nameKeys(_ names: [[String]]) -> [String: Int] {
        var keys: [String: Int] = [:]
        for (index, entry) in names.enumerated() {
            for name in entry where keys[normalize(name)] == nil { keys[normalize(name)] = index }
        }
        return keys
    }

    /// Compact key → GPU index, for keys that name one GPU only ("rtx5070ti", "5090d").
    public static func compactKeys(_ gpus: [GPU]) -> [String: Int] {
        compactKeys(gpus.map { [$0.name] + $0.aliases })
    }

    /// Compact key → index of the one entry of `names` that has it (keys two entries share are left out).
    public static func compactKeys(_ names: [[String]]) -> [String: Int] {
        var owners: [String: Set<Int>] = [:]
        for (index, entry) in names.enumerated() {
            for name in entry { owners[compact(name), default: []].insert(index) }
        }
        var keys: [String: Int] = [:]
        for (key, set) in owners where set.count == 1 && !key.isEmpty {
            if let index = set.first { keys[key] = index }
        }
        return keys
    }

    /// The name without case, spaces or punctuation and without a leading "nvidia", "geforce", "tesla" or "quadro":
    /// how people type a model in a hurry ("RTX5070Ti", "5070-ti", "NVIDIA GeForce RTX 5090 D").
    public static func compact(_ name: String) -> String {
        var key = String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }))
        var stripped = true
        while stripped {
            stripped = false
            for prefix in ["nvidia", "geforce", "tesla", "quadro"] where key.hasPrefix(prefix) && key.count > prefix.count {
                key.removeFirst(prefix.count)
                stripped = true
            }
        }
        return key
    }

    /// The GPU a name or alias picks.
    public func find(_ name: String) -> GPU? {
        Self.lookup(name, keys: byName, compact: byCompact).map { gpus[$0] }
    }

    /// The entry a typed name picks from `keys` (`nameKeys`) and `compact` (`compactKeys`): its normalized form, that
    /// form without a leading "geforce", "tesla", "quadro" or "nvidia", its compact form, then the name without a
    /// board, memory or Max-Q suffix. GPUs and shared names (`SharedNames`) are found alike; the page's `nameIndex`
    /// follows the same steps.
    public static func lookup(_ name: String, keys: [String: Int], compact: [String: Int]) -> Int? {
        let key = normalize(name)
        if let index = keys[key] { return index }
        for prefix in strippedPrefixes + ["nvidia "] where key.hasPrefix(prefix) {
            if let index = keys[String(key.dropFirst(prefix.count))] { return index }
        }
        if let index = compact[Self.compact(name)] { return index }
        if let board = withoutBoardSuffix(key) { return lookup(board, keys: keys, compact: compact) }
        return nil
    }

    /// What `withoutBoardSuffix` cuts, as a regular expression both ICU and JavaScript read (the resolver page
    /// gets it from compat-data.js, `gpuSuffix`): a board suffix (`-SXM…`, `-PCIE`, `-NVL`, `-<n>GB` and all that
    /// follows: "Tesla V100-SXM2-32GB"), a trailing memory size ("GTX 1060 6GB", "RTX 2060 12GB") or a trailing
    /// "with Max-Q Design" / "Max-Q" ("GeForce GTX 1070 with Max-Q Design"). Memory and Max-Q variants of one
    /// model share its chip and compute capability; a variant the dataset knows by its own name or alias is found
    /// before anything is cut.
    public static let suffixPattern = #"(?:-(?:sxm[0-9]*|pcie|nvl|[0-9]+gb)\b.*| [0-9]+ ?gb| with max-q design| max-q)$"#

    /// The model without a board, memory or Max-Q suffix (`suffixPattern`), or nil where there is none. Only
    /// those suffixes are cut, so a name is never shortened into a different GPU's.
    public static func withoutBoardSuffix(_ key: String) -> String? {
        guard let range = key.range(of: suffixPattern, options: [.regularExpression, .caseInsensitive]),
              range.lowerBound > key.startIndex else { return nil }
        return String(key[..<range.lowerBound])
    }

    /// The GPU a tool reported ("NVIDIA H100 80GB HBM3"): the longest leading run of its words that names one.
    public func find(reported name: String) -> GPU? {
        var words = name.split(separator: " ").map(String.init)
        while !words.isEmpty {
            if let gpu = find(words.joined(separator: " ")) { return gpu }
            words.removeLast()
        }
        return nil
    }

    /// Every key `find` accepts for `gpu` without prefix stripping at look-up: its normalized name and aliases,
    /// and each of those without a leading "geforce", "tesla" or "quadro". For exact look-ups elsewhere.
    public static func keys(for gpu: GPU) -> [String] {
        var keys: [String] = []
        for name in [gpu.name] + gpu.aliases {
            let key = normalize(name)
            if !keys.contains(key) { keys.append(key) }
            for prefix in strippedPrefixes where key.hasPrefix(prefix) {
                let short = String(key.dropFirst(prefix.count))
                if !keys.contains(short) { keys.append(short) }
            }
        }
        return keys
    }

    private static let strippedPrefixes = ["geforce ", "tesla ", "quadro "]

    /// Every name and alias, for suggestions.
    public var allNames: [String] { gpus.flatMap { [$0.name] + $0.aliases } }

    /// Lowercased, whitespace collapsed, a leading "NVIDIA " dropped.
    public static func normalize(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        if words.first == "nvidia", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
