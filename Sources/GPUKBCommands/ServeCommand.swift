import ArgumentParser
import SitePipeline
import Foundation
import Server

/// `gpukb serve`: the dev server with live reload.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build into memory, serve on loopback, rebuild on save and reload open pages.")

    @Option(name: .long, help: "Project root holding content/ and themes/.")
    var root: String = "."

    @Option(name: .long, help: "Folder holding themes (default: <root>/themes).")
    var themes: String?

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 1313

    @Option(name: .long, help: "Address to bind; the default serves this machine only.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    func run() async throws {
        let options = BuildOptions(root: URL(fileURLWithPath: root), rootDisplay: root == "." ? "" : root, includeDrafts: drafts,
                                   themesDirectory: themes.map { URL(fileURLWithPath: $0) })
        if host != "127.0.0.1" && host != "::1" && host != "localhost" {
            Console.error("warning: serving on \(host): other machines on the network can read the site\n")
        }
        let openBrowser = open
        let server = DevServer(options: DevServer.Options(build: options, host: host == "localhost" ? "127.0.0.1" : host, port: port, onListening: { url in
            FileHandle.standardOutput.write(Data("serving on \(url)  (Ctrl+C stops)\n".utf8))
            if openBrowser { ServeCommand.launchBrowser(url) }
        }), log: { line in
            FileHandle.standardOutput.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
        })
        do {
            try await server.run()
        } catch {
            Console.error("error: cannot serve on \(host):\(port): \(error)\n")
            throw ExitCode(1)
        }
    }

    static func launchBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #if os(macOS)
        process.arguments = ["open", url]
        #else
        process.arguments = ["xdg-open", url]
        #endif
        try? process.run()
    }
}
