// swift-tools-version: 6.0
// libFuzzer harnesses over gpukb's parsers. Built only by `make fuzz` (swift build -Xswiftc -sanitize=fuzzer),
// never by `make test`: each harness feeds libFuzzer's inputs to one public entry point and traps on nothing else.
import PackageDescription

let package = Package(
    name: "gpukb-fuzz",
    dependencies: [.package(name: "gpukb", path: "../../..")],
    targets: [
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "GPUKBCore", package: "gpukb")]),
        .executableTarget(name: "FuzzDataset", dependencies: [.product(name: "GPUKBCore", package: "gpukb")]),
        .executableTarget(name: "FuzzTokenizer", dependencies: [.product(name: "GPUKBCore", package: "gpukb")]),
        .executableTarget(name: "FuzzDriverTable", dependencies: [.product(name: "GPUKBCore", package: "gpukb")]),
    ]
)
