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
        let staging = try StagingDirectory(target: directory)
        do {
            try staging.write(self)
            try staging.commit()
        } catch {
            staging.abandon()
            throw error
        }
    }
}

/// A temporary folder beside the output folder that a build writes into, page by page as pages are rendered if it
/// likes, and that replaces the output folder only when the build succeeded (`commit`); `abandon` removes it.
/// `write` may be called from many threads.
final class StagingDirectory: @unchecked Sendable {
    let target: URL
    let staging: URL
    private let retired: URL
    private let lock = NSLock()
    private var folders: Set<String> = []
    private var failure: String?
    private var count = 0

    init(target directory: URL) throws {
        let fileManager = FileManager.default
        target = directory.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let process = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(process)")
        retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(process)")
        Self.removeLeftovers(of: target)
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        if let problem = Self.writeFile(OutputGuard.markerText, to: staging.path + "/" + OutputGuard.marker) {
            throw OutputError(message: problem)
        }
    }

    /// Files written so far.
    var fileCount: Int { lock.withLock { count } }

    /// Writes one file at `path` (relative to the site root), making its folder. A failure is kept and thrown by
    /// `commit`, so callers on many threads need not stop each other.
    func write(_ data: Data, to path: String) {
        let full = staging.path + "/" + path
        if let slash = path.lastIndex(of: "/") {
            let folder = String(path[..<slash])
            let known = lock.withLock { folders.contains(folder) }
            if !known {
                if let problem = Self.makeFolder(staging.path + "/" + folder) { return record(problem) }
                lock.withLock { _ = folders.insert(folder) }
            }
        }
        if let problem = Self.writeFile(data, to: full) { return record(problem) }
        lock.withLock { count += 1 }
    }

    /// Writes every file of `output` on all cores.
    func write(_ output: SiteOutput) throws {
        let items = Array(output.files)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            write(items[index].value, to: items[index].key)
        }
        try throwIfFailed()
    }

    /// Swaps the staged site into place and removes the one it replaces.
    func commit() throws {
        try throwIfFailed()
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: target.path) {
            try? fileManager.removeItem(at: retired)
            try fileManager.moveItem(at: target, to: retired)
        }
        do {
            try fileManager.moveItem(at: staging, to: target)
        } catch {
            if !fileManager.fileExists(atPath: target.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: target)
            }
            throw error
        }
        Self.remove(retired)
    }

    /// Removes the staged files; the output folder is left as it was.
    func abandon() {
        Self.remove(staging)
    }

    // MARK: - Private

    /// Removes staging and retired folders that an interrupted build of `target` left beside it
    /// (`.site.tmp-PID`, `.site.old-PID`): only those whose process is gone and that carry gpukb's marker.
    private static func removeLeftovers(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            var pidText: Substring?
            for kind in [".tmp-", ".old-"] where entry.hasPrefix("." + name + kind) {
                pidText = entry.dropFirst(name.count + 1 + kind.count)
            }
            guard let text = pidText, let pid = Int32(text), pid > 0 else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }
            let folder = parent.appendingPathComponent(entry)
            guard OutputGuard.isOwn(folder) else {
                // Killed before its marker was written: an empty folder, which rmdir alone removes (never a full one).
                _ = rmdir(folder.path)
                continue
            }
            // Killed between the two renames of `commit`: the retired folder is the last complete site.
            if entry.contains(".old-"), !FileManager.default.fileExists(atPath: target.path),
               (try? FileManager.default.moveItem(at: folder, to: target)) != nil { continue }
            remove(folder)
        }
    }

    private func record(_ problem: String) {
        // Name the output folder the user chose, not the staging folder it is written through.
        var shown = problem.replacingOccurrences(of: staging.path, with: target.path)
        if problem.hasSuffix(Self.fullDisk) {
            shown += "\nthe disk holding \(target.deletingLastPathComponent().path) is full: while a build runs, the previous site and the new one are both on it; free space there or pass --out on another disk"
        }
        lock.withLock { if failure == nil { failure = shown } }
    }

    private func throwIfFailed() throws {
        if let message = lock.withLock({ failure }) { throw OutputError(message: message) }
    }

    /// What `strerror` says for a full disk or an exhausted quota, so `record` can add what to do about it.
    private static let fullDisk = String(cString: strerror(ENOSPC))

    /// Why a call failed, in `strerror`'s words; a quota that is used up reads as a full disk.
    private static func reason() -> String { String(cString: strerror(errno == EDQUOT ? ENOSPC : errno)) }

    /// `mkdir -p` with plain POSIX calls; returns why it failed.
    private static func makeFolder(_ path: String) -> String? {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex else {
            return "cannot create \(path): \(Self.reason())"
        }
        if let problem = makeFolder(String(path[..<slash])) { return problem }
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        return "cannot create \(path): \(Self.reason())"
    }

    /// Writes `data` to `path` with plain POSIX calls; returns why it failed. Foundation's `createFile` writes a
    /// temporary file and renames it, which doubles the metadata work on 10 000 pages for no gain in a staging folder.
    private static func writeFile(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return "cannot create \(path): \(Self.reason())" }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return "cannot write \(path): \(Self.reason())"
                }
                offset += written
            }
            return nil
        }
    }

    /// Removes a folder, its top-level entries on all cores, gpukb's marker last: a folder interrupted halfway
    /// still proves it is gpukb's, so the next build may finish the job.
    private static func remove(_ folder: URL) {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: folder.path).filter({ $0 != OutputGuard.marker }) else { return }
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            try? FileManager.default.removeItem(atPath: folder.path + "/" + entries[index])
        }
        try? fileManager.removeItem(at: folder)
    }
}

/// A file of the site could not be written.
public struct OutputError: LocalizedError, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public var errorDescription: String? { message }
}
