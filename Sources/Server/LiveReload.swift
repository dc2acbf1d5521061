import FlyingFox
import FlyingSocks
import Foundation

/// The build's state as open pages see it, pushed to them as Server-Sent Events on `/__gpukb/events`:
/// `hello` (the build number, on connect), `reload` (after a rebuild; `paths` lists the pages that changed, or is
/// null after a whole rebuild) and `build-error` (the diagnostics, shown as an overlay until the next good build).
public actor LiveReload {
    private var generation = 0
    private var error: String?
    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]

    public init() {}

    /// Connected clients.
    public var clientCount: Int { clients.count }

    /// A good build replaced the site.
    public func reloaded(paths: [String]?) {
        generation += 1
        error = nil
        let list = paths.map { "[" + $0.map(Self.quote).joined(separator: ",") + "]" } ?? "null"
        send(event: "reload", data: "{\"build\":\(generation),\"paths\":\(list)}")
    }

    /// A build failed; `text` is the rendered diagnostics.
    public func failed(_ text: String) {
        error = text
        send(event: "build-error", data: "{\"text\":\(Self.quote(text))}")
    }

    /// A new client's stream: first the current state, then every event.
    func subscribe() -> (UUID, AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.yield(Self.frame(event: "hello", data: "{\"build\":\(generation)}"))
        if let error { continuation.yield(Self.frame(event: "build-error", data: "{\"text\":\(Self.quote(error))}")) }
        clients[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        clients[id] = nil
    }

    private func send(event: String, data: String) {
        let frame = Self.frame(event: event, data: data)
        for continuation in clients.values { continuation.yield(frame) }
    }

    static func frame(event: String, data: String) -> String { "event: \(event)\ndata: \(data)\n\n" }

    /// `text` as a JSON string: one line, as an event's `data:` must be.
    static func quote(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The HTTP response that streams a client's events (chunked, never ends until the client leaves).
    func response() -> HTTPResponse {
        let (_, stream) = subscribe()
        return HTTPResponse(statusCode: .ok,
                            headers: [HTTPHeader("Content-Type"): "text/event-stream; charset=utf-8",
                                      HTTPHeader("Cache-Control"): "no-store",
                                      HTTPHeader("X-Accel-Buffering"): "no"],
                            body: HTTPBodySequence(from: EventBytes(stream: stream), suggestedBufferSize: 1024))
    }
}

/// Event frames as the byte sequence FlyingFox streams.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<String>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<String>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let frame = await base.next() else { return nil }
                pending = Array(frame.utf8)
            }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let frame = await base.next() else { return nil }
                pending = Array(frame.utf8)
            }
            let chunk = Array(pending.prefix(count))
            pending.removeFirst(chunk.count)
            return chunk
        }
    }
}
