import Diagnostics
import Yams

extension RecordDecoder {
    mutating func decodeCUDA(_ root: Node, into dataset: inout CompatDataset) {
        let (top, releases) = list(root, key: "releases", file: "cuda.yaml", allowed: ["rules", "minor_compat", "releases"])
        if let node = top["rules"] { dataset.cudaRules = rules(node) }
        if let node = top["minor_compat"] {
            for item in sequence(node, key: "minor_compat") {
                guard let fields = fields(item, allowed: ["major", "min_driver", "source", "also", "note"],
                                          required: ["major", "min_driver", "source"], what: "minor-compatibility floor"),
                      let major = fields["major"].flatMap({ reader.int($0, key: "major", into: &bag) }),
                      let drivers = fields["min_driver"].flatMap({ drivers($0, key: "min_driver") }) else { continue }
                dataset.minorCompat.append(MinorCompatFloor(major: major, minDriver: drivers, provenance: provenance(fields)))
            }
        }
        for item in releases {
            guard let fields = fields(item, allowed: ["version", "name", "date", "min_driver", "branch", "branch_inferred", "source", "also", "note"],
                                      required: ["version", "min_driver", "source"], what: "CUDA release"),
                  let version = version(fields, "version"),
                  let drivers = fields["min_driver"].flatMap({ drivers($0, key: "min_driver") }) else { continue }
            if version.parts.count != 3, let node = fields["version"] {
                bag.add(.error("expected a CUDA release version X.Y.Z (12.2.0 for GA, 12.2.1 for Update 1), found \(Diagnostic.quoted(version.description))",
                               at: reader.location(of: node)))
            }
            let name = string(fields, "name")
            let branch = fields["branch"].flatMap { reader.double($0, key: "branch", in: 100...10_000, into: &bag) }
            if let branch, branch != branch.rounded(), let node = fields["branch"] {
                bag.add(.error("expected 'branch' to be a driver branch such as 615, found \(reader.describe(node))", at: reader.location(of: node)))
            }
            let inferred = fields["branch_inferred"].flatMap { reader.bool($0, key: "branch_inferred", into: &bag) } ?? false
            if inferred, branch == nil, let node = fields["branch_inferred"] {
                bag.add(.error("'branch_inferred' needs a 'branch' beside it", at: reader.location(of: node)))
            }
            dataset.cuda.append(CUDARelease(version: version, name: name ?? CUDARelease.defaultName(for: version), nameIsExplicit: name != nil,
                                            date: date(fields, "date"), minDriver: drivers, branch: branch.map { Int($0) }, branchInferred: inferred,
                                            provenance: provenance(fields)))
        }
    }

    mutating func decodeArchitectures(_ root: Node, into dataset: inout CompatDataset) {
        let (top, architectures) = list(root, key: "architectures", file: "architectures.yaml", allowed: ["rules", "architectures"])
        if let node = top["rules"] { dataset.architectureRules = rules(node) }
        for item in architectures {
            guard let fields = fields(item, allowed: ["name", "compute_capabilities", "deprecated_in", "removed_in", "last_driver_branch", "source", "also", "note"],
                                      required: ["name", "compute_capabilities", "source"], what: "architecture"),
                  let name = string(fields, "name") else { continue }
            var capabilities: [Architecture.Capability] = []
            if let node = fields["compute_capabilities"] {
                for entry in sequence(node, key: "compute_capabilities") {
                    guard let sub = self.fields(entry, allowed: ["cc", "first_cuda", "removed_in"], required: ["cc", "first_cuda"], what: "compute capability"),
                          let cc = version(sub, "cc"), let first = version(sub, "first_cuda") else { continue }
                    capabilities.append(.init(cc: cc, firstCUDA: first, location: reader.location(of: entry), removedIn: version(sub, "removed_in")))
                }
            }
            let branch = fields["last_driver_branch"].flatMap { reader.double($0, key: "last_driver_branch", in: 100...10_000, into: &bag) }
            if let branch, branch != branch.rounded(), let node = fields["last_driver_branch"] {
                bag.add(.error("expected 'last_driver_branch' to be a driver branch such as 580, found \(reader.describe(node))", at: reader.location(of: node)))
            }
            dataset.architectures.append(Architecture(name: name, capabilities: capabilities, deprecatedIn: version(fields, "deprecated_in"),
                                                      removedIn: version(fields, "removed_in"), lastDriverBranch: branch.map { Int($0) },
                                                      provenance: provenance(fields)))
        }
    }

    mutating func decodeGPUs(_ root: Node, into dataset: inout CompatDataset) {
        let (top, gpus) = list(root, key: "gpus", file: "gpus.yaml", allowed: ["shared_names", "gpus"])
        if let node = top["shared_names"] {
            for entry in sequence(node, key: "shared_names") {
                guard let fields = fields(entry, allowed: ["name", "aliases", "capabilities", "source", "also", "note"],
                                          required: ["name", "capabilities", "source", "note"], what: "shared name"),
                      let name = string(fields, "name") else { continue }
                let capabilities = (fields["capabilities"]?.sequence.map(Array.init) ?? []).compactMap { version($0, key: "capabilities") }
                if capabilities.count < 2, let node = fields["capabilities"] {
                    bag.add(.error("a shared name lists the compute capabilities of at least two chips; \(Diagnostic.quoted(name)) has \(capabilities.count): expected a GPU record instead", at: reader.location(of: node)))
                }
                dataset.sharedNames.append(SharedName(name: name, aliases: strings(fields, "aliases"), capabilities: capabilities.sorted(),
                                                      provenance: provenance(fields)))
            }
        }
        for item in gpus {
            guard let fields = fields(item, allowed: ["name", "aliases", "segment", "architecture", "compute_capability",
                                                      "compute_capability_inferred", "memory_gb", "released", "peak_tflops", "cpu", "source", "also", "note"],
                                      required: ["name", "segment", "architecture", "compute_capability", "source"], what: "GPU"),
                  let name = string(fields, "name"), let architecture = string(fields, "architecture"),
                  let cc = version(fields, "compute_capability") else { continue }
            let segment = string(fields, "segment") ?? ""
            if !segment.isEmpty, !GPU.segments.contains(segment), let node = fields["segment"] {
                bag.add(.error("unknown segment '\(segment)'; expected one of: \(GPU.segments.joined(separator: ", "))", at: reader.location(of: node)))
            }
            if segment == "embedded", !GPU.isModuleName(name), let node = fields["segment"] {
                bag.add(.error("segment 'embedded' is for Jetson, DRIVE and IGX modules, whose integrated GPU takes its driver from the module's OS; \(Diagnostic.quoted(name)) is a discrete GPU: expected 'workstation' (or 'datacenter')",
                               at: reader.location(of: node)))
            }
            var peak: PeakFigures?
            if let node = fields["peak_tflops"] {
                let mapping = reader.mapping(node, allowed: PeakFigures.keys, what: "'peak_tflops'", into: &bag)
                var values: [String: Double] = [:]
                for (key, entry) in mapping {
                    if let value = reader.double(entry.value, key: "peak_tflops.\(key)", in: 0...1_000_000, excludingLower: true, into: &bag) { values[key] = value }
                }
                peak = values.isEmpty ? nil : PeakFigures(values: values)
            }
            let memory = fields["memory_gb"].flatMap { reader.double($0, key: "memory_gb", in: 0...100_000, excludingLower: true, into: &bag) }
            var cpu: CPUArchitecture?
            if let node = fields["cpu"], let text = string(fields, "cpu") {
                cpu = CPUArchitecture(rawValue: text)
                if cpu == nil {
                    bag.add(.error("unknown cpu '\(text)'; expected \(CPUArchitecture.allCases.map(\.rawValue).joined(separator: " or "))",
                                   at: reader.location(of: node)))
                }
            }
            let inferred = fields["compute_capability_inferred"].flatMap { reader.bool($0, key: "compute_capability_inferred", into: &bag) } ?? false
            dataset.gpus.append(GPU(name: name, aliases: strings(fields, "aliases"), segment: segment, architecture: architecture,
                                    computeCapability: cc, computeCapabilityInferred: inferred, memoryGB: memory,
                                    released: date(fields, "released"), peak: peak, cpu: cpu, provenance: provenance(fields)))
        }
    }

    mutating func decodeCuDNN(_ root: Node, into dataset: inout CompatDataset) {
        for item in list(root, key: "releases", file: "cudnn.yaml", allowed: ["releases"]).items {
            guard let fields = fields(item, allowed: ["version", "date", "packages", "min_compute_capability", "cuda_inferred", "source", "also", "note"],
                                      required: ["version", "packages", "source"], what: "cuDNN release"),
                  let version = version(fields, "version") else { continue }
            var packages: [CuDNNRelease.Package] = []
            if let node = fields["packages"] {
                for entry in sequence(node, key: "packages") {
                    guard let sub = self.fields(entry, allowed: ["cuda_major", "cuda", "min_driver"], required: ["cuda_major", "cuda"],
                                                what: "cuDNN package"),
                          let major = sub["cuda_major"].flatMap({ reader.int($0, key: "cuda_major", into: &bag) }) else { continue }
                    let drivers = sub["min_driver"].flatMap { self.drivers($0, key: "min_driver") }
                    packages.append(.init(cudaMajor: major, cuda: versions(sub, "cuda") ?? [], minDriver: drivers,
                                          location: reader.location(of: entry)))
                }
            }
            let inferred = fields["cuda_inferred"].flatMap { reader.bool($0, key: "cuda_inferred", into: &bag) } ?? false
            dataset.cudnn.append(CuDNNRelease(version: version, date: date(fields, "date"), packages: packages,
                                              minComputeCapability: self.version(fields, "min_compute_capability"),
                                              cudaInferred: inferred, provenance: provenance(fields)))
        }
    }

    mutating func decodePyTorch(_ root: Node, into dataset: inout CompatDataset) {
        let (top, releases) = list(root, key: "releases", file: "pytorch.yaml", allowed: ["binary_floors", "releases"])
        if let node = top["binary_floors"] {
            for entry in sequence(node, key: "binary_floors") {
                guard let fields = fields(entry, allowed: ["since", "lowest", "source", "also", "note"], required: ["since", "lowest", "source"],
                                          what: "binary floor"),
                      let since = version(fields, "since"), let lowest = version(fields, "lowest") else { continue }
                dataset.pytorchFloors.append(PyTorchBinaryFloor(since: since, lowest: lowest, provenance: provenance(fields)))
            }
        }
        let floors = dataset.pytorchFloors
        for item in releases {
            guard let fields = fields(item, allowed: ["version", "date", "python", "torchvision", "torchaudio", "default_variant", "variants",
                                                      "source", "arch_source", "also", "note"],
                                      required: ["version", "python", "variants", "source"], what: "PyTorch release"),
                  let version = version(fields, "version") else { continue }
            var python = PythonRange(min: Version([0]), max: Version([0]))
            if let node = fields["python"], let sub = self.fields(node, allowed: ["min", "max"], required: ["min", "max"], what: "'python'") {
                python = PythonRange(min: self.version(sub, "min") ?? Version([0]), max: self.version(sub, "max") ?? Version([0]))
            }
            var variants: [PyTorchVariant] = []
            let floor = floors.filter { $0.since <= version }.max { $0.since < $1.since }
            if let node = fields["variants"] {
                for entry in sequence(node, key: "variants") {
                    if var variant = decodeVariant(entry) {
                        variant.binaryFloor = floor
                        variants.append(variant)
                    }
                }
            }
            dataset.pytorch.append(PyTorchRelease(version: version, date: date(fields, "date"), python: python,
                                                  torchvision: self.version(fields, "torchvision"), torchaudio: self.version(fields, "torchaudio"),
                                                  defaultVariant: string(fields, "default_variant"), variants: variants,
                                                  archSource: string(fields, "arch_source"), provenance: provenance(fields)))
        }
    }

    private mutating func decodeVariant(_ node: Node) -> PyTorchVariant? {
        guard let fields = fields(node, allowed: ["tag", "cuda", "platforms", "arch_list", "ptx", "windows", "aarch64", "pip", "conda"],
                                  required: ["tag", "platforms", "pip"], what: "PyTorch variant"),
              let tag = string(fields, "tag"), let pip = string(fields, "pip") else { return nil }
        let cuda = version(fields, "cuda")
        if tag != "cpu", cuda == nil, fields["cuda"] == nil {
            bag.add(.error("variant '\(tag)' has no 'cuda'; expected the CUDA X.Y it is built with", at: reader.location(of: node)))
        }
        let platforms = strings(fields, "platforms")
        for platform in platforms where !["linux", "windows", "macos"].contains(platform) {
            bag.add(.error("unknown platform '\(platform)'; expected linux, windows or macos", at: reader.location(of: fields["platforms"] ?? node)))
        }
        var arm: WheelArchList?
        if let node = fields["aarch64"], let list = wheelArchList(node, key: "aarch64") {
            arm = list
            if cuda == nil { bag.add(.error("'aarch64' lists the Arm CUDA wheels; the CPU variant '\(tag)' has none", at: reader.location(of: node))) }
        }
        var windows: WheelArchList?
        if let node = fields["windows"], let list = wheelArchList(node, key: "windows") {
            windows = list
            if cuda == nil || !platforms.contains("windows") {
                bag.add(.error("'windows' gives the Windows CUDA wheels' own architecture list; variant '\(tag)' has no Windows CUDA wheels (expected 'windows' in platforms and a 'cuda')",
                               at: reader.location(of: node)))
            }
        }
        return PyTorchVariant(tag: tag, cuda: cuda, platforms: platforms, archList: versions(fields, "arch_list"), ptx: version(fields, "ptx"),
                              aarch64: arm, windows: windows, pip: pip, conda: string(fields, "conda"), location: reader.location(of: node))
    }

    /// A separate wheel build's own list (`aarch64:` or `windows:` under a variant): `arch_list`, `ptx`, `source`, and
    /// `arch_list_partial` when the list is known to be incomplete.
    private mutating func wheelArchList(_ node: Node, key: String) -> WheelArchList? {
        guard let sub = fields(node, allowed: ["arch_list", "ptx", "source", "arch_list_partial"], required: ["source"], what: "'\(key)'"),
              let source = string(sub, "source") else { return nil }
        let archList = versions(sub, "arch_list")
        let partial = sub["arch_list_partial"].flatMap { reader.bool($0, key: "arch_list_partial", into: &bag) } ?? false
        if partial, archList == nil, let flag = sub["arch_list_partial"] {
            bag.add(.error("'arch_list_partial' marks an 'arch_list' as incomplete; '\(key)' has no 'arch_list' (expected one, or leave the flag out)",
                           at: reader.location(of: flag)))
        }
        return WheelArchList(archList: archList, ptx: version(sub, "ptx"), source: source, partial: partial)
    }

    mutating func decodeChanges(_ root: Node, into dataset: inout CompatDataset) {
        for item in list(root, key: "changes", file: "changes.yaml", allowed: ["changes"]).items {
            guard let fields = fields(item, allowed: ["date", "title", "items"], required: ["date", "title"], what: "change"),
                  let date = fields["date"].flatMap({ reader.date($0, key: "date", into: &bag) }),
                  let title = translatable(fields, "title") else { continue }
            dataset.changes.append(ChangeEntry(date: date, title: title.text, titleTranslations: title.translations, items: strings(fields, "items"),
                                               location: reader.location(of: item)))
        }
    }

    mutating func decodeDriverBranches(_ root: Node, into dataset: inout CompatDataset) {
        for item in list(root, key: "branches", file: "drivers.yaml", allowed: ["branches"]).items {
            guard let fields = fields(item, allowed: ["branch", "designation", "end_of_life", "max_cuda_major", "source", "also", "note"],
                                      required: ["branch", "designation", "max_cuda_major", "source"], what: "driver branch"),
                  let branchNode = fields["branch"], let branch = reader.int(branchNode, key: "branch", into: &bag),
                  let majorNode = fields["max_cuda_major"], let major = reader.int(majorNode, key: "max_cuda_major", into: &bag),
                  let text = string(fields, "designation") else { continue }
            guard let designation = DriverBranch.Designation(rawValue: text) else {
                if let node = fields["designation"] {
                    bag.add(.error("unknown designation '\(text)'; expected one of: \(DriverBranch.Designation.allCases.map(\.rawValue).joined(separator: ", "))",
                                   at: reader.location(of: node)))
                }
                continue
            }
            if !(100...9999).contains(branch) {
                bag.add(.error("expected 'branch' to be a driver branch such as 580, found \(branch)", at: reader.location(of: branchNode)))
            }
            dataset.driverBranches.append(DriverBranch(branch: branch, designation: designation, endOfLife: date(fields, "end_of_life"),
                                                       maxCUDAMajor: major, provenance: provenance(fields)))
        }
    }

    mutating func decodeFrameworks(_ root: Node, into dataset: inout CompatDataset) {
        for item in list(root, key: "releases", file: "frameworks.yaml", allowed: ["releases"]).items {
            guard let fields = fields(item, allowed: ["framework", "versions", "build", "python", "cuda", "cudnn", "linux_driver", "source", "also", "note"],
                                      required: ["framework", "versions", "python", "cuda", "cudnn", "source"], what: "framework release"),
                  let framework = string(fields, "framework"), let versions = string(fields, "versions"),
                  let cuda = string(fields, "cuda"), let cudnn = string(fields, "cudnn") else { continue }
            guard ["tensorflow", "jax"].contains(framework) else {
                if let node = fields["framework"] {
                    bag.add(.error("unknown framework '\(framework)'; expected tensorflow or jax", at: reader.location(of: node)))
                }
                continue
            }
            guard let first = FrameworkRelease.firstVersion(of: versions) else {
                if let node = fields["versions"] {
                    bag.add(.error("expected 'versions' to be a version (2.21.0), a range (0.8.0-0.10.2) or a floor (>=0.11.0), found \(Diagnostic.quoted(versions))",
                                   at: reader.location(of: node)))
                }
                continue
            }
            var python = PythonRange(min: Version([0]), max: Version([0]))
            if let node = fields["python"], let sub = self.fields(node, allowed: ["min", "max"], required: ["min", "max"], what: "'python'") {
                python = PythonRange(min: self.version(sub, "min") ?? Version([0]), max: self.version(sub, "max") ?? Version([0]))
            }
            dataset.frameworks.append(FrameworkRelease(framework: framework, versions: versions, first: first, build: string(fields, "build"),
                                                       python: python, cuda: cuda, cudnn: cudnn, linuxDriver: version(fields, "linux_driver"),
                                                       provenance: provenance(fields)))
        }
    }
}
