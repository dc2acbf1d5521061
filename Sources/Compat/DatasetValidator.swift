import Diagnostics

/// Cross-record checks: references, duplicates, ordering and plausibility.
enum DatasetValidator {
    static func validate(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        checkCUDA(data, into: &bag)
        checkArchitectures(data, into: &bag)
        checkGPUs(data, into: &bag)
        checkCuDNN(data, into: &bag)
        checkPyTorch(data, into: &bag)
        checkChanges(data, into: &bag)
        checkDriverBranches(data, into: &bag)
        checkFrameworks(data, into: &bag)
    }

    private static func checkFrameworks(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        var previous: [String: FrameworkRelease] = [:]
        for release in data.frameworks {
            let key = release.framework + "/" + (release.build ?? "")
            if let earlier = previous[key], release.first <= earlier.first {
                bag.add(.error("\(release.displayName) releases must be listed oldest first without repeats: \(release.versions) comes after \(earlier.versions)",
                               at: release.provenance.location))
            }
            if release.python.min > release.python.max {
                bag.add(.error("\(release.displayName) \(release.versions): python min \(release.python.min) is above max \(release.python.max)",
                               at: release.provenance.location))
            }
            previous[key] = release
        }
    }

    // MARK: - Families

    private static func checkDriverBranches(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        for (index, branch) in data.driverBranches.enumerated() where index > 0 {
            let previous = data.driverBranches[index - 1]
            if branch.branch <= previous.branch {
                bag.add(.error("driver branches must be listed oldest first without repeats: R\(branch.branch) comes after R\(previous.branch)",
                               at: branch.provenance.location))
            }
        }
        for branch in data.driverBranches where branch.designation != .newFeature && branch.endOfLife == nil {
            bag.add(.error("R\(branch.branch) is a \(branch.designation.rawValue) branch but has no end_of_life; NVIDIA's table gives one",
                           at: branch.provenance.location))
        }
    }

    private static func checkCUDA(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        var seen: [Version: CUDARelease] = [:]
        for (index, release) in data.cuda.enumerated() {
            if let first = seen[release.version] {
                bag.add(.error("duplicate CUDA release \(release.version); first defined at \(first.provenance.location)", at: release.provenance.location))
                continue
            }
            seen[release.version] = release
            if let branch = release.branch {
                for os in [OperatingSystem.linux, .windows] {
                    if let minimum = release.minDriver.minimum(for: os), Resolver.branch(of: minimum) != branch {
                        bag.add(.error("CUDA \(release.version): 'branch' \(branch) disagrees with its \(os.rawValue) minimum \(minimum), which is on R\(Resolver.branch(of: minimum))",
                                       at: release.provenance.location))
                    }
                }
            }
            guard index > 0 else { continue }
            let previous = data.cuda[index - 1]
            if release.version < previous.version {
                bag.add(.error("CUDA releases must be listed oldest first: \(release.version) comes after \(previous.version)",
                               at: release.provenance.location))
            } else if previous.version.major == release.version.major {
                for os in [OperatingSystem.linux, .windows] {
                    if let old = previous.requirement(for: os), let new = release.requirement(for: os), new < old {
                        bag.add(.error("implausible \(os.rawValue) driver minimum for CUDA \(release.version): \(new) is lower than \(old) required by the older \(previous.version)",
                                       at: release.provenance.location))
                    }
                }
            }
            if previous.version.majorMinor == release.version.majorMinor, let old = previous.date, let new = release.date, new < old {
                bag.add(.error("implausible date for CUDA \(release.version): \(new) is before \(previous.version)'s \(old)", at: release.provenance.location))
            }
        }
        for floor in data.minorCompat {
            let releases = data.cuda.filter { $0.version.major == floor.major }
            if releases.isEmpty, !data.cuda.isEmpty {
                bag.add(.error("minor-compatibility floor for CUDA \(floor.major) but no \(floor.major).x release in the dataset", at: floor.provenance.location))
            }
            // CUDA 11.0 predates minor-version compatibility, so a floor may sit above early releases' minimums,
            // but never above the newest release's of that major.
            for os in [OperatingSystem.linux, .windows] {
                let newest = releases.compactMap { $0.minDriver.minimum(for: os) }.max()
                if let minimum = floor.minDriver.minimum(for: os), let newest, newest < minimum {
                    bag.add(.error("implausible floor: CUDA \(floor.major).x minor-compatibility \(os.rawValue) driver \(minimum) is above every \(floor.major).x release's minimum (newest: \(newest))",
                                   at: floor.provenance.location))
                }
            }
        }
        duplicates(data.minorCompat.map { ("\($0.major)", $0.provenance.location) }, what: "minor-compatibility floor for CUDA", into: &bag)
    }

    private static func checkArchitectures(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        duplicates(data.architectures.map { ($0.name, $0.provenance.location) }, what: "architecture", into: &bag)
        var ccOwner: [Version: String] = [:]
        for architecture in data.architectures {
            if architecture.capabilities.isEmpty {
                bag.add(.error("architecture '\(architecture.name)' lists no compute capabilities", at: architecture.provenance.location))
            }
            for capability in architecture.capabilities {
                if let owner = ccOwner[capability.cc] {
                    bag.add(.error("compute capability \(capability.cc) is listed under both '\(owner)' and '\(architecture.name)'", at: capability.location))
                }
                ccOwner[capability.cc] = architecture.name
                cudaReference(capability.firstCUDA, data: data, what: "first_cuda", at: capability.location, into: &bag)
                if let own = capability.removedIn {
                    cudaReference(own, data: data, what: "removed_in", at: capability.location, into: &bag)
                    if let removed = architecture.removedIn, own > removed {
                        bag.add(.error("compute capability \(capability.cc) is removed in CUDA \(own), after its architecture '\(architecture.name)' (\(removed))",
                                       at: capability.location))
                    }
                }
                if let removed = capability.removedIn ?? architecture.removedIn, capability.firstCUDA >= removed {
                    bag.add(.error("implausible: compute capability \(capability.cc) first appears in CUDA \(capability.firstCUDA), at or after its removal in \(removed)",
                                   at: capability.location))
                }
            }
            if let deprecated = architecture.deprecatedIn {
                cudaReference(deprecated, data: data, what: "deprecated_in", at: architecture.provenance.location, into: &bag)
            }
            if let removed = architecture.removedIn {
                cudaReference(removed, data: data, what: "removed_in", at: architecture.provenance.location, into: &bag)
                if let deprecated = architecture.deprecatedIn, deprecated > removed {
                    bag.add(.error("implausible: '\(architecture.name)' is deprecated in \(deprecated), after its removal in \(removed)",
                                   at: architecture.provenance.location))
                }
            }
        }
    }

    private static func checkGPUs(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        duplicates(data.gpus.map { ($0.name, $0.provenance.location) }, what: "GPU", into: &bag)
        // A shared name must never find a GPU record: the reader would get one chip's answer for every chip.
        let index = GPUIndex(data.gpus)
        for shared in data.sharedNames {
            for name in [shared.name] + shared.aliases {
                if let gpu = index.find(name) {
                    bag.add(.error("shared name \(Diagnostic.quoted(name)) finds the GPU '\(gpu.name)'; a name sold with several chips must not pick one of them",
                                   at: shared.provenance.location))
                }
            }
        }
        var names: [String: (owner: String, location: SourceLocation)] = [:]
        let architectureNames = data.architectures.map(\.name)
        for gpu in data.gpus {
            for name in [gpu.name] + gpu.aliases {
                let key = GPUIndex.normalize(name)
                if let first = names[key], first.owner == gpu.name {
                    continue
                } else if let first = names[key] {
                    bag.add(.error("GPU name or alias \(Diagnostic.quoted(name)) is already used by '\(first.owner)' at \(first.location); a name must pick one GPU",
                                   at: gpu.provenance.location))
                } else {
                    names[key] = (gpu.name, gpu.provenance.location)
                }
            }
            guard let architecture = data.architecture(named: gpu.architecture) else {
                if !data.architectures.isEmpty {
                    bag.add(.error("GPU '\(gpu.name)' names unknown architecture '\(gpu.architecture)'\(Suggestions.phrase(for: gpu.architecture, in: architectureNames))",
                                   at: gpu.provenance.location))
                }
                continue
            }
            if !architecture.capabilities.contains(where: { $0.cc == gpu.computeCapability }) {
                let known = architecture.capabilities.map(\.cc.description).joined(separator: ", ")
                bag.add(.error("GPU '\(gpu.name)' has compute capability \(gpu.computeCapability), which '\(architecture.name)' does not have (it has \(known))",
                               at: gpu.provenance.location))
            }
            if gpu.computeCapabilityInferred && gpu.provenance.note == nil {
                bag.add(.error("GPU '\(gpu.name)' has compute_capability_inferred but no note; expected a note that says what the value was inferred from",
                               at: gpu.provenance.location))
            }
            if let memory = gpu.memoryGB, memory <= 0 || memory > 1024 {
                bag.add(.error("implausible memory_gb \(memory) for '\(gpu.name)'", at: gpu.provenance.location))
            }
            for (key, value) in gpu.peak?.values ?? [:] where value <= 0 || value > 100_000 {
                bag.add(.error("implausible peak_tflops.\(key) \(value) for '\(gpu.name)'", at: gpu.provenance.location))
            }
        }
    }

    private static func checkCuDNN(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        duplicates(data.cudnn.map { ($0.version.description, $0.provenance.location) }, what: "cuDNN release", into: &bag)
        for (index, release) in data.cudnn.enumerated() {
            if index > 0, release.version < data.cudnn[index - 1].version {
                bag.add(.error("cuDNN releases must be listed oldest first: \(release.version) comes after \(data.cudnn[index - 1].version)",
                               at: release.provenance.location))
            }
            if release.packages.isEmpty {
                bag.add(.error("cuDNN \(release.version) lists no packages", at: release.provenance.location))
            }
            duplicates(release.packages.map { ("\($0.cudaMajor)", $0.location) }, what: "cuDNN \(release.version) package for CUDA", into: &bag)
            for package in release.packages {
                if package.cuda.isEmpty {
                    bag.add(.error("cuDNN \(release.version) package for CUDA \(package.cudaMajor) lists no CUDA versions", at: package.location))
                }
                for cuda in package.cuda {
                    if cuda.major != package.cudaMajor {
                        bag.add(.error("CUDA \(cuda) listed in the CUDA \(package.cudaMajor) package of cuDNN \(release.version)", at: package.location))
                    }
                    cudaReference(cuda, data: data, what: "cuda", at: package.location, into: &bag)
                }
            }
            if let cc = release.minComputeCapability, !data.architectures.isEmpty, data.capability(cc) == nil {
                bag.add(.error("cuDNN \(release.version) names unknown compute capability \(cc)", at: release.provenance.location))
            }
        }
    }

    private static func checkPyTorch(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        duplicates(data.pytorch.map { ($0.version.description, $0.provenance.location) }, what: "PyTorch release", into: &bag)
        for (index, release) in data.pytorch.enumerated() {
            if index > 0 {
                let previous = data.pytorch[index - 1]
                if release.version < previous.version {
                    bag.add(.error("PyTorch releases must be listed oldest first: \(release.version) comes after \(previous.version)",
                                   at: release.provenance.location))
                } else if previous.version.majorMinor == release.version.majorMinor, let old = previous.date, let new = release.date, new < old {
                    bag.add(.error("implausible date for PyTorch \(release.version): \(new) is before \(previous.version)'s \(old)", at: release.provenance.location))
                }
            }
            if release.python.min > release.python.max {
                bag.add(.error("PyTorch \(release.version): python.min \(release.python.min) is above python.max \(release.python.max)",
                               at: release.provenance.location))
            }
            duplicates(release.variants.map { ($0.tag, $0.location) }, what: "PyTorch \(release.version) variant", into: &bag)
            if let tag = release.defaultVariant, !release.variants.contains(where: { $0.tag == tag }) {
                bag.add(.error("PyTorch \(release.version): default_variant '\(tag)' is not one of its variants (\(release.variants.map(\.tag).joined(separator: ", ")))",
                               at: release.provenance.location))
            }
            for variant in release.variants { checkVariant(variant, of: release, data: data, into: &bag) }
        }
        for (index, floor) in data.pytorchFloors.enumerated() {
            if index > 0, floor.since <= data.pytorchFloors[index - 1].since {
                bag.add(.error("binary floors must be listed oldest first: \(floor.since) comes after \(data.pytorchFloors[index - 1].since)",
                               at: floor.provenance.location))
            }
            if !data.architectures.isEmpty, data.capability(floor.lowest) == nil {
                bag.add(.error("binary floor since \(floor.since) names unknown compute capability \(floor.lowest)", at: floor.provenance.location))
            }
        }
    }

    private static func checkVariant(_ variant: PyTorchVariant, of release: PyTorchRelease, data: CompatDataset, into bag: inout DiagnosticBag) {
        if let cuda = variant.cuda {
            let expected = "cu\(cuda.major)\(cuda.minor)"
            if variant.tag != expected {
                bag.add(.error("variant tag '\(variant.tag)' does not match its CUDA \(cuda); expected '\(expected)'", at: variant.location))
            }
            cudaReference(cuda, data: data, what: "cuda", at: variant.location, into: &bag)
        } else if variant.tag != "cpu" {
            bag.add(.error("variant '\(variant.tag)' has no CUDA version; only 'cpu' may omit it", at: variant.location))
        }
        if !data.architectures.isEmpty {
            for cc in (variant.archList ?? []) + (variant.ptx.map { [$0] } ?? []) where data.capability(cc) == nil {
                bag.add(.error("PyTorch \(release.version) \(variant.tag): unknown compute capability \(cc) in arch_list/ptx", at: variant.location))
            }
            for (key, wheels) in [("windows", variant.windows), ("aarch64", variant.aarch64)] {
                for cc in (wheels?.archList ?? []) + (wheels?.ptx.map { [$0] } ?? []) where data.capability(cc) == nil {
                    bag.add(.error("PyTorch \(release.version) \(variant.tag): unknown compute capability \(cc) in \(key).arch_list/ptx", at: variant.location))
                }
            }
        }
        // A recorded list below the release's floor contradicts the floor's source: one of the two is wrong.
        if let floor = variant.binaryFloor {
            let lists = [("arch_list", variant.archList), ("windows.arch_list", variant.windows?.archList), ("aarch64.arch_list", variant.aarch64?.archList)]
            for (key, list) in lists {
                for cc in list ?? [] where cc < floor.lowest {
                    bag.add(.error("PyTorch \(release.version) \(variant.tag): \(key) has \(cc), below the binary floor \(floor.lowest) that holds from \(floor.since) (binary_floors)",
                                   at: variant.location))
                }
            }
        }
        if !variant.pip.contains("torch") {
            bag.add(.error("PyTorch \(release.version) \(variant.tag): the pip command does not install torch", at: variant.location))
        }
        for finding in InstallCommandLint.check(variant.pip, data: data) + InstallCommandLint.check(variant.conda ?? "", data: data) {
            bag.add(.error("PyTorch \(release.version) \(variant.tag): \(finding.message)", at: variant.location))
        }
    }

    private static func checkChanges(_ data: CompatDataset, into bag: inout DiagnosticBag) {
        // Keys looked up in sets, not by scanning each family per item: an import can list thousands of records.
        let known: [String: Set<String>] = [
            "cuda": Set(data.cuda.map(\.version.description)),
            "pytorch": Set(data.pytorch.map(\.version.description)),
            "cudnn": Set(data.cudnn.map(\.version.description)),
            "gpu": Set(data.gpus.map(\.name)),
            "architecture": Set(data.architectures.map(\.name)),
            "branch": Set(data.driverBranches.map { "R\($0.branch)" }),
            "tensorflow": Set(data.frameworks.filter { $0.framework == "tensorflow" }.map(\.versions)),
            "jax": Set(data.frameworks.filter { $0.framework == "jax" }.map(\.versions)),
        ]
        func exists(_ reference: RecordReference) -> Bool {
            if known[reference.family]?.contains(reference.key) == true { return true }
            guard ["cuda", "pytorch", "cudnn"].contains(reference.family), let version = Version(reference.key) else { return false }
            if known[reference.family]?.contains(version.description) == true { return true }
            return reference.resolve(in: data) != nil
        }
        for (index, change) in data.changes.enumerated() {
            if index > 0, change.date > data.changes[index - 1].date {
                bag.add(.error("changes must be listed newest first: \(change.date) comes after \(data.changes[index - 1].date)", at: change.location))
            }
            for item in change.items where !(RecordReference(item).map(exists) ?? false) {
                bag.add(.error("change refers to unknown record '\(item)'; expected 'cuda 12.8.1', 'pytorch 2.9.1', 'cudnn 9.17.0', 'gpu NAME', 'architecture NAME', 'branch R580', 'tensorflow 2.21.0' or 'jax >=0.11.0'",
                               at: change.location))
            }
        }
    }

    // MARK: - Helpers

    private static func cudaReference(_ version: Version, data: CompatDataset, what: String, at location: SourceLocation, into bag: inout DiagnosticBag) {
        guard let oldest = data.cuda.first?.version, version.majorMinor >= oldest.majorMinor else { return }
        if data.cudaGA(version) == nil {
            let known = Set(data.cuda.map { "\($0.version.major).\($0.version.minor)" }).sorted { (Version($0) ?? Version([0])) < (Version($1) ?? Version([0])) }
            bag.add(.error("'\(what)' names CUDA \(version), which is not in cuda.yaml\(Suggestions.phrase(for: version.description, in: known))", at: location))
        }
    }

    private static func duplicates(_ keys: [(String, SourceLocation)], what: String, into bag: inout DiagnosticBag) {
        var seen: [String: SourceLocation] = [:]
        for (key, location) in keys {
            if let first = seen[key] {
                bag.add(.error("duplicate \(what) '\(key)'; first defined at \(first)", at: location))
            } else {
                seen[key] = location
            }
        }
    }
}

/// A reference to a record by family and key, as written in `changes.yaml` (`cuda 12.8.1`, `gpu GeForce RTX 4090`).
public struct RecordReference: Hashable, Sendable {
    /// `cuda`, `pytorch`, `cudnn`, `gpu`, `architecture`, `branch`, `tensorflow` or `jax`.
    public var family: String
    /// Version or name.
    public var key: String

    /// Parses `family key`.
    public init?(_ text: String) {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        family = parts[0].lowercased()
        key = String(parts[1])
    }

    /// The site-relative URL of the record's page, or `nil` when it does not exist.
    public func resolve(in data: CompatDataset) -> String? {
        switch family {
        case "cuda": return Version(key).flatMap { data.cudaRelease($0) }.map { EntityURL.cuda($0) }
        case "pytorch": return Version(key).flatMap { data.pytorchRelease($0) }.map { EntityURL.pytorch($0) }
        case "cudnn": return Version(key).flatMap { data.cudnnRelease($0) }.map { _ in EntityURL.cudnnMatrix }
        case "gpu": return data.gpus.first { $0.name == key }.map { EntityURL.gpu($0) }
        case "architecture": return data.architecture(named: key).map { _ in EntityURL.gpuMatrix }
        case "tensorflow", "jax":
            return data.frameworks.contains { $0.framework == family && $0.versions == key } ? EntityURL.frameworksGuide : nil
        case "branch":
            let number = Int(key.hasPrefix("R") ? String(key.dropFirst()) : key)
            return data.driverBranches.contains { $0.branch == number } ? EntityURL.branchChart : nil
        default: return nil
        }
    }
}
