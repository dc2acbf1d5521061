import Diagnostics
import Foundation

/// The built site in memory: output path → bytes. `emit` writes it to disk, `serve` serves it.
public struct SiteOutput: Sendable {
    /// Files by output path (`cuda/toolkit/index.html`).
    public var files: [String: Data]

    /// Creates an output.
    public init(files: [String: Data] = [:]) { self.files = files }

    /// Writes every file into a fresh temporary folder next to `directory`, then swaps it into place, so a failed
    /// build never leaves a half-written site.
    public func write(to directory: URL) throws {
        let fileManager = FileManager.default
        let target = directory.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        do {
            var folders: Set<String> = []
            for path in files.keys {
                if let slash = path.lastIndex(of: "/") { folders.insert(String(path[..<slash])) }
            }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for folder in folders.sorted() {
                try fileManager.createDirectory(atPath: staging.appendingPathComponent(folder).path, withIntermediateDirectories: true)
            }
            try Self.writeFiles(Array(files), under: staging.path)
            if fileManager.fileExists(atPath: target.path) {
                try? fileManager.removeItem(at: retired)
                try fileManager.moveItem(at: target, to: retired)
            }
            try fileManager.moveItem(at: staging, to: target)
            Self.remove(retired)
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: target.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: target)
            }
            throw error
        }
    }

    /// Writes each file with plain POSIX calls, on all cores. Foundation's `createFile` writes a temporary file and
    /// renames it, which doubles the metadata work on 10 000 pages for no gain inside a staging folder.
    static func writeFiles(_ items: [(key: String, value: Data)], under folder: String) throws {
        let failure = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let path = folder + "/" + items[index].key
            if let message = writeFile(items[index].value, to: path) { failure.record(message) }
        }
        if let message = failure.message { throw OutputError(message: message) }
    }

    /// Writes `data` to `path`; returns why it failed.
    static func writeFile(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return "cannot create \(path): \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        let problem: String? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return "cannot write \(path): \(String(cString: strerror(errno)))"
                }
                offset += written
            }
            return nil
        }
        return problem
    }

    /// Removes a retired output folder, its top-level entries on all cores.
    private static func remove(_ folder: URL) {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: folder.path) else { return }
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            try? FileManager.default.removeItem(atPath: folder.path + "/" + entries[index])
        }
        try? fileManager.removeItem(at: folder)
    }
}

/// A file of the site could not be written.
struct OutputError: LocalizedError, CustomStringConvertible {
    var message: String
    var description: String { message }
    var errorDescription: String? { message }
}

/// The first failure reported from several threads.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: String?

    func record(_ message: String) {
        lock.lock()
        if first == nil { first = message }
        lock.unlock()
    }

    var message: String? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
