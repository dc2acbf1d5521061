import Testing
@testable import Compat

@Suite struct ResolverTests {
    let data = Fixture.dataset
    var resolver: Resolver { Resolver(data: data) }
    var queries: Queries { Queries(data: data) }

    func v(_ text: String) -> Version { Version(text) ?? Version([0]) }

    @Test func newestToolkitFollowsTheTableForEachOS() {
        #expect(resolver.driver(v("535.104.05"), os: .linux).newestToolkit?.version == v("12.2.0"))
        #expect(resolver.driver(v("536.23"), os: .windows).newestToolkit?.version == v("12.1.1"), "536.23 is below 12.2's 536.25")
        #expect(resolver.driver(v("536.25"), os: .windows).newestToolkit?.version == v("12.2.0"))
        #expect(resolver.driver(v("536.25"), os: .wsl2).newestToolkit?.version == v("12.2.0"), "WSL2 reads the Windows column")
        #expect(resolver.driver(v("580.65.06"), os: .linux).newestToolkit?.version == v("13.0.0"))
        #expect(resolver.driver(v("400.1"), os: .linux).newestToolkit == nil)
    }

    @Test func minorVersionCompatibilityReachesTheNewestReleaseOfTheMajor() throws {
        let answer = resolver.driver(v("525.60.13"), os: .linux)
        #expect(answer.newestToolkit?.version == v("12.0.0"))
        let beyond = try #require(answer.minorCompat)
        #expect(beyond.release.version == v("12.8.1"))
        #expect(beyond.floor == v("525.60.13"))
        #expect(resolver.driver(v("600.1"), os: .windows).newestToolkit?.version == v("12.8.1"), "13.0 has no Windows row")
        #expect(resolver.driver(v("600.1"), os: .windows).minorCompat?.release.version == v("13.0.0"))
    }

    @Test func wheelWithTheExactArchitectureIsOK() {
        let variant = data.pytorch[1].variants[0]
        #expect(resolver.architectureVerdict(cc: v("12.0"), variant: variant).status == .ok)
    }

    @Test func lowerMinorOfTheSameMajorRunsByCubinCompatibility() {
        let verdict = resolver.architectureVerdict(cc: v("8.9"), variant: data.pytorch[0].variants[0])
        #expect(verdict.status == .ok)
        #expect(verdict.reason.contains("sm_86"))
    }

    @Test func newerArchitectureWithoutCodeIsUnsupported() {
        let verdict = resolver.architectureVerdict(cc: v("12.0"), variant: data.pytorch[0].variants[1])
        #expect(verdict.status == .unsupported)
        #expect(verdict.reason.contains("no kernel image"))
        #expect(resolver.architectureVerdict(cc: v("6.1"), variant: data.pytorch[1].variants[0]).status == .unsupported, "cu128 starts at sm_75")
    }

    @Test func ptxOnlyIsLimited() {
        var variant = data.pytorch[0].variants[1]
        variant.ptx = v("9.0")
        let verdict = resolver.architectureVerdict(cc: v("12.0"), variant: variant)
        #expect(verdict.status == .limited)
        #expect(verdict.reason.contains("compute_90"))
        #expect(resolver.architectureVerdict(cc: v("12.1"), variant: data.pytorch[1].variants[0]).status == .ok, "12.1 runs the 12.0 cubin")
    }

    @Test func withoutAnArchListTheToolkitDecides() {
        let cu130 = data.pytorch[1].variants[1]
        #expect(resolver.architectureVerdict(cc: v("8.9"), variant: cu130).status == .limited)
        let removed = resolver.architectureVerdict(cc: v("6.1"), variant: cu130)
        #expect(removed.status == .unsupported)
        #expect(removed.reason.contains("Pascal"))
    }

    @Test func withoutAnArchListAGPUBelowPyTorchsBinaryFloorIsUnsupported() throws {
        let floors = """
        binary_floors:
          - since: "2.5.0"
            lowest: "8.0"
            source: https://github.com/pytorch/pytorch/issues/24205
        """
        // 2.9.0's cu128 list is made to start at 8.0, so that the floor agrees with every list it covers.
        let pytorch = Fixture.pytorch.replacingOccurrences(of: "arch_list: [\"7.5\", \"8.0\", \"8.6\", \"9.0\", \"10.0\", \"12.0\"]",
                                                           with: "arch_list: [\"8.0\", \"8.6\", \"9.0\", \"10.0\", \"12.0\"]")
        #expect(pytorch != Fixture.pytorch)
        let (floored, problems) = Fixture.load(["pytorch.yaml": floors + "\n" + pytorch])
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let resolver = Resolver(data: floored)
        let cu130 = try #require(floored.pytorch.last?.variants.last)
        #expect(cu130.binaryFloor?.lowest == v("8.0"), "2.9.0 is past the floor's 2.5.0")
        #expect(floored.pytorch.first?.variants.first?.binaryFloor == nil, "2.1.2 is before it")
        let below = resolver.architectureVerdict(cc: v("7.5"), variant: cu130)
        #expect(below.status == .unsupported)
        #expect(below.reason.contains("sm_80") && below.reason.contains("sm_75") && below.reason.contains("2.5"))
        #expect(resolver.architectureVerdict(cc: v("8.9"), variant: cu130).status == .limited, "at or above the floor the list stays unknown")
        #expect(resolver.architectureVerdict(cc: v("6.1"), variant: cu130).reason.contains("Pascal"), "the toolkit's own no comes first")

        // A recorded list below the floor contradicts it.
        let (_, wrong) = Fixture.load(["pytorch.yaml": floors.replacingOccurrences(of: "2.5.0", with: "2.0.0") + "\n" + pytorch])
        #expect(wrong.contains { $0.message.contains("arch_list has 3.7, below the binary floor 8.0") })
        let (_, unknown) = Fixture.load(["pytorch.yaml": floors.replacingOccurrences(of: "\"8.0\"", with: "\"4.4\"") + "\n" + pytorch])
        #expect(unknown.contains { $0.message.contains("unknown compute capability 4.4") })
    }

    @Test func driverBetweenTheFloorAndTheMinimumIsLimited() {
        let rule = resolver.driverRule(cuda: v("12.1"), os: .linux)
        #expect(resolver.check(rule, driver: v("535.54.03")).status == .ok)
        #expect(resolver.check(rule, driver: v("527.0")).status == .limited)
        #expect(resolver.check(rule, driver: v("520.61.05")).status == .unsupported)
        #expect(resolver.check(rule, driver: v("527.0")).reason.contains("525.60.13"))
    }

    @Test func pythonOutsideTheRangeIsUnsupported() {
        #expect(resolver.pythonVerdict(v("3.12"), release: data.pytorch[0]).status == .unsupported)
        #expect(resolver.pythonVerdict(v("3.11.4"), release: data.pytorch[0]).status == .ok)
    }

    @Test func condaWithoutAPackageInstallsTheWheelWithPipInsideConda() throws {
        let gpu = try queries.gpu("4090")
        let fits = resolver.resolve(ResolveRequest(gpu: gpu, os: .linux, driver: v("580.65.06"), python: v("3.11"), packageManager: .conda))
        let cu121 = try #require(fits.first { $0.variant.tag == "cu121" })
        #expect(cu121.status == .ok)
        #expect(cu121.command?.hasPrefix("conda create -n torch python=3.11 -y && conda activate torch && pip install torch==") == true)
        #expect(cu121.reasons.contains { $0.contains("没有官方 conda 包") })
        #expect(fits.first { $0.variant.tag == "cu118" }?.command?.hasPrefix("conda install") == true)
    }

    @Test func driverBranchesStepByFiveSoWindowsReleasesBelongToTheirBranch() {
        #expect(Resolver.branch(of: v("581.57")) == 580)
        #expect(Resolver.branch(of: v("474.89")) == 470)
        #expect(Resolver.branch(of: v("590.44.01")) == 590)
        #expect(Resolver.branch(of: v("536.23")) == 535)
    }

    @Test func aGPUNeedsTheDriverOfTheFirstToolkitThatSupportsIt() throws {
        let support = resolver.support(cc: v("8.9"))
        #expect(support.firstCUDA == v("11.8"))
        let floor = try #require(support.floor(.linux))
        #expect(resolver.gpuDriverVerdict(support, driver: floor, os: .linux) == nil)
        let below = try #require(resolver.gpuDriverVerdict(support, driver: v("470.57.02"), os: .linux))
        #expect(below.status == .unsupported && below.reason.contains(floor.description))
    }

    @Test func buildsAreRankedByStatusThenNewestPyTorchThenNewestCUDA() throws {
        let gpu = try queries.gpu("RTX 4090")
        let fits = resolver.resolve(ResolveRequest(gpu: gpu, os: .linux, driver: v("580.65.06"), python: v("3.11")))
        #expect(fits.map { "\($0.release.version) \($0.variant.tag) \($0.status.rawValue)" } == [
            "2.9.0 cu128 ok", "2.1.2 cu121 ok", "2.1.2 cu118 ok", "2.9.0 cu130 limited",
        ])
        let windows = resolver.resolve(ResolveRequest(gpu: gpu, os: .windows, driver: v("536.23")))
        #expect(!windows.contains { $0.variant.tag == "cu130" }, "cu130 has no Windows wheel in the fixture")
    }

    @Test func queriesAcceptTheNamesPeopleType() throws {
        #expect(try queries.cuda("12.8 Update 1").version == v("12.8.1"))
        #expect(try queries.cuda("12.8").version == v("12.8.0"))
        #expect(try queries.gpu("NVIDIA GeForce RTX 4090").name == "GeForce RTX 4090")
        #expect(try queries.gpu("rtx  4090").name == "GeForce RTX 4090")
        #expect(try queries.pytorch("2.1").version == v("2.1.2"))
        #expect(Queries.parseDriver("| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2 |") == v("535.104.05"))
        #expect(throws: UnknownRecordError.self) { try queries.gpu("RTX 4099") }
        do {
            _ = try queries.gpu("RTX 4099")
        } catch {
            #expect(error.suggestions.first == "RTX 4090")
        }
    }

    @Test func jsonAnswersUseTheDocumentedKeys() throws {
        let cuda = queries.cudaJSON(try queries.cuda("12.8.1")).render()
        #expect(cuda.hasPrefix(#"{"version":"12.8.1","name":"12.8 Update 1","min_driver":{"linux":"570.124.06","windows":"572.61"}"#))
        let torch = queries.pytorchJSON(try queries.pytorch("2.1.2")).render()
        #expect(torch.contains(#""python":{"min":"3.8","max":"3.11"},"cuda":["11.8","12.1"],"torchvision":"0.16.2","torchaudio":"2.1.2""#))
        let driver = queries.driverJSON(v("536.23"), os: .windows).render()
        #expect(driver.hasPrefix(#"{"driver":"536.23","os":"windows","newest_toolkit":{"version":"12.1.1","name":"12.1 Update 1"}"#))
    }
}
