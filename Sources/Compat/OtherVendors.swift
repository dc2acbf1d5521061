import Foundation

/// GPUs that are not NVIDIA's: a name a reader types for an AMD, Intel, Apple or other accelerator gets told that CUDA
/// builds cannot use it and what PyTorch offers instead, never a "did you mean" pointing at an NVIDIA card. The
/// patterns are plain regular expressions that ICU and JavaScript read alike; the resolver page receives them in
/// compat-data.js (`otherVendors`), so the CLI and the page say the same.
public enum OtherVendors {
    /// One vendor.
    public struct Vendor: Sendable {
        /// The vendor's name, as readers know it.
        public var name: String
        /// Case-insensitive pattern for names of its GPUs.
        public var pattern: String
        /// What to use instead, one sentence.
        public var advice: String
    }

    /// Vendors by the words their product names use. AMD's "RX 7900" and Apple's "M2" are only matched with their
    /// brand word or a shape NVIDIA never uses ("RX" + four digits; NVIDIA's are "RTX").
    public static let all: [Vendor] = [
        Vendor(name: "AMD", pattern: #"\b(amd|radeon|instinct|firepro)\b|^rx ?[0-9]{3,4}\b|\bmi[0-9]{2,3}[a-z]?\b"#,
               advice: "AMD 显卡在 Linux 上用 PyTorch 的 ROCm 构建（在 PyTorch 官网的安装选择器里选 ROCm），Windows 上没有官方 ROCm 构建"),
        Vendor(name: "Intel", pattern: #"\b(intel|iris|uhd graphics|gaudi)\b|\barc ?[ab][0-9]{3}\b"#,
               advice: "Intel 的独立显卡和新一代核显用 PyTorch 的 XPU 构建，Gaudi 用 Intel 自己的软件栈"),
        Vendor(name: "Apple", pattern: #"\bapple\b|^m[1-5]( (pro|max|ultra))?$"#,
               advice: "Apple 芯片的 Mac 用 PyTorch 的 MPS 后端（macOS 版的默认 pip 安装即可），选择器里把系统选成 macOS"),
        Vendor(name: "华为昇腾", pattern: #"\bascend\b|昇腾"#, advice: "昇腾 NPU 用华为的 CANN 与 torch_npu 插件"),
        Vendor(name: "摩尔线程", pattern: #"\bmtt\b|摩尔线程"#, advice: "摩尔线程的 GPU 用厂商提供的 MUSA 软件栈与 torch_musa 插件"),
    ]

    /// The vendor whose GPU `name` names, if it is not an NVIDIA GPU.
    public static func vendor(of name: String) -> Vendor? {
        let text = name.trimmingCharacters(in: .whitespaces)
        return all.first { text.range(of: $0.pattern, options: [.regularExpression, .caseInsensitive]) != nil }
    }

    /// `“Radeon RX 7900” 不是 NVIDIA GPU（看起来是 AMD 的）：…`, with `{gpu}` for the name as typed.
    public static func template(for vendor: Vendor) -> String {
        "“{gpu}” 不是 NVIDIA GPU（看起来是 \(vendor.name) 的）：CUDA 版 PyTorch 只能用 NVIDIA GPU，本站的驱动、CUDA 与版本建议都不适用。\(vendor.advice)。"
    }

    /// The sentence for `name`, when it names another vendor's GPU.
    public static func sentence(for name: String) -> String? {
        vendor(of: name).map { template(for: $0).replacingOccurrences(of: "{gpu}", with: name.trimmingCharacters(in: .whitespaces)) }
    }
}
