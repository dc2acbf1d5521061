import ArgumentParser
import Compat
import Foundation

/// `gpukb query`: look one record up.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query", abstract: "Look up a CUDA release, a driver, a GPU or a PyTorch release in the dataset.",
        discussion: "Unknown names exit 2 with the closest known ones.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case cuda, driver, gpu, pytorch
    }

    @OptionGroup var dataset: DatasetOptions

    @Argument(help: "What to look up: cuda, driver, gpu or pytorch.")
    var kind: Kind

    @Argument(help: "Version or name, e.g. 12.8.1, \"12.8 Update 1\", 536.23, \"RTX 4090\", 2.1.2.")
    var name: String

    @Option(name: .long, help: "Operating system for driver look-ups: linux, windows or wsl2.")
    var os: String = "linux"

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Answer as of this month (YYYY-MM) instead of the current one: whether a driver branch has ended.", visibility: .hidden))
    var month: String?

    func run() throws {
        let queries = Queries(data: try dataset.load(speaking: true), month: try MonthOption.parse(month))
        let value: JSONValue
        do {
            switch kind {
            case .cuda: value = queries.cudaJSON(try queries.cuda(name))
            case .gpu: value = queries.gpuJSON(try queries.gpu(name))
            case .pytorch: value = queries.pytorchJSON(try queries.pytorch(name))
            case .driver: value = queries.driverJSON(try queries.driverVersion(name), os: try OSOption.parse(os))
            }
        } catch {
            Console.error("error: \(error.description)\n")
            throw ExitCode(2)
        }
        print(json ? value.render(pretty: true) : TextReport.render(value))
    }
}

/// `gpukb resolve`: the PyTorch builds that run on a machine.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "List the PyTorch builds that run on a GPU, OS and driver, best first, with reasons.")

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "GPU name or alias, e.g. \"RTX 4090\" or 4090 (not needed with --os macos).")
    var gpu: String?

    @Option(name: .long, help: "Installed driver, e.g. 536.23.")
    var driver: String?

    @Option(name: .long, help: "linux, windows, wsl2 or macos.")
    var os: String = "linux"

    @Option(name: .long, help: "Python version, e.g. 3.11.")
    var python: String?

    @Option(name: .long, help: "pip, conda or uv.")
    var pm: String = "pip"

    @Option(name: .long, help: "The CPU: x86_64 or aarch64 (Arm). Default: the GPU's own (Grace and Jetson parts are aarch64), else x86_64.")
    var cpu: String?

    @Option(name: .long, help: "Show at most this many builds.")
    var limit: Int?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Answer as of this month (YYYY-MM) instead of the current one: whether a driver branch has ended.", visibility: .hidden))
    var month: String?

    func run() throws {
        let queries = Queries(data: try dataset.load(speaking: true), month: try MonthOption.parse(month))
        if os.lowercased() == "macos" || os.lowercased() == "mac" {
            let value = queries.macOSJSON(python: python.flatMap { Version($0)?.majorMinor }, packageManager: PackageManager(rawValue: pm) ?? .pip)
            print(json ? value.render(pretty: true) : TextReport.render(value))
            return
        }
        let request: ResolveRequest
        do {
            guard let gpu else {
                throw UnknownRecordError(what: "GPU: --gpu is required (except with --os macos)", suggestions: [])
            }
            guard let manager = PackageManager(rawValue: pm) else {
                throw UnknownRecordError(what: "package manager '\(pm)'", suggestions: PackageManager.allCases.map(\.rawValue))
            }
            var pythonVersion: Version?
            if let python {
                guard let version = Version(python), version.parts.count >= 2 else {
                    throw UnknownRecordError(what: "Python version '\(python)'; expected e.g. 3.11", suggestions: [])
                }
                pythonVersion = version.majorMinor
            }
            let card = try queries.gpu(gpu)
            var architecture: CPUArchitecture?
            if let cpu {
                let aliases = ["amd64": CPUArchitecture.x86_64, "x64": .x86_64, "arm64": .aarch64, "arm": .aarch64]
                guard let parsed = CPUArchitecture(rawValue: cpu.lowercased()) ?? aliases[cpu.lowercased()] else {
                    throw UnknownRecordError(what: "CPU '\(cpu)'", suggestions: CPUArchitecture.allCases.map(\.rawValue))
                }
                if let own = card.cpu, own != parsed {
                    Console.error("error: --cpu \(cpu): \(card.name) comes only in systems with an \(own.rawValue) CPU; leave --cpu out or pass \(own.rawValue)\n")
                    throw ExitCode(2)
                }
                architecture = parsed
            }
            request = ResolveRequest(gpu: card, os: try OSOption.parse(os), driver: try driver.map { try queries.driverVersion($0) },
                                     python: pythonVersion, packageManager: manager, cpu: architecture)
        } catch let error as UnknownRecordError {
            Console.error("error: \(error.description)\n")
            throw ExitCode(2)
        }
        let value = queries.resolveJSON(request, limit: limit)
        if json {
            print(value.render(pretty: true))
        } else {
            let support = queries.resolver.support(for: request.gpu)
            // A module the wheels do not serve is said once, here, not again under every build.
            let module = queries.resolver.jetsonVerdict(request.gpu).flatMap { $0.status == .unsupported ? $0.reason : nil }
            if let note = queries.resolver.platformNote(request) { print("\(module == nil ? request.cpu.rawValue : "platform"): \(note)") }
            if let driver = request.driver, let refusal = queries.resolver.gpuDriverVerdict(support, driver: driver, os: request.os) {
                print("cannot run: \(refusal.reason)")
            }
            if let driver = request.driver, queries.resolver.gpuDriverVerdict(support, driver: driver, os: request.os) == nil,
               let standing = queries.resolver.branchStanding(driver: driver, lastBranch: support.lastDriverBranch, month: queries.month) {
                print("branch: \(standing.sentence)")
            }
            let fits = queries.resolver.resolve(request)
            if let advice = queries.resolver.upgrade(for: request) {
                print("upgrade: \(advice.reason)")
                if let command = advice.target(in: fits)?.command { print("    then $ \(command)") }
            } else if let sentence = queries.resolver.noBuild(gpu: request.gpu, os: request.os, cpu: request.cpu) {
                print("no build: \(sentence)")
            }
            for fit in fits.prefix(limit ?? 10) {
                print("[\(fit.status.rawValue)] PyTorch \(fit.release.version) \(fit.variant.tag)  (Python \(fit.release.python.min)–\(fit.release.python.max))")
                for reason in fit.reasons where reason != module { print("    - \(reason)") }
                if let command = fit.command { print("    $ \(command)") }
            }
        }
    }
}

enum OSOption {
    static func parse(_ text: String) throws(UnknownRecordError) -> OperatingSystem {
        guard let os = OperatingSystem(rawValue: text.lowercased()) else {
            throw UnknownRecordError(what: "operating system '\(text)'", suggestions: OperatingSystem.allCases.map(\.rawValue))
        }
        return os
    }
}

/// Prints a JSON answer as indented `key: value` lines for people.
enum TextReport {
    static func render(_ value: JSONValue, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .object(let members):
            return members.map { key, member in
                switch member {
                case .object, .array: return "\(pad)\(key):\n" + render(member, indent: indent + 1)
                default: return "\(pad)\(key): \(render(member))"
                }
            }.joined(separator: "\n")
        case .array(let items):
            return items.map { item in
                if case .object = item { return render(item, indent: indent) }
                return "\(pad)- \(render(item))"
            }.joined(separator: "\n")
        case .string(let text): return text
        case .null: return "—"
        default: return value.render()
        }
    }
}

/// `--month YYYY-MM`: the month an answer is given for.
enum MonthOption {
    static func parse(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard text.range(of: #"^[0-9]{4}-(0[1-9]|1[0-2])$"#, options: .regularExpression) != nil else {
            Console.error("error: --month '\(text)': expected a month like 2026-12\n")
            throw ExitCode(2)
        }
        return text
    }
}
