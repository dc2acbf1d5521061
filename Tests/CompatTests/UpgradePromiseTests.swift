import Foundation
import Testing
@testable import Compat

/// The resolver's advice, checked over the whole dataset: a reader who follows it gets what it promised. Every kind
/// of GPU in the dataset, on Linux, Windows and WSL2, from drivers older than any build to drivers past Kepler's and Pascal's last branches.
@Suite struct UpgradePromiseTests {
    static let data = VendorImporterTests.dataset
    var resolver: Resolver { Resolver(data: Self.data) }

    static let drivers: [OperatingSystem: [String?]] = [
        .linux: [nil, "384.81", "450.80.02", "470.256.02", "525.60.13", "550.54.14", "570.86.10", "580.65.06", "595.45.04"],
        .windows: [nil, "391.35", "456.71", "472.12", "528.49", "552.22", "572.16", "581.57"],
        .wsl2: ["472.12", "566.36", "581.57"],
    ]

    /// (request, what went wrong) for every promise the advice breaks.
    func broken() -> [String] {
        var out: [String] = []
        // The answers depend on a GPU's compute capability, its CPU and whether it is a module (Jetson, DRIVE, IGX):
        // one GPU of each kind stands for the rest (the whole list takes minutes in a debug build).
        var seen = Set<String>()
        let kinds = Self.data.gpus.filter { gpu in
            seen.insert("\(gpu.computeCapability) \(String(describing: gpu.cpu)) \(resolver.jetsonVerdict(gpu) != nil)").inserted
        }
        for gpu in kinds {
            for (os, drivers) in Self.drivers {
                for driver in drivers {
                    let request = ResolveRequest(gpu: gpu, os: os, driver: driver.flatMap { Version($0) })
                    let where_ = "\(gpu.name) \(os.rawValue) \(driver ?? "no driver")"
                    // No build runs on a driver older than the GPU, or on a branch past its last one.
                    if let given = request.driver, let ok = resolver.resolve(request).first(where: { $0.status == .ok }) {
                        let support = resolver.support(for: gpu)
                        let column: OperatingSystem = os == .linux ? .linux : .windows
                        if let floor = support.floor(column), given < floor {
                            out.append("\(where_): \(ok.release.version) \(ok.variant.tag) is ok below the GPU's driver floor \(floor)")
                        }
                        if let last = support.lastDriverBranch, Resolver.branch(of: given) > last {
                            out.append("\(where_): \(ok.release.version) \(ok.variant.tag) is ok past the GPU's last branch R\(last)")
                        }
                    }
                    guard let advice = resolver.upgrade(for: request) else { continue }
                    // Following it: that driver, the build it names.
                    let after = ResolveRequest(gpu: gpu, os: os, driver: advice.driver, cpu: request.cpu)
                    let fits = resolver.resolve(after)
                    guard let fit = fits.first(where: { $0.release.version == advice.release.version && $0.variant.tag == advice.variant.tag }) else {
                        out.append("\(where_): advice names \(advice.release.version) \(advice.variant.tag), which resolve does not list")
                        continue
                    }
                    if fit.status != .ok {
                        out.append("\(where_): at \(advice.driver) the advised \(advice.release.version) \(advice.variant.tag) is \(fit.status)")
                    }
                    // The sentence names the same build and driver as the fields.
                    if !advice.reason.contains(advice.driver.description) || !advice.reason.contains(advice.variant.tag) {
                        out.append("\(where_): the sentence does not name \(advice.driver) \(advice.variant.tag): \(advice.reason)")
                    }
                    // And nothing newer is ok at that driver than what it promised.
                    if let best = fits.first(where: { $0.status == .ok }), best.release.version > advice.release.version {
                        out.append("\(where_): at \(advice.driver) \(best.release.version) is ok, newer than the advised \(advice.release.version)")
                    }
                }
            }
        }
        return out
    }

    @Test func followingTheUpgradeAdviceGivesTheBuildItNamesForEveryGPU() {
        let problems = broken()
        #expect(problems.isEmpty, "\(problems.count) broken promises, first: \(problems.prefix(8).joined(separator: "\n"))")
    }
}
