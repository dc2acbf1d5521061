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
    /// The resolver.
    public static let resolver = "resolve/index.html"
    /// The resolver's data script.
    public static let resolverData = "resolve/compat-data.js"
    /// The change log page.
    public static let changes = "changes/index.html"
    /// The change log feed.
    public static let changesFeed = "changes/atom.xml"

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
    private let gpus: [GPU]

    /// Indexes `gpus`.
    public init(_ gpus: [GPU]) {
        self.gpus = gpus
        var byName: [String: Int] = [:]
        for (index, gpu) in gpus.enumerated() {
            for name in [gpu.name] + gpu.aliases where byName[Self.normalize(name)] == nil {
                byName[Self.normalize(name)] = index
            }
        }
        self.byName = byName
    }

    /// The GPU a name or alias picks.
    public func find(_ name: String) -> GPU? {
        let key = Self.normalize(name)
        if let index = byName[key] { return gpus[index] }
        for prefix in ["geforce ", "tesla ", "quadro ", "nvidia "] where key.hasPrefix(prefix) {
            if let index = byName[String(key.dropFirst(prefix.count))] { return gpus[index] }
        }
        return nil
    }

    /// Every name and alias, for suggestions.
    public var allNames: [String] { gpus.flatMap { [$0.name] + $0.aliases } }

    /// Lowercased, whitespace collapsed, a leading "NVIDIA " dropped.
    public static func normalize(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        if words.first == "nvidia", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
