import Diagnostics
import Foundation
import Testing
@testable import Compat

/// Arm (aarch64) machines: Grace (GH200, GB200, GB300, DGX Spark), Jetson Thor and Arm servers get PyTorch's Linux
/// aarch64 wheels, which are compiled for their own architecture list.
@Suite struct ArmTests {
    /// The project's dataset, with the lists read from PyTorch's release notes and build matrices.
    static let data = VendorImporterTests.dataset
    var resolver: Resolver { Resolver(data: Self.data) }
    var queries: Queries { Queries(data: Self.data) }

    func gpu(_ name: String) throws -> GPU { try queries.gpu(name) }

    func fit(_ fits: [BuildFit], _ version: String, _ tag: String) -> BuildFit? {
        fits.first { $0.release.version.description == version && $0.variant.tag == tag }
    }

    @Test func graceAndThorPartsAreJudgedAsArmWithoutBeingTold() throws {
        for name in ["GH200", "GB200", "GB300", "DGX Spark", "Jetson AGX Thor"] {
            #expect(ResolveRequest(gpu: try gpu(name), os: .linux, driver: nil).cpu == .aarch64, "\(name)")
        }
        #expect(ResolveRequest(gpu: try gpu("H100"), os: .linux, driver: nil).cpu == .x86_64)
        #expect(ResolveRequest(gpu: try gpu("H100"), os: .linux, driver: nil, cpu: .aarch64).cpu == .aarch64, "an Arm server with an H100")
    }

    @Test func theAarch64WheelHasItsOwnArchitectureList() throws {
        let t4 = try gpu("T4")
        let x86 = resolver.resolve(ResolveRequest(gpu: t4, os: .linux, driver: nil))
        let arm = resolver.resolve(ResolveRequest(gpu: t4, os: .linux, driver: nil, cpu: .aarch64))
        #expect(fit(x86, "2.14.1", "cu126")?.status == .ok)
        let armFit = try #require(fit(arm, "2.14.1", "cu126"))
        #expect(armFit.status == .unsupported, "the aarch64 cu126 wheel has sm_80 and sm_90 only")
        #expect(armFit.reasons.contains { $0.contains("sm_80 sm_90") && $0.contains("sm_75") })
        #expect(!arm.contains { $0.status == .ok }, "no aarch64 wheel with a recorded list has sm_75")
    }

    @Test func onlyVariantsWithArmWheelsAreOffered() throws {
        let fits = resolver.resolve(ResolveRequest(gpu: try gpu("GB200"), os: .linux, driver: nil))
        #expect(!fits.isEmpty)
        #expect(fits.allSatisfy { $0.variant.aarch64 != nil })
        #expect(fit(fits, "2.4.0", "cu118") == nil, "cu118 was never built for aarch64")
        #expect(fit(fits, "2.14.1", "cu126")?.status == .unsupported, "the aarch64 cu126 wheel has no Blackwell code")
        #expect(fit(fits, "2.14.1", "cu130")?.status == .ok)
        let unknown = try #require(fit(fits, "2.6.0", "cu126"))
        #expect(unknown.status != .ok, "an aarch64 wheel whose list was not found is never called fine")
    }

    @Test func jetsonThorRunsTheArmCUDA13WheelsWithSm110() throws {
        let fits = resolver.resolve(ResolveRequest(gpu: try gpu("Jetson AGX Thor"), os: .linux, driver: nil))
        let best = try #require(fits.first)
        #expect(best.status == .ok)
        #expect(best.variant.cuda?.major == 13)
        #expect(best.reasons.contains { $0.contains("sm_110") })
        #expect(fit(fits, "2.9.1", "cu128")?.status == .unsupported, "the aarch64 cu128 wheel has no sm_110")
    }

    @Test func noArmCUDAWheelsOutsideLinux() throws {
        let request = ResolveRequest(gpu: try gpu("DGX Spark"), os: .windows, driver: nil)
        #expect(request.wheelPlatform == nil)
        #expect(resolver.resolve(request).isEmpty)
        #expect(resolver.platformNote(request)?.contains("Windows") == true)
        #expect(resolver.upgradePlan(gpu: request.gpu, os: .windows, python: nil, cpu: .aarch64) == nil)
    }

    @Test func condaOnArmInstallsTheWheelWithPip() throws {
        let request = ResolveRequest(gpu: try gpu("GH200"), os: .linux, driver: nil, packageManager: .conda)
        let old = try #require(fit(resolver.resolve(request), "2.5.1", "cu124"))
        #expect(old.variant.conda != nil, "the x86_64 conda package exists")
        #expect(old.command?.contains("pip install torch==2.5.1") == true)
        #expect(old.command?.hasPrefix("conda create") == true)
    }

    @Test func theUpgradeAdviceCountsOnlyArmBuilds() throws {
        let gh200 = try gpu("GH200")
        let plan = try #require(resolver.upgradePlan(gpu: gh200, os: .linux, python: nil, cpu: .aarch64))
        #expect(plan.variant.aarch64 != nil)
        let advice = resolver.upgrade(for: ResolveRequest(gpu: gh200, os: .linux, driver: Version("535.104.05")))
        #expect(advice?.variant.aarch64 != nil)
    }

    @Test func armFieldsAreCheckedAndFormattedBack() throws {
        let gpus = Fixture.gpus.replacingOccurrences(of: "    memory_gb: 24\n", with: "    memory_gb: 24\n    cpu: \"sparc\"\n")
        #expect(gpus != Fixture.gpus)
        let pytorch = Fixture.pytorch
            .replacingOccurrences(of: "        ptx: \"12.0\"\n", with: "        ptx: \"12.0\"\n        aarch64:\n          arch_list: [\"8.0\", \"9.0\", \"10.0\", \"12.0\"]\n          source: \"https://github.com/pytorch/pytorch/pull/163764\"\n")
        let (_, diagnostics) = Fixture.load(["gpus.yaml": gpus, "pytorch.yaml": pytorch])
        let cpu = try #require(diagnostics.first { $0.message.contains("unknown cpu 'sparc'") })
        #expect(cpu.location.line > 0 && cpu.location.column > 0)

        let (data, clean) = Fixture.load(["pytorch.yaml": pytorch])
        #expect(clean.filter { $0.severity == .error }.isEmpty, "\(clean)")
        let variant = try #require(data.pytorch.flatMap(\.variants).first { $0.aarch64 != nil })
        #expect(variant.aarch64?.archList == ["8.0", "9.0", "10.0", "12.0"].compactMap { Version($0) })
        let formatted = try #require(DatasetFormatter.format("pytorch.yaml", data))
        #expect(formatted.contains("aarch64:\n          arch_list: [\"8.0\", \"9.0\", \"10.0\", \"12.0\"]\n          source: "))
        let (reloaded, _) = Fixture.load(["pytorch.yaml": formatted])
        #expect(reloaded.pytorch.flatMap(\.variants).first { $0.aarch64 != nil }?.aarch64 == variant.aarch64)

        let cpuVariant = Fixture.pytorch.replacingOccurrences(
            of: "        pip: \"pip install torch==2.9.0 --index-url https://download.pytorch.org/whl/cu130\"\n",
            with: "        pip: \"pip install torch==2.9.0 --index-url https://download.pytorch.org/whl/cu130\"\n      - tag: \"cpu\"\n        platforms: [\"linux\"]\n        aarch64: {source: \"https://example.org\"}\n        pip: \"pip install torch==2.9.0\"\n")
        #expect(cpuVariant != Fixture.pytorch)
        let (_, wrong) = Fixture.load(["pytorch.yaml": cpuVariant])
        #expect(wrong.contains { $0.message.contains("the CPU variant 'cpu' has none") })
    }
}

@Suite struct GPUNameTests {
    let index = GPUIndex(VendorImporterTests.dataset.gpus)

    @Test func nvidiaSmiBoardNamesFindTheirModelAndNothingElseIsCut() {
        #expect(index.find("Tesla V100-SXM2-32GB")?.name == index.find("V100")?.name)
        #expect(index.find("Tesla P100-PCIE-16GB")?.name == index.find("P100")?.name)
        #expect(index.find("NVIDIA H100-SXM5-80GB")?.computeCapability == Version("9.0"))
        #expect(index.find("RTX 4099-PCIE") == nil, "an unknown model stays unknown")
        #expect(index.find("-PCIE-16GB") == nil)
        #expect(GPUIndex.withoutBoardSuffix("geforce rtx 3060-ti") == nil, "-ti is not a board suffix")
    }

    @Test func memoryAndMaxQVariantsFindTheirModel() {
        #expect(index.find("GTX 1060 6GB")?.name == index.find("GTX 1060")?.name)
        #expect(index.find("NVIDIA GeForce GTX 1060 3GB")?.computeCapability == Version("6.1"))
        #expect(index.find("RTX 2060 12 GB")?.name == index.find("RTX 2060")?.name)
        #expect(index.find("GeForce GTX 1070 with Max-Q Design")?.name == index.find("GTX 1070")?.name)
        #expect(index.find("GTX 1080 Max-Q")?.name == index.find("GTX 1080")?.name)
        #expect(index.find("6GB") == nil, "a size alone is no GPU")
        #expect(index.find("RTX 4099 12GB") == nil, "an unknown model stays unknown")
        #expect(GPUIndex.withoutBoardSuffix("rtx 2060 super") == nil)
    }
}
