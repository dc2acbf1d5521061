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
            var members: [(String, JSONValue)] = [
                ("name", .string(gpu.name)),
                ("aliases", .array(gpu.aliases.map { .string($0) })),
                ("arch", .string(gpu.architecture)),
                ("cc", .string(gpu.computeCapability.description)),
                ("url", .string(EntityURL.gpu(gpu))),
                ("first", .optional(resolver.firstCUDA(for: gpu)?.description)),
                ("jetson", resolver.jetsonVerdict(gpu).map { .array([.string($0.status.rawValue), intern($0.reason)]) } ?? .null),
                // The CPU every system with this GPU has (Grace, Jetson), and the sentence that says so.
                ("cpu", .optional(gpu.cpu?.rawValue)),
                ("cpuNote", resolver.platformNote(ResolveRequest(gpu: gpu, os: .linux, driver: nil)).map { intern($0) } ?? .null),
            ]
            // Only where NVIDIA's table does not list the GPU: the page then says the capability is inferred.
            if gpu.computeCapabilityInferred { members.append(("ccInferred", .bool(true))) }
            return .object(members)
        }
        let toolkits: [JSONValue] = data.cuda.map { release in
            .object([
                ("v", .string(release.version.description)), ("name", .string(release.name)),
                // What the toolkit needs: NVIDIA's minimum, or the first driver of the branch named for it.
                ("linux", .optional(release.requirement(for: .linux)?.description)), ("windows", .optional(release.requirement(for: .windows)?.description)),
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
                    ("platforms", .array(variant.platforms.map { .string($0) } + (variant.aarch64 == nil ? [] : [.string("linux-aarch64")]))),
                    ("pip", .string(variant.pip)), ("conda", .optional(variant.conda)),
                    ("noConda", intern(resolver.noConda(release).reason)),
                    ("condaPip", .string(condaPipTemplate(variant.pip))),
                    ("pyDefault", .string(Resolver.defaultPython(release).description)),
                    ("uv", .string(UVCommand.make(pip: variant.pip))),
                    // On Windows a command without PyTorch's index would install PyPI's CPU wheel: the Windows
                    // commands and the sentence saying why, where they differ (null elsewhere).
                    ("win", {
                        let pip = variant.pip(on: "windows")
                        guard pip != variant.pip else { return .null }
                        return .object([("pip", .string(pip)), ("uv", .string(UVCommand.make(pip: pip))),
                                        ("condaPip", .string(condaPipTemplate(pip))),
                                        ("note", intern(data.phrases(.pipWindowsIndex, ["tag": variant.tag])))])
                    }()),
                    ("uvAuto", .object(OperatingSystem.allCases.map { os in
                        (os.rawValue, .array(resolver.uvAutoThresholds(release: release, os: os).map { .array([.string($0.floor.description), .string($0.tag)]) }))
                    })),
                    ("uvNotes", {
                        let t = resolver.uvAutoTemplates(release: release, variant: variant)
                        return .array([intern(t.noDriver), intern(t.cpu), intern(t.same), intern(t.different)])
                    }()),
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
        let capabilities = Array(Set(data.gpus.map(\.computeCapability))).sorted()
        // The Linux x86_64 verdicts, per capability and build; ccs ships them and ccsWin compares with them.
        let linuxVerdicts: [[Verdict]] = capabilities.map { cc in buildVariants.map { resolver.architectureVerdict(cc: cc, variant: $0) } }
        let ccs: [(String, JSONValue)] = zip(capabilities, linuxVerdicts).map { cc, verdicts in
            (cc.description, .array(verdicts.map { .array([.string($0.status.rawValue), intern($0.reason)]) }))
        }
        // The same for the Linux aarch64 wheels (null where a build has none): their own architecture lists.
        let ccsArm: [(String, JSONValue)] = capabilities.map { cc in
            (cc.description, .array(buildVariants.map { variant in
                guard variant.aarch64 != nil else { return .null }
                let verdict = resolver.architectureVerdict(cc: cc, variant: variant, platform: "linux-aarch64")
                return .array([.string(verdict.status.rawValue), intern(verdict.reason)])
            }))
        }
        // The Windows wheels, only where their verdict differs from the Linux x86_64 one (a measured Windows list, or
        // a "no" from the Linux list that is "not recorded" on Windows): per capability, null for builds that agree.
        let ccsWin: [(String, JSONValue)] = zip(capabilities, linuxVerdicts).compactMap { cc, linuxRow in
            var differs = false
            let row: [JSONValue] = zip(buildVariants, linuxRow).map { variant, linux in
                guard variant.platforms.contains("windows") else { return .null }
                let windows = resolver.architectureVerdict(cc: cc, variant: variant, platform: "windows")
                guard windows != linux else { return .null }
                differs = true
                return .array([.string(windows.status.rawValue), intern(windows.reason)])
            }
            return differs ? (cc.description, .array(row)) : nil
        }
        // Per compute capability: the drivers that can drive it and the newest toolkit that builds for it.
        var representative: [Version: GPU] = [:]
        for gpu in data.gpus where representative[gpu.computeCapability].map({ $0.segment == "embedded" && gpu.segment != "embedded" }) ?? true {
            representative[gpu.computeCapability] = gpu
        }
        let pythons: [Version?] = [nil] + Set(data.pytorch.flatMap { release in
            (release.python.min.minor...max(release.python.min.minor, release.python.max.minor)).map { Version([release.python.min.major, $0]) }
        }).sorted()
        let support: [(String, JSONValue)] = representative.keys.sorted().compactMap { cc in
            guard let gpu = representative[cc] else { return nil }
            let window = resolver.support(for: gpu)
            let rules = OperatingSystem.allCases.map { ($0, resolver.gpuDriverRule(window, os: $0)) }
            // Keyed by OS, and `linux-aarch64` for Linux on Arm.
            let platforms = OperatingSystem.allCases.map { ($0.rawValue, $0, CPUArchitecture.x86_64) } + [("linux-aarch64", .linux, .aarch64)]
            let plans: [(String, JSONValue)] = platforms.map { key, os, cpu in
                // No plan for any Python means none for each (a Python only narrows the releases): asked once, the
                // cards that no build runs (Kepler 3.0–3.5) skip walking every release per Python.
                let anyPython = resolver.upgradePlan(gpu: gpu, os: os, python: nil, cpu: cpu)
                return (key, .object(pythons.map { python in
                    let plan = python == nil || anyPython == nil ? anyPython : resolver.upgradePlan(gpu: gpu, os: os, python: python, cpu: cpu)
                    return (python?.description ?? "", plan.map { plan in
                        .object([("torch", .string(plan.release.version.description)), ("tag", .string(plan.variant.tag)),
                                 ("need", .string(plan.need.description)), ("noDriver", intern(plan.noDriver)),
                                 ("fromOlder", intern(plan.fromOlder)), ("fromNothing", intern(plan.fromNothing)),
                                 ("pastLastBranch", plan.pastLastBranch.map { back in
                                     .object([("text", intern(back.sentence)), ("need", .string(back.need.description)), ("tag", .string(back.variant.tag))])
                                 } ?? .null)])
                    } ?? .null)
                }))
            }
            return (cc.description, .object([
                ("floor", .object(rules.map { ($0.0.rawValue, .optional($0.1.floor?.description)) })),
                ("firstCuda", .optional(window.firstCUDA?.description)), ("arch", .string(window.architecture)),
                ("lastCuda", .optional(window.lastCUDA?.version.description)),
                ("lastBranch", window.lastDriverBranch.map { .int($0) } ?? .null),
                // The first driver major that no longer drives the GPU (branches step by five), so scripts only compare.
                ("tooNewFrom", window.lastDriverBranch.map { .int($0 + 5) } ?? .null),
                ("tooOld", .object(rules.map { ($0.0.rawValue, intern($0.1.tooOld)) })),
                ("tooNew", window.lastDriverBranch == nil ? .null : intern(rules[0].1.tooNew)),
                ("upgrade", .object(plans)),
                // Where no build has the GPU's code at any driver: what to do instead, per platform key (or absent).
                ("noBuild", .object(platforms.compactMap { key, os, cpu in resolver.noBuild(gpu: gpu, os: os, cpu: cpu).map { (key, intern($0)) } })),
            ]))
        }
        // Driver branches: both sentences per branch and per last branch a GPU can have ("" for none), `{driver}`
        // open. The page picks `ended` once the reader's month is past `eol`; `branchOf` maps each driver major to
        // its branch, so the page only looks up.
        let lastBranches: [Int?] = [nil] + Array(Set(data.architectures.compactMap(\.lastDriverBranch))).sorted().map { Optional($0) }
        let branches: [JSONValue] = data.driverBranches.map { branch in
            .object([
                ("eol", .optional(branch.endOfLife)),
                ("live", intern(resolver.branchSentences(branch, lastBranch: nil).live)),
                // "?": the GPU is not known (a paste without one, or a name the dataset lacks).
                ("ended", .object(lastBranches.map { last in
                    (last.map(String.init) ?? "", intern(resolver.branchSentences(branch, lastBranch: last).ended))
                } + [("?", intern(resolver.branchEndedForUnknownGPU(branch)))])),
            ])
        }
        let branchOf: [(String, JSONValue)] = data.driverBranches.isEmpty ? [] : (data.driverBranches[0].branch...(data.driverBranches[data.driverBranches.count - 1].branch + 4)).compactMap { major in
            resolver.branchRecord(major: major).flatMap { record in
                data.driverBranches.firstIndex { $0.branch == record.branch }.map { (String(major), JSONValue.int($0)) }
            }
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
            ("gpus", .array(gpus)), ("gpuKeys", .object(keys)),
            ("gpuCompactKeys", .object(GPUIndex.compactKeys(data.gpus).sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })), ("toolkits", .array(toolkits)), ("floors", .array(floors)), ("builds", .array(builds)),
            ("driverRules", .object(driverRules)), ("ccs", .object(ccs)), ("ccsArm", .object(ccsArm)), ("ccsWin", .object(ccsWin)),
            // Arm machines: no CUDA wheels outside Linux (per OS), and the conda note for Arm.
            ("armLinuxOnly", .object(OperatingSystem.allCases.filter { $0 != .linux }.map { os in
                (os.rawValue, .string(data.phrases(.cpuLinuxOnly, ["os": os.label])))
            })),
            ("armConda", .string(data.phrases(.cpuArmConda))), ("support", .object(support)), ("macos", macOS(resolver)),
            ("branches", .array(branches)), ("branchOf", .object(branchOf)),
            ("strings", .array(strings.map { .string($0) })),
            ("unknownCapability", .string(data.phrases(.archUnknownCapability))),
            // "PyTorch {version}（{tag}）": how an upgrade advice names the build the machine runs now.
            ("buildName", .string(data.phrases(.upgradeBuild))),
            ("notAModel", NotAModel.table(data)),
            ("gpuSuffix", .string(GPUIndex.suffixPattern)),
            ("sharedNames", SharedNames.table(data)),
            ("otherVendors", .array(OtherVendors.all.map { .array([.string($0.pattern), .string(OtherVendors.template(for: $0, phrases: data.phrases))]) })),
            ("diagnosis", data.diagnosis?.json ?? .null),
        ])
    }

    /// The macOS answer for each package manager: the explanation and `[torch, python min, python max, command,
    /// default python]` rows; a command may hold `{python}`, filled with the reader's Python or the default.
    /// The pip-in-conda command for `pip`, with `{python}` where the page puts the reader's Python.
    private static func condaPipTemplate(_ pip: String) -> String {
        Resolver.pipInConda(pip, python: Version([999])).replacingOccurrences(of: "999", with: "{python}")
    }

    private static func macOS(_ resolver: Resolver) -> JSONValue {
        .object([("explanation", .string(resolver.macOSExplanation)), ("reason", .string(resolver.macOSReason))] + PackageManager.allCases.map { manager in
            (manager.rawValue, .array(resolver.macOSBuilds(python: nil, packageManager: manager).map { build in
                let template = manager == .conda && build.variant.conda == nil
                    ? condaPipTemplate(build.pip) : build.command
                return .array([.string(build.release.version.description), .string(build.release.python.min.description),
                               .string(build.release.python.max.description), .string(template),
                               .string(Resolver.defaultPython(build.release).description)])
            }))
        })
    }

    /// `window.GPUKB_COMPAT = {…};`
    public static func script(_ data: CompatDataset) -> String { script(json: make(data).render()) }

    /// `window.GPUKB_COMPAT = {…};` around JSON already rendered (the build renders it once for the page and check_env.py).
    public static func script(json: String) -> String { "window.GPUKB_COMPAT = " + json + ";\n" }
}
