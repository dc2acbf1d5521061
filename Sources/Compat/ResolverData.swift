/// What the resolver page needs, computed by `Resolver` and written as a classic script assigning
/// `window.GPUKB_COMPAT`, so the page works from `file://`. The page script only compares versions, picks the
/// precomputed sentence, and sorts; it decides nothing on its own.
public enum ResolverData {
    /// The data as a JSON value.
    public static func make(_ data: CompatDataset) -> JSONValue {
        let resolver = Resolver(data: data)
        var strings: [String] = []
        var stringIndex: [String: Int] = [:]
        func intern(_ text: String) -> JSONValue {
            if let index = stringIndex[text] { return .int(index) }
            strings.append(text)
            stringIndex[text] = strings.count - 1
            return .int(strings.count - 1)
        }
        let gpus: [JSONValue] = data.gpus.map { gpu in
            .object([
                ("name", .string(gpu.name)),
                ("aliases", .array(gpu.aliases.map { .string($0) })),
                ("arch", .string(gpu.architecture)),
                ("cc", .string(gpu.computeCapability.description)),
                ("url", .string(EntityURL.gpu(gpu))),
                ("first", .optional(resolver.firstCUDA(for: gpu)?.description)),
            ])
        }
        let toolkits: [JSONValue] = data.cuda.map { release in
            .object([
                ("v", .string(release.version.description)), ("name", .string(release.name)),
                ("linux", .optional(release.minDriver.linux?.description)), ("windows", .optional(release.minDriver.windows?.description)),
                ("url", .string(EntityURL.cuda(release))),
            ])
        }
        let floors: [JSONValue] = data.minorCompat.map { floor in
            .object([("major", .int(floor.major)), ("linux", .optional(floor.minDriver.linux?.description)),
                     ("windows", .optional(floor.minDriver.windows?.description))])
        }
        var builds: [JSONValue] = []
        var buildVariants: [PyTorchVariant] = []
        var cudaVersions = Set<Version>()
        for release in data.pytorch {
            let python = resolver.pythonTemplates(release)
            for variant in release.variants {
                guard let cuda = variant.cuda else { continue }
                cudaVersions.insert(cuda.majorMinor)
                buildVariants.append(variant)
                builds.append(.object([
                    ("torch", .string(release.version.description)), ("tag", .string(variant.tag)), ("cuda", .string(cuda.majorMinor.description)),
                    ("py", .array([.string(release.python.min.description), .string(release.python.max.description)])),
                    ("pyOk", intern(python.ok)), ("pyBad", intern(python.unsupported)),
                    ("platforms", .array(variant.platforms.map { .string($0) })),
                    ("pip", .string(variant.pip)), ("conda", .optional(variant.conda)),
                    ("noConda", intern(Resolver.noConda(release).reason)),
                    ("url", .string(EntityURL.pytorch(release))),
                ]))
            }
        }
        let driverRules: [(String, JSONValue)] = cudaVersions.sorted().map { cuda in
            (cuda.description, .object(OperatingSystem.allCases.map { os in
                let rule = resolver.driverRule(cuda: cuda, os: os)
                return (os.rawValue, .object([
                    ("need", .optional(rule.need?.description)), ("floor", .optional(rule.floor?.description)),
                    ("ok", intern(rule.ok)), ("limited", intern(rule.limited)), ("unsupported", intern(rule.unsupported)),
                ]))
            }))
        }
        let ccs: [(String, JSONValue)] = Array(Set(data.gpus.map(\.computeCapability))).sorted().map { cc in
            (cc.description, .array(buildVariants.map { variant in
                let verdict = resolver.architectureVerdict(cc: cc, variant: variant)
                return .array([.string(verdict.status.rawValue), intern(verdict.reason)])
            }))
        }
        var keys: [(String, JSONValue)] = []
        var seenKeys = Set<String>()
        for (index, gpu) in data.gpus.enumerated() {
            for name in [gpu.name] + gpu.aliases {
                let key = GPUIndex.normalize(name)
                if seenKeys.insert(key).inserted { keys.append((key, .int(index))) }
            }
        }
        return .object([
            ("gpus", .array(gpus)), ("gpuKeys", .object(keys)), ("toolkits", .array(toolkits)), ("floors", .array(floors)), ("builds", .array(builds)),
            ("driverRules", .object(driverRules)), ("ccs", .object(ccs)), ("strings", .array(strings.map { .string($0) })),
        ])
    }

    /// `window.GPUKB_COMPAT = {…};`
    public static func script(_ data: CompatDataset) -> String {
        "window.GPUKB_COMPAT = " + make(data).render() + ";\n"
    }
}
