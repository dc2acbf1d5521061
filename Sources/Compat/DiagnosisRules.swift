import Diagnostics
import Yams

/// The diagnose page's and `check_env.py`'s rules (`diagnosis.yaml`), validated, as the JSON both run.
///
/// The rules are data so that they are written once: the build checks every condition, placeholder, snippet, link
/// and code here and ships the file inside the compatibility data; `diagnose.js` and `check_env.py` only parse the
/// paste, compute the `features` below (lookups in the same data) and evaluate the checks in order. Adding a rule
/// is an edit of `diagnosis.yaml`; a rule that needs a new fact adds it to `features` and to both scripts' feature
/// functions (their tests compare the key sets with this list).
public struct DiagnosisRules: Sendable, Equatable {
    /// The rules as shipped (`window.GPUKB_COMPAT.diagnosis`), with `features` and `itemFeatures` appended.
    public var json: JSONValue
    /// Each finding code, in check order, once.
    public var codes: [String]
    /// Link key → site path (`page/index.html#anchor`), in file order.
    public var links: [(key: String, path: String, location: SourceLocation)]

    /// Each translated text (`{zh-CN: …, en: …}`): the languages it has and where it is, so the loader can require
    /// every language the dataset speaks.
    public var translations: [(languages: Set<String>, location: SourceLocation)] = []

    public static func == (lhs: DiagnosisRules, rhs: DiagnosisRules) -> Bool { lhs.json == rhs.json }

    /// The rules with every translated text replaced by its `language` version (a text without that language keeps
    /// the whole map out: the loader has reported it). What the edition in `language` ships.
    public func speaking(_ language: String) -> DiagnosisRules {
        func walk(_ value: JSONValue) -> JSONValue {
            switch value {
            case .array(let items): return .array(items.map(walk))
            case .object(let fields):
                if fields.count == 1, fields[0].0 == Self.translatedKey, case .object(let texts) = fields[0].1 {
                    return texts.first { $0.0 == language }?.1 ?? texts.first?.1 ?? .string("")
                }
                return .object(fields.map { ($0.0, walk($0.1)) })
            default: return value
            }
        }
        var copy = self
        copy.json = walk(json)
        return copy
    }

    /// The JSON key that marks a translated text until `speaking(_:)` picks its language.
    static let translatedKey = "translated"

    /// Every translated text has each of `languages`; the others are reported.
    public func checkTranslations(_ languages: Set<String>, into bag: inout DiagnosticBag) {
        for (has, location) in translations where !languages.isSubset(of: has) {
            let missing = languages.subtracting(has).sorted().joined(separator: ", ")
            bag.add(.error("translated text has no \(missing); expected a text in every language the dataset speaks (\(languages.sorted().joined(separator: ", ")))",
                           at: location))
        }
    }

    /// What a rule may test and print about the whole paste (both scripts compute exactly these).
    public static let features: [(name: String, meaning: String)] = [
        ("os", "linux, windows, wsl, macos or unknown, as the paste shows"),
        ("recognized", "some tool's output was recognized"), ("empty", "the paste has no text"), ("mac", "the paste comes from macOS"),
        ("no_driver", "smi-failed, smi-missing, not-loaded, not-probed, blocked, libcuda, container-host, open-module, uvm or torch: how the paste says no driver is loaded"), ("no_driver_text", "the shell's words"),
        ("mismatch", "true (Driver/library version mismatch) or dso (XLA's kernel version does not match DSO version)"), ("gpu_error", "an error accessing a GPU: nvidia-smi's, a hardware Xid, uncorrectable ECC"),
        ("driver_version", "the driver"), ("cuda_version", "nvidia-smi's CUDA Version"), ("torch_version", "torch.__version__"),
        ("torch_cuda", "torch.version.cuda"), ("cuda_available", "torch.cuda.is_available(): true, false or null"),
        ("nvcc_version", "nvcc -V's release"), ("nvcc_missing", "the shell could not find nvcc"),
        ("init_failed", "true (PyTorch's CUDA driver initialization failed) or cuinit (cuInit's CUDA_ERROR_NOT_INITIALIZED)"), ("collect_no_gpu", "collect_env could not collect the driver or GPUs"),
        ("no_kernel_image", "no kernel image is available for execution on the device"),
        ("no_cuda_gpus", "torch (\"No CUDA GPUs are available\"), cuda (\"no CUDA-capable device is detected\") or program (a program's own words): the process sees no GPU"),
        ("gpus_busy", "all CUDA-capable devices are busy or unavailable"), ("ptx_toolchain", "true (the provided PTX was compiled with an unsupported toolchain) or jit (a PTX JIT compilation failed)"),
        ("system_not_ready", "CUDA error 802, system not yet initialized"),
        ("driver_behind", "insufficient (CUDA error 35), insufficient-words (a program's own words for it) or forward-compat (804): the program's CUDA is newer than the driver"),
        ("compat_mismatch", "CUDA error 803: the user-mode CUDA driver does not match the kernel driver"),
        ("container_error", "no-gpu-driver, no-runtime, no-runtime-cri, wsl-no-adapters, no-driver-libs, no-nvml, no-video-libs or cuda-requirement: Docker, nvidia-container-cli or the device plugin refused the GPU, or the driver's video libraries are missing"),
        ("in_container", "the output comes from inside a container (Compose's log prefix, a prompt on the container's id)"),
        ("fm_version", "the Fabric Manager version that does not match the driver"), ("fm_driver", "the driver it names"),
        ("nvcc_arch", "the architecture nvcc called unsupported (75 of compute_75)"), ("nvcc_arch_cc", "it as a compute capability"),
        ("nvcc_arch_tool", "nvcc or ptxas: which one said so"),
        ("nvcc_arch_cuda", "that nvcc's CUDA X.Y: nvcc -V's, else from its path (cuda-8.0/bin/nvcc)"),
        ("nvcc_arch_name", "the architecture's name"), ("nvcc_arch_first", "the first CUDA that compiles for it"),
        ("nvcc_arch_last", "the last CUDA that compiles for it, when it was removed"),
        ("cudnn_loaded", "the cuDNN XLA loaded, older than the one it was built with"), ("cudnn_built", "the cuDNN it was built with"),
        ("ort_cpu", "ONNX Runtime lists no GPU provider (its CPU package)"),
        ("nvenc_need", "the NVENC API version a program needs"), ("nvenc_have", "the one the driver has"),
        ("trt_sm", "TensorRT does not support the GPU's SM: the number, or \"\" where it does not say"),
        ("lib_cc", "the compute capability a library (Triton, FlashAttention) refused, or \"\" where it does not say"),
        ("lib_cc_need", "the compute capability it needs at least, or \"\""), ("lib_cc_tool", "triton, flash, tensorflow or \"\": which library"),
        ("kokkos_arch", "Kokkos was compiled for another GPU architecture"),
        ("nvls_failed", "NCCL could not set up NVLink SHARP (NVLS) on an NVSwitch system"),
        ("stub_libcuda", "the CUDA Toolkit's stub libcuda was loaded instead of the driver's"),
        ("cpu_pkg", "dgl or jax: a framework other than PyTorch installed as its CPU package"),
        ("ngc_need", "the driver an NGC container was built for"), ("ngc_driver", "the host driver it detected"),
        ("ngc_unavailable", "the container's forward-compatibility mode is unavailable"),
        ("fm_failed", "the nvidia-fabricmanager service failed to start or timed out"),
        ("omni", "Omniverse (Isaac Sim) refused the driver"), ("omni_driver", "the driver it names"),
        ("omni_below", "the first driver above its unsupported range"), ("omni_rec", "the driver it recommends"),
        ("cuda_lib", "a CUDA, cuDNN or TensorRT library (or a DLL of PyTorch's) that could not be loaded"),
        ("cuda_lib_kind", "cuda, cudnn, zlib or torch-dll: what that library is"),
        ("cuda_lib_soft", "the program only warned (TensorFlow's dlopen) and went on without the GPU"),
        ("cuda_unknown", "CUDA's unknown error (CUDA_ERROR_UNKNOWN, 999)"), ("wsl_ldconfig", "WSL's harmless ldconfig note on libcuda.so.1"),
        ("torch_driver_too_old", "PyTorch's \"The NVIDIA driver on your system is too old\", with or without the version"),
        ("paddle_arch", "the GPU architecture PaddlePaddle says its wheel lacks"), ("paddle_archs", "the architectures the wheel has"),
        ("container_cuda", "the CUDA X.Y an image requires (cuda>=X.Y)"), ("container_cuda_need", "the driver the first X.Y release needs"),
        ("cpu_reason", "suffix, collect, none, conda or error: why the PyTorch build is CPU-only (the +cpu suffix first)"),
        ("cpu_raw", "collect_env's CUDA used to build PyTorch, or the conda package or build string that says CPU"), ("rocm", "a +rocm build"),
        ("tc", "the CUDA version of the installed PyTorch build (+cuXYZ, else torch.version.cuda)"),
        ("driver_status", "ok, limited or unsupported: the driver for that CUDA build"),
        ("rule_need", "the driver that CUDA build needs on this system"), ("rule_floor", "the minor-version compatibility floor"),
        ("torch_driver_old", "PyTorch's 'found version N'"), ("torch_driver_cuda", "that N as a CUDA version"),
        ("first_cc", "the compute capability of the first GPU that has one"), ("first_gpu", "the first GPU's name"),
        ("best_torch", "the newest build the driver runs on that GPU: its PyTorch"), ("best_tag", "its cuXYZ"),
        ("best_py", "that build's Python range when the paste's Python is outside it (no build the driver runs has wheels for it)"),
        ("python", "the Python X.Y the paste shows"), ("best_pip", "its pip command"),
        ("gpu_evidence", "a GPU or driver is shown"), ("installed_tag", "the installed build's cuXYZ when the dataset has it"),
        ("covered_name", "the first GPU the installed build is known to have code for (verdict ok)"), ("covered_cc", "its compute capability"), ("covered_sm", "its sm digits"),
        ("arch_warning", "PyTorch warned a GPU is not compatible with the build"), ("arch_warning_gpu", "the GPU it named"),
        ("arch_warning_sm", "the sm digits it named"),
        ("cap_warning", "PyTorch warned a GPU's compute capability is outside the build's range"), ("cap_warning_gpu", "the GPU it named"),
        ("cap_warning_cc", "its compute capability X.Y"), ("cap_warning_min", "the lowest the build supports"),
        ("cap_warning_max", "the highest (absent in the older wording)"),
        ("warned_other_vendor", "the resolver's sentence when the GPU the capability warning names is not NVIDIA's (a ROCm build's Radeon)"),
        ("warned_no_build", "the resolver's no-build sentence for the capability either warning names (sm_35: no build at any driver)"), ("nvcc_xy", "the toolkit's X.Y"), ("nvcc_major", "its major"),
        ("toolkit_need", "the driver the first X.Y release needs"), ("toolkit_floor", "the toolkit major's compatibility floor"),
        ("driver_newest_cuda", "the newest toolkit X.Y the driver meets"),
        ("branch_ended", "the driver's branch has reached NVIDIA's end of life in the month the paste is read"),
        ("branch_text", "the resolver's sentence for that ended branch: when it ended and where to move"),
    ]

    /// What a rule with `each: gpus` may also use, per GPU the paste shows (once per name).
    public static let gpuFeatures: [(name: String, meaning: String)] = [
        ("gpu_name", "as printed"), ("gpu_cc", "its compute capability"), ("gpu_sm", "sm_XY"),
        ("gpu_refusal", "the resolver's sentence when the driver cannot drive it at all"),
        ("gpu_verdict", "ok, limited or unsupported: the installed build on it"), ("gpu_verdict_text", "why"),
        ("gpu_best_torch", "the newest build with code for it that the driver runs: PyTorch"), ("gpu_best_tag", "its cuXYZ"),
        ("gpu_best_py", "that build's Python range when the paste's Python is outside it"),
        ("gpu_best_limited", "that build runs on the driver only through minor-version compatibility (chosen because it has wheels for the paste's Python)"),
        ("gpu_no_build", "the resolver's sentence when no build has code for it at any driver (CPU build or source)"),
        ("gpu_shared", "its capability unknown and its name one NVIDIA sold with different chips (GT 730): the resolver's sentence"),
        ("gpu_not_a_model", "its capability unknown and its name not a model (the driver's \"NVIDIA Graphics Device\"): the resolver's sentence"),
        ("gpu_shared_no_build", "that name's chips are all below PyTorch's binary floor: no official build runs any of them"),
    ]

    static let comparisons = ["vlt", "vle", "vge", "vgt", "same_major"]
}

extension RecordDecoder {
    /// Decodes and validates `diagnosis.yaml`.
    mutating func decodeDiagnosis(_ root: Node, into dataset: inout CompatDataset) {
        var checker = DiagnosisChecker(reader: reader)
        let rules = checker.rules(root)
        bag.add(contentsOf: checker.bag.all)
        if checker.bag.all.isEmpty { dataset.diagnosisInEveryLanguage = rules }
    }
}

/// Walks the YAML once: reports every problem with its location and builds the JSON.
private struct DiagnosisChecker {
    let reader: YAMLReader
    var bag = DiagnosticBag()
    var severities: [String] = []
    var snippets: Set<String> = []
    var linkKeys: Set<String> = []
    var codes: [String] = []
    var translations: [(languages: Set<String>, location: SourceLocation)] = []

    mutating func rules(_ root: Node) -> DiagnosisRules {
        let top = reader.mapping(root, allowed: ["severities", "links", "snippets", "checks"], what: "diagnosis.yaml", into: &bag)
        for key in ["severities", "links", "checks"] where top[key] == nil && root.mapping != nil {
            bag.add(.error("diagnosis.yaml has no '\(key)'", at: reader.location(of: root)))
        }
        severities = top["severities"].flatMap { reader.strings($0.value, key: "severities", into: &bag) } ?? []
        var links: [(key: String, path: String, location: SourceLocation)] = []
        if let node = top["links"]?.value {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    guard let name = key.scalar?.string, let path = reader.string(value, key: name, into: &bag) else { continue }
                    if !path.contains("index.html") {
                        bag.add(.error("link '\(name)' should be a page path like 'section/page/index.html#anchor', found \(Diagnostic.quoted(path))", at: reader.location(of: value)))
                    }
                    links.append((name, path, reader.location(of: value)))
                }
            } else {
                bag.add(.error("expected 'links' to be a mapping of link keys to page paths, found \(reader.describe(node))", at: reader.location(of: node)))
            }
        }
        linkKeys = Set(links.map(\.key))
        let snippetNodes = top["snippets"]?.value.mapping.map { Array($0) } ?? []
        snippets = Set(snippetNodes.compactMap { $0.key.scalar?.string })
        // Codes first, so `not_emitted` may name a check further down.
        let checkNodes = top["checks"].map { $0.value.sequence ?? [] } ?? []
        for node in checkNodes {
            if let code = node.mapping?["code"]?.scalar?.string, !codes.contains(code) { codes.append(code) }
        }
        var snippetJSON: [(String, JSONValue)] = []
        for (key, value) in snippetNodes {
            snippetJSON.append((key.scalar?.string ?? "", parts(value, scope: .paste)))
        }
        if let node = top["checks"]?.value, node.sequence == nil {
            bag.add(.error("expected 'checks' to be a list, found \(reader.describe(node))", at: reader.location(of: node)))
        }
        var checks: [JSONValue] = []
        for node in checkNodes { checks.append(check(node)) }
        for code in codes where links.first(where: { $0.key == code }) == nil {
            let node = checkNodes.first { $0.mapping?["code"]?.scalar?.string == code }
            if node?.mapping?["link"] == nil {
                bag.add(.error("check '\(code)' has no link: add '\(code)' under links, or give the check a 'link'", at: reader.location(of: node)))
            }
        }
        let json = JSONValue.object([
            ("severities", .array(severities.map { .string($0) })),
            ("links", .object(links.map { ($0.key, .string($0.path)) })),
            ("snippets", .object(snippetJSON)),
            ("checks", .array(checks)),
            ("features", .array(DiagnosisRules.features.map { .string($0.name) })),
            ("itemFeatures", .array(DiagnosisRules.gpuFeatures.map { .string($0.name) })),
        ])
        return DiagnosisRules(json: json, codes: codes, links: links, translations: translations)
    }

    enum Scope { case paste, gpus }

    mutating func check(_ node: Node) -> JSONValue {
        let fields = reader.mapping(node, allowed: ["code", "each", "when", "link", "cases"], what: "a check", into: &bag)
        guard node.mapping != nil else { return .null }
        var out: [(String, JSONValue)] = []
        if let code = fields["code"].flatMap({ reader.string($0.value, key: "code", into: &bag) }) {
            out.append(("code", .string(code)))
        } else if fields["code"] == nil {
            bag.add(.error("a check has no 'code'", at: reader.location(of: node)))
        }
        var scope = Scope.paste
        if let each = fields["each"] {
            if each.value.scalar?.string == "gpus" { scope = .gpus; out.append(("each", .string("gpus"))) } else {
                bag.add(.error("expected 'each' to be 'gpus', found \(reader.describe(each.value))", at: reader.location(of: each.value)))
            }
        }
        if let when = fields["when"] { out.append(("when", condition(when.value, scope: scope))) }
        if let link = fields["link"] { out.append(("link", choice(link.value, scope: scope, allowed: linkKeys, what: "link key"))) }
        guard let cases = fields["cases"]?.value else {
            bag.add(.error("a check has no 'cases'", at: reader.location(of: node)))
            return .object(out)
        }
        guard let items = cases.sequence, !items.isEmpty else {
            bag.add(.error("expected 'cases' to be a non-empty list, found \(reader.describe(cases))", at: reader.location(of: cases)))
            return .object(out)
        }
        out.append(("cases", .array(items.map { oneCase($0, scope: scope) })))
        return .object(out)
    }

    mutating func oneCase(_ node: Node, scope: Scope) -> JSONValue {
        let fields = reader.mapping(node, allowed: ["when", "severity", "link", "text"], what: "a case", into: &bag)
        guard node.mapping != nil else { return .null }
        for key in ["when", "severity", "text"] where fields[key] == nil {
            bag.add(.error("a case has no '\(key)'\(key == "when" ? " (write 'when: {}' for the case that always applies)" : "")", at: reader.location(of: node)))
        }
        var out: [(String, JSONValue)] = []
        if let when = fields["when"] { out.append(("when", condition(when.value, scope: scope))) }
        if let severity = fields["severity"] {
            out.append(("severity", choice(severity.value, scope: scope, allowed: Set(severities), what: "severity")))
        }
        if let link = fields["link"] { out.append(("link", choice(link.value, scope: scope, allowed: linkKeys, what: "link key"))) }
        if let text = fields["text"] { out.append(("text", parts(text.value, scope: scope))) }
        return .object(out)
    }

    /// A severity or link key: a name from `allowed`, or `{if, then, else}` of them.
    mutating func choice(_ node: Node, scope: Scope, allowed: Set<String>, what: String) -> JSONValue {
        if let scalar = node.scalar {
            if !allowed.contains(scalar.string) {
                bag.add(.error("unknown \(what) '\(scalar.string)'; expected one of: \(allowed.sorted().joined(separator: ", "))", at: reader.location(of: node)))
            }
            return .string(scalar.string)
        }
        let fields = reader.mapping(node, allowed: ["if", "then", "else"], what: "a choice of \(what)", into: &bag)
        var out: [(String, JSONValue)] = []
        if let cond = fields["if"] { out.append(("if", condition(cond.value, scope: scope))) } else {
            bag.add(.error("a choice of \(what) has no 'if'", at: reader.location(of: node)))
        }
        for key in ["then", "else"] {
            if let value = fields[key] { out.append((key, choice(value.value, scope: scope, allowed: allowed, what: what))) } else {
                bag.add(.error("a choice of \(what) has no '\(key)'", at: reader.location(of: node)))
            }
        }
        return .object(out)
    }

    func known(_ name: String, scope: Scope) -> Bool {
        DiagnosisRules.features.contains { $0.name == name } || (scope == .gpus && DiagnosisRules.gpuFeatures.contains { $0.name == name })
    }

    mutating func feature(_ name: String, at node: Node, scope: Scope) {
        guard !known(name, scope: scope) else { return }
        let perGPU = DiagnosisRules.gpuFeatures.contains { $0.name == name }
        bag.add(.error(perGPU ? "'\(name)' is a per-GPU feature: use it only in a check with 'each: gpus'"
                              : "unknown feature '\(name)'; features are listed in Sources/Compat/DiagnosisRules.swift",
                       at: reader.location(of: node)))
    }

    /// A `when`: every key a feature test, `any`, or `not_emitted`.
    mutating func condition(_ node: Node, scope: Scope) -> JSONValue {
        guard let mapping = node.mapping else {
            bag.add(.error("expected a condition (a mapping of features to tests), found \(reader.describe(node))", at: reader.location(of: node)))
            return .object([])
        }
        var out: [(String, JSONValue)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            switch name {
            case "any":
                guard let items = value.sequence, !items.isEmpty else {
                    bag.add(.error("expected 'any' to be a non-empty list of conditions", at: reader.location(of: value)))
                    continue
                }
                out.append((name, .array(items.map { condition($0, scope: scope) })))
            case "not_emitted":
                let names = reader.strings(value, key: name, into: &bag) ?? []
                for code in names where !codes.contains(code) {
                    bag.add(.error("'not_emitted' names '\(code)', which no check emits", at: reader.location(of: value)))
                }
                out.append((name, .array(names.map { .string($0) })))
            default:
                feature(name, at: key, scope: scope)
                out.append((name, test(value, scope: scope)))
            }
        }
        return .object(out)
    }

    /// A feature's test: a scalar to equal, or `{op: argument}`.
    mutating func test(_ node: Node, scope: Scope) -> JSONValue {
        if node.scalar != nil { return scalar(node) }
        guard let mapping = node.mapping, mapping.count == 1, let (key, value) = mapping.first, let op = key.scalar?.string else {
            bag.add(.error("expected a value or one test ({set: true}, {not: x}, {in: [..]}, {vlt|vle|vge|vgt|same_major: feature}), found \(reader.describe(node))",
                           at: reader.location(of: node)))
            return .null
        }
        switch op {
        case "set":
            guard let flag = reader.bool(value, key: "set", into: &bag) else { return .null }
            return .object([("set", .bool(flag))])
        case "not": return .object([("not", scalar(value))])
        case "in":
            guard let items = value.sequence else {
                bag.add(.error("expected 'in' to be a list of values", at: reader.location(of: value)))
                return .null
            }
            return .object([("in", .array(items.map(scalar)))])
        case _ where DiagnosisRules.comparisons.contains(op):
            let other = value.scalar?.string ?? ""
            feature(other, at: value, scope: scope)
            return .object([(op, .string(other))])
        default:
            bag.add(.error("unknown test '\(op)'; expected set, not, in, \(DiagnosisRules.comparisons.joined(separator: ", "))", at: reader.location(of: key)))
            return .null
        }
    }

    /// A plain `true`/`false`/`null` is JSON's; anything else (and anything quoted) is a string.
    func scalar(_ node: Node) -> JSONValue {
        guard let scalar = node.scalar else { return .null }
        if scalar.style == .plain {
            switch scalar.string {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null", "~": return .null
            default: break
            }
        }
        return .string(scalar.string)
    }

    /// Text: a string with `{feature}` placeholders, a list, `{if, then, else}`, `{pick, cases, else}` or `{use}`.
    mutating func parts(_ node: Node, scope: Scope) -> JSONValue {
        if let scalar = node.scalar {
            placeholders(in: scalar.string, at: node, scope: scope)
            return .string(scalar.string)
        }
        if let items = node.sequence { return .array(items.map { parts($0, scope: scope) }) }
        guard let mapping = node.mapping else { return .null }
        let keys = Set(mapping.keys.compactMap { $0.scalar?.string })
        if !keys.isEmpty, keys.isDisjoint(with: ["use", "pick", "cases", "if", "then", "else"]) {
            return translated(mapping, at: node, scope: scope)
        }
        if keys.contains("use") {
            let fields = reader.mapping(node, allowed: ["use"], what: "a 'use' part", into: &bag)
            let name = fields["use"]?.value.scalar?.string ?? ""
            if !snippets.contains(name) {
                bag.add(.error("unknown snippet '\(name)'; snippets: \(snippets.sorted().joined(separator: ", "))", at: reader.location(of: node)))
            }
            return .object([("use", .string(name))])
        }
        if keys.contains("pick") {
            let fields = reader.mapping(node, allowed: ["pick", "cases", "else"], what: "a 'pick' part", into: &bag)
            let name = fields["pick"]?.value.scalar?.string ?? ""
            feature(name, at: fields["pick"]?.value ?? node, scope: scope)
            var cases: [(String, JSONValue)] = []
            if let map = fields["cases"]?.value.mapping {
                for (key, value) in map { cases.append((key.scalar?.string ?? "", parts(value, scope: scope))) }
            } else {
                bag.add(.error("a 'pick' part needs 'cases', a mapping of values to text", at: reader.location(of: node)))
            }
            var out: [(String, JSONValue)] = [("pick", .string(name)), ("cases", .object(cases))]
            if let other = fields["else"] { out.append(("else", parts(other.value, scope: scope))) }
            return .object(out)
        }
        let fields = reader.mapping(node, allowed: ["if", "then", "else"], what: "an 'if' part", into: &bag)
        var out: [(String, JSONValue)] = []
        if let cond = fields["if"] { out.append(("if", condition(cond.value, scope: scope))) } else {
            bag.add(.error("expected a text part: a string, a list, or a mapping with 'if', 'pick' or 'use'", at: reader.location(of: node)))
        }
        if let then = fields["then"] { out.append(("then", parts(then.value, scope: scope))) } else if fields["if"] != nil {
            bag.add(.error("an 'if' part has no 'then'", at: reader.location(of: node)))
        }
        if let other = fields["else"] { out.append(("else", parts(other.value, scope: scope))) }
        return .object(out)
    }

    /// `{zh-CN: "…", en: "…"}`: one text in several languages, each with the same placeholders.
    mutating func translated(_ mapping: Node.Mapping, at node: Node, scope: Scope) -> JSONValue {
        var texts: [(String, JSONValue)] = []
        var first: (language: String, names: [String])?
        let expected = "a text part: a string, a list, a mapping with 'if', 'pick' or 'use', or a text per language ({zh-CN: …, en: …})"
        for (language, value) in reader.languages(of: mapping, expected: expected, into: &bag) {
            // Not trimmed: the parts of a text are joined as they are, so their spaces matter.
            guard let text = value.scalar?.string else {
                bag.add(.error("expected the '\(language)' text to be a string, found \(reader.describe(value))", at: reader.location(of: value)))
                continue
            }
            placeholders(in: text, at: value, scope: scope)
            let names = TextTemplate.placeholders(in: text).sorted()
            if let first, first.names != names {
                bag.add(.error("the '\(language)' text uses the placeholders {\(names.joined(separator: "}, {"))}, the '\(first.language)' text {\(first.names.joined(separator: "}, {"))}; expected the same in every language",
                               at: reader.location(of: value)))
            }
            if first == nil { first = (language, names) }
            texts.append((language, .string(text)))
        }
        translations.append((Set(texts.map(\.0)), reader.location(of: node)))
        return .object([(DiagnosisRules.translatedKey, .object(texts))])
    }

    mutating func placeholders(in text: String, at node: Node, scope: Scope) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0 == "_" || ("a"..."z").contains($0) }) {
                feature(String(name), at: node, scope: scope)
            }
            rest = after[after.index(after: close)...]
        }
    }
}
