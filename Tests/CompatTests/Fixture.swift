@testable import Compat
import Diagnostics
import Foundation

/// A small dataset with the real structure and real values, for resolver and loader tests.
enum Fixture {
    static let cuda = """
    rules: []
    minor_compat:
      - major: 11
        min_driver: {linux: "450.80.02", windows: "452.39"}
        source: https://docs.nvidia.com/deploy/cuda-compatibility/
      - major: 12
        min_driver: {linux: "525.60.13", windows: "527.41"}
        source: https://docs.nvidia.com/deploy/cuda-compatibility/
      - major: 13
        min_driver: {linux: "580", windows: "580"}
        source: https://docs.nvidia.com/deploy/cuda-compatibility/
    releases:
      - version: "11.8.0"
        min_driver: {linux: "520.61.05", windows: "520.06"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html
      - version: "12.0.0"
        min_driver: {linux: "525.60.13", windows: "527.41"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html
      - version: "12.1.0"
        min_driver: {linux: "530.30.02", windows: "531.14"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html
      - version: "12.1.1"
        min_driver: {linux: "530.30.02", windows: "531.14"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html
      - version: "12.2.0"
        min_driver: {linux: "535.54.03", windows: "536.25"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html
      - version: "12.8.0"
        min_driver: {linux: "570.26", windows: "570.65"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html
      - version: "12.8.1"
        min_driver: {linux: "570.124.06", windows: "572.61"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html
      - version: "13.0.0"
        min_driver: {linux: "580.65.06", windows: "N/A"}
        source: https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html

    """
    static let architectures = """
    rules: []
    architectures:
      - name: "Kepler"
        compute_capabilities:
          - {cc: "3.7", first_cuda: "6.5"}
        removed_in: "12.0"
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Maxwell"
        compute_capabilities:
          - {cc: "5.0", first_cuda: "6.0"}
        removed_in: "13.0"
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Pascal"
        compute_capabilities:
          - {cc: "6.0", first_cuda: "8.0"}
          - {cc: "6.1", first_cuda: "8.0"}
        removed_in: "13.0"
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Volta"
        compute_capabilities:
          - {cc: "7.0", first_cuda: "9.0"}
        removed_in: "13.0"
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Turing"
        compute_capabilities:
          - {cc: "7.5", first_cuda: "10.0"}
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Ampere"
        compute_capabilities:
          - {cc: "8.0", first_cuda: "11.0"}
          - {cc: "8.6", first_cuda: "11.1"}
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Ada Lovelace"
        compute_capabilities:
          - {cc: "8.9", first_cuda: "11.8"}
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Hopper"
        compute_capabilities:
          - {cc: "9.0", first_cuda: "11.8"}
        source: https://developer.nvidia.com/cuda-gpus
      - name: "Blackwell"
        compute_capabilities:
          - {cc: "10.0", first_cuda: "12.8"}
          - {cc: "12.0", first_cuda: "12.8"}
        source: https://developer.nvidia.com/cuda-gpus

    """
    static let gpus = """
    gpus:
      - name: "GeForce GTX 1080"
        aliases: ["1080"]
        segment: "geforce"
        architecture: "Pascal"
        compute_capability: "6.1"
        source: https://developer.nvidia.com/cuda-gpus
      - name: "GeForce RTX 4090"
        aliases: ["RTX 4090", "4090"]
        segment: "geforce"
        architecture: "Ada Lovelace"
        compute_capability: "8.9"
        memory_gb: 24
        source: https://developer.nvidia.com/cuda-gpus
      - name: "GeForce RTX 5090"
        aliases: ["RTX 5090", "5090"]
        segment: "geforce"
        architecture: "Blackwell"
        compute_capability: "12.0"
        source: https://developer.nvidia.com/cuda-gpus

    """
    static let pytorch = """
    releases:
      - version: "2.1.2"
        date: "2023-12-14"
        python: {min: "3.8", max: "3.11"}
        torchvision: "0.16.2"
        torchaudio: "2.1.2"
        default_variant: "cu121"
        variants:
          - tag: "cu118"
            cuda: "11.8"
            platforms: ["linux", "windows"]
            arch_list: ["3.7", "5.0", "6.0", "7.0", "7.5", "8.0", "8.6", "9.0"]
            pip: "pip install torch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2 --index-url https://download.pytorch.org/whl/cu118"
            conda: "conda install pytorch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2 pytorch-cuda=11.8 -c pytorch -c nvidia"
          - tag: "cu121"
            cuda: "12.1"
            platforms: ["linux", "windows"]
            arch_list: ["5.0", "6.0", "7.0", "7.5", "8.0", "8.6", "9.0"]
            pip: "pip install torch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2 --index-url https://download.pytorch.org/whl/cu121"
        source: https://pytorch.org/get-started/previous-versions/
      - version: "2.9.0"
        python: {min: "3.9", max: "3.13"}
        variants:
          - tag: "cu128"
            cuda: "12.8"
            platforms: ["linux", "windows"]
            arch_list: ["7.5", "8.0", "8.6", "9.0", "10.0", "12.0"]
            ptx: "12.0"
            pip: "pip install torch==2.9.0 --index-url https://download.pytorch.org/whl/cu128"
          - tag: "cu130"
            cuda: "13.0"
            platforms: ["linux"]
            pip: "pip install torch==2.9.0 --index-url https://download.pytorch.org/whl/cu130"
        source: https://pytorch.org/get-started/previous-versions/

    """

    /// The engine's real sentences (content/data/compat/phrases/zh-CN.yaml).
    static let phrases: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content/data/compat/phrases/zh-CN.yaml")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static func texts(overriding overrides: [String: String] = [:]) -> [String: String] {
        var texts = ["cuda.yaml": cuda, "architectures.yaml": architectures, "gpus.yaml": gpus, "pytorch.yaml": pytorch,
                     "phrases/zh-CN.yaml": phrases]
        for (name, text) in overrides { texts[name] = text }
        return texts
    }

    static func load(_ overrides: [String: String] = [:]) -> (CompatDataset, [Diagnostic]) {
        var bag = DiagnosticBag()
        let data = DatasetLoader.load(texts: texts(overriding: overrides), display: "data", into: &bag)
        return (data, bag.sorted())
    }

    static var dataset: CompatDataset { load().0 }
}
