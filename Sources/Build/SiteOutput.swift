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
            var created: Set<String> = []
            for path in files.keys.sorted() {
                let url = staging.appendingPathComponent(path)
                let folder = url.deletingLastPathComponent().path
                if !created.contains(folder) {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    created.insert(folder)
                }
                guard fileManager.createFile(atPath: url.path, contents: files[path]) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
                }
            }
            if fileManager.fileExists(atPath: target.path) {
                try? fileManager.removeItem(at: retired)
                try fileManager.moveItem(at: target, to: retired)
            }
            try fileManager.moveItem(at: staging, to: target)
            try? fileManager.removeItem(at: retired)
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: target.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: target)
            }
            throw error
        }
    }
}
