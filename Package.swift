// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "gpukb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gpukb", targets: ["gpukb"]),
        // For the libFuzzer harnesses in Tests/fuzz/swift (a separate package, built only by `make fuzz`).
        .library(name: "GPUKBCore", targets: ["Markup", "Compat", "Search"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "Markup", dependencies: ["CMarkGFM", "Diagnostics"]),
        .target(name: "Compat", dependencies: [
            "Diagnostics",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Search"),
        // Bench reads run files through Compat's YAMLReader (JSON is YAML), whose nodes are Yams values.
        .target(name: "Bench", dependencies: ["Compat", "Diagnostics", .product(name: "Yams", package: "Yams")]),
        // Snippets reads recorded runs through Compat's YAMLReader (positions in JSON) and shares the environment
        // fingerprint model with Bench: both runners splice the same fingerprint block.
        .target(name: "Snippets", dependencies: ["Bench", "Compat", "Diagnostics", .product(name: "Yams", package: "Yams")]),
        .target(name: "Theme", dependencies: [
            "Diagnostics",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "SitePipeline", dependencies: [
            "Diagnostics", "Markup", "Theme", "Compat", "Search", "Bench", "Snippets",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The dev server: the site in memory, file watching, incremental rebuilds, live reload. FlyingFox is a small
        // maintained HTTP server (a clean debug build adds ~10 s, against ~165 s for Hummingbird).
        .target(name: "Server", dependencies: ["SitePipeline", "Diagnostics", .product(name: "FlyingFox", package: "FlyingFox")]),
        .target(name: "GPUKBCommands", dependencies: [
            "SitePipeline", "Compat", "Bench", "Snippets", "Server",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // On Linux the tool allocates through jemalloc: glibc's malloc spent about a fifth of a 10 000-page build's
        // CPU in its arenas (pages are built on one thread and freed on another); jemalloc cut user time by ~20%.
        .executableTarget(name: "gpukb", dependencies: ["GPUKBCommands"],
                          linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme"]),
        .testTarget(name: "CompatTests", dependencies: ["Compat"]),
        .testTarget(name: "SearchTests", dependencies: ["Search"]),
        .testTarget(name: "BenchTests", dependencies: ["Bench"]),
        .testTarget(name: "SnippetsTests", dependencies: ["Snippets"]),
        .testTarget(name: "ServerTests", dependencies: ["Server"]),
        .testTarget(name: "SitePipelineTests", dependencies: ["SitePipeline", "Theme", "Diagnostics"]),
        .testTarget(name: "GPUKBCommandsTests", dependencies: ["GPUKBCommands"]),
    ],
    swiftLanguageModes: [.v6]
)
