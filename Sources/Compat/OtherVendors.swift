import Foundation

/// GPUs that are not NVIDIA's: a name a reader types for an AMD, Intel, Apple or other accelerator gets told that CUDA
/// builds cannot use it and what PyTorch offers instead, never a "did you mean" pointing at an NVIDIA card. The
/// patterns are plain regular expressions that ICU and JavaScript read alike; the resolver page receives them in
/// compat-data.js (`otherVendors`), so the CLI and the page say the same.
public enum OtherVendors {
    /// One vendor.
    public struct Vendor: Sendable {
        /// A stable id: `amd`, `intel`, `apple`, `ascend`, `moore-threads`.
        public var id: String
        /// Case-insensitive pattern for names of its GPUs.
        public var pattern: String
        /// The vendor's name, as readers know it.
        public var name: Phrase
        /// What to use instead, one sentence.
        public var advice: Phrase
    }

    /// Vendors by the words their product names use. AMD's "RX 7900" and Apple's "M2" are only matched with their
    /// brand word or a shape NVIDIA never uses ("RX" + four digits; NVIDIA's are "RTX").
    public static let all: [Vendor] = [
        Vendor(id: "amd", pattern: #"\b(amd|radeon|instinct|firepro)\b|^rx ?[0-9]{3,4}\b|\bmi[0-9]{2,3}[a-z]?\b"#,
               name: .vendorAMDName, advice: .vendorAMDAdvice),
        Vendor(id: "intel", pattern: #"\b(intel|iris|uhd graphics|gaudi)\b|\barc ?[ab][0-9]{3}\b"#, name: .vendorIntelName, advice: .vendorIntelAdvice),
        Vendor(id: "apple", pattern: #"\bapple\b|^m[1-5]( (pro|max|ultra))?$"#, name: .vendorAppleName, advice: .vendorAppleAdvice),
        Vendor(id: "ascend", pattern: #"\bascend\b|昇腾"#, name: .vendorAscendName, advice: .vendorAscendAdvice),
        Vendor(id: "moore-threads", pattern: #"\bmtt\b|摩尔线程"#, name: .vendorMooreThreadsName, advice: .vendorMooreThreadsAdvice),
    ]

    /// The vendor whose GPU `name` names, if it is not an NVIDIA GPU.
    public static func vendor(of name: String) -> Vendor? {
        let text = name.trimmingCharacters(in: .whitespaces)
        return all.first { text.range(of: $0.pattern, options: [.regularExpression, .caseInsensitive]) != nil }
    }

    /// `“Radeon RX 7900” 不是 NVIDIA GPU（看起来是 AMD 的）：…`, with `{gpu}` for the name as typed.
    public static func template(for vendor: Vendor, phrases: Phrasebook) -> String {
        phrases(.vendorNotNVIDIA, ["vendor": phrases(vendor.name), "advice": phrases(vendor.advice)])
    }

    /// The sentence for `name`, when it names another vendor's GPU.
    public static func sentence(for name: String, phrases: Phrasebook) -> String? {
        vendor(of: name).map { TextTemplate.fill(template(for: $0, phrases: phrases), ["gpu": name.trimmingCharacters(in: .whitespaces)]) }
    }
}
