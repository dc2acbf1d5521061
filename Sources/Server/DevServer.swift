import SitePipeline
import Diagnostics
import FlyingFox
import FlyingSocks
import Foundation

/// `gpukb serve`: builds into memory, serves the site on loopback, watches the sources, rebuilds what a change
/// needs and reloads open pages. A failed build keeps the last good site and shows its diagnostics over the page.
public final class DevServer: Sendable {
    /// How to serve.
    public struct Options: Sendable {
        public var build: BuildOptions
        public var host: String
        public var port: UInt16
        /// Called once the server listens, with its URL.
        public var onListening: @Sendable (String) -> Void

        public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 1313, onListening: @escaping @Sendable (String) -> Void = { _ in }) {
            self.build = build
            self.host = host
            self.port = port
            self.onListening = onListening
        }
    }

    /// Where the live-reload script and event stream live; no site file starts with `__`.
    static let prefix = "/__gpukb/"

    private let options: Options
    private let builder: IncrementalBuilder
    private let live = LiveReload()
    private let log: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "gpukb-serve-builds")
    /// The search index is rebuilt here, beside page rebuilds, so a save never waits behind it.
    private let searchQueue = DispatchQueue(label: "gpukb-serve-search")

    public init(options: Options, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.builder = IncrementalBuilder(options: options.build)
        self.log = log
    }

    /// Builds, then serves until the process ends. Throws when the address cannot be bound.
    public func run() async throws {
        let renderer = DiagnosticRenderer(colored: false)
        do {
            let update = try builder.rebuild()
            log("built \(update.pageCount) pages in \(StageTiming.format(update.seconds))")
            if !update.warnings.isEmpty { log(renderer.render(update.warnings)) }
        } catch {
            log(renderer.render(error.diagnostics))
            await live.failed(renderer.render(error.diagnostics))
        }
        refreshSearch()
        let address: any SocketAddress = options.host.contains(":") ? try .inet6(ip6: options.host, port: options.port)
                                                                     : try .inet(ip4: options.host, port: options.port)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled)
        await server.appendRoute(HTTPRoute("*")) { [self] request in await self.respond(to: request) }
        let watcher = Watcher(root: options.build.root, folders: ["content", (options.build.themesDirectory.map { $0.path } ?? "themes")])
        watcher.start { [self] paths in self.changed(paths) }
        let listening = Task { [options] in
            try await server.waitUntilListening()
            let port: UInt16
            if case .ip4(_, let bound)? = await server.listeningAddress { port = bound }
            else if case .ip6(_, let bound)? = await server.listeningAddress { port = bound }
            else { port = options.port }
            let host = options.host.contains(":") ? "[\(options.host)]" : options.host
            options.onListening("http://\(host):\(port)/")
        }
        defer { listening.cancel() }
        try await server.run()
    }

    // MARK: - Rebuilds

    private func changed(_ paths: Set<String>) {
        queue.async { [self] in
            let root = options.build.root.standardizedFileURL.path
            let relative = Set(paths.map { $0.hasPrefix(root + "/") ? String($0.dropFirst(root.count + 1)) : $0 })
            let renderer = DiagnosticRenderer(colored: false)
            do throws(DiagnosticsError) {
                let update = try builder.update(relative)
                let what = update.changedPaths.map { "\($0.count) page\($0.count == 1 ? "" : "s")" } ?? "all \(update.pageCount) pages"
                log("\(relative.sorted().prefix(3).joined(separator: ", ")) changed: rebuilt \(what) in \(StageTiming.format(update.seconds))")
                if !update.warnings.isEmpty { log(renderer.render(update.warnings)) }
                let paths = update.changedPaths
                publish { await $0.reloaded(paths: paths) }
                refreshSearch()
            } catch {
                let text = renderer.render(error.diagnostics)
                log(text)
                publish { await $0.failed(text) }
            }
        }
    }

    /// Hands an event to the clients before the build queue moves on, so events arrive in build order.
    private func publish(_ event: @escaping @Sendable (LiveReload) async -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task { [live] in
            await event(live)
            done.signal()
        }
        done.wait()
    }

    /// Rebuilds the search index after the pages are out, so a reload never waits for it.
    private func refreshSearch() {
        searchQueue.async { [self] in
            let start = DispatchTime.now().uptimeNanoseconds
            if builder.refreshSearch() {
                log("search index updated in \(StageTiming.format(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))")
            }
        }
    }

    // MARK: - HTTP

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        let raw = request.target.path(percentEncoded: true)
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                                body: Data("405 method not allowed: the dev server only reads\n".utf8))
        }
        if raw == Self.prefix + "events" { return await live.response() }
        if raw == Self.prefix + "live.js" {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", HTTPHeader("Cache-Control"): "no-store"],
                                body: Data(LiveScript.source.utf8))
        }
        let files = builder.output.files
        let head = request.method == .HEAD
        if files.isEmpty {
            // No good build yet: a page that shows the diagnostics overlay and reloads once the build succeeds. Like the
            // overlay and the diagnostics it shows, this is the maintainer's tool speaking, in English, not the site.
            let page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><p>The site has not built successfully yet.</p></body></html>"
            return HTTPResponse(statusCode: .serviceUnavailable, headers: [.contentType: "text/html; charset=utf-8"], body: Self.inject(Data(page.utf8)))
        }
        switch SitePath.resolve(raw, exists: { files[$0] != nil }) {
        case .file(let path):
            var data = files[path] ?? Data()
            if path.hasSuffix(".html") { data = Self.inject(data) }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: SitePath.contentType(path), HTTPHeader("Cache-Control"): "no-store",
                                                           HTTPHeader("Content-Length"): String(data.count)],
                                body: head ? Data() : data)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location], body: Data())
        case .badRequest:
            return HTTPResponse(statusCode: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("400 bad request\n".utf8))
        case .notFound:
            // A site in several editions has a 404 page in each folder (`en/404.html`): a path under one gets its own.
            let folder = raw.split(separator: "/").first.map(String.init) ?? ""
            let notFound = files[folder + "/404.html"] ?? files["404.html"]
            let page = notFound.map(Self.inject) ?? Data("404 not found\n".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: notFound == nil ? "text/plain; charset=utf-8" : "text/html; charset=utf-8"],
                                body: head ? Data() : page)
        }
    }

    /// The page with the live-reload script before `</body>` (served pages only; the built site has none).
    static func inject(_ html: Data) -> Data {
        let tag = Data("<script src=\"\(prefix)live.js\"></script>\n".utf8)
        guard let range = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + tag }
        var copy = html
        copy.replaceSubrange(range.lowerBound..<range.lowerBound, with: tag)
        return copy
    }
}
