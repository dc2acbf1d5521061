import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders of the project and reports batches of changed paths (relative to the root). Linux uses inotify;
/// elsewhere the folders are polled every 300 ms. Editors' temporary and hidden files are ignored.
public final class Watcher: @unchecked Sendable {
    private let root: URL
    private let folders: [String]
    private let settle: Double

    /// Watches `folders` (relative to `root`), reporting a batch once no event came for `settle` seconds.
    public init(root: URL, folders: [String], settle: Double = 0.02) {
        self.root = root.standardizedFileURL
        self.folders = folders
        self.settle = settle
    }

    /// Calls `onChange` with each batch, on a background thread, until the process ends. Returns once the folders
    /// are watched (at most 10 s), so a change made after it returns is reported: a server that starts listening
    /// afterwards never tells a client it is ready before an edit would be seen.
    public func start(_ onChange: @escaping @Sendable (Set<String>) -> Void) {
        let ready = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            #if os(Linux)
            if runInotify(onChange, ready: { ready.signal() }) { return }
            #endif
            runPolling(onChange, ready: { ready.signal() })
        }
        thread.name = "gpukb-watcher"
        thread.start()
        _ = ready.wait(timeout: .now() + 10)
    }

    static func ignored(_ relative: String) -> Bool {
        let name = (relative as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
            || name == "4913" || relative.contains("/__pycache__") || name.hasSuffix(".pyc")
    }

    // MARK: - inotify

    #if os(Linux)
    private func runInotify(_ onChange: @escaping @Sendable (Set<String>) -> Void, ready: () -> Void) -> Bool {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return false }
        var paths: [Int32: String] = [:]
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)
        func watch(_ relative: String) {
            let full = root.appendingPathComponent(relative).path
            let wd = inotify_add_watch(fd, full, mask)
            if wd >= 0 { paths[wd] = relative }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
            for entry in entries where !entry.hasPrefix(".") && entry != "__pycache__" {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: full + "/" + entry, isDirectory: &isDirectory), isDirectory.boolValue {
                    watch(relative + "/" + entry)
                }
            }
        }
        for folder in folders where FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path) { watch(folder) }
        guard !paths.isEmpty else { close(fd); return false }
        ready()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var batch = Set<String>()
        while true {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, batch.isEmpty ? -1 : Int32(settle * 1000))
            if ready == 0 {
                onChange(batch)
                batch.removeAll()
                continue
            }
            if ready < 0 { if errno == EINTR { continue } else { break } }
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { continue }
            var offset = 0
            while offset + 16 <= count {
                let wd = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
                let eventMask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                guard let folder = paths[wd] else { continue }
                let name = String(decoding: nameBytes, as: UTF8.self)
                let relative = name.isEmpty ? folder : folder + "/" + name
                if eventMask & UInt32(IN_ISDIR) != 0 {
                    if eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watch(relative) }
                }
                if eventMask & UInt32(IN_DELETE_SELF) != 0 { paths[wd] = nil }
                if !Self.ignored(relative) { batch.insert(relative) }
            }
        }
        close(fd)
        return true
    }
    #endif

    // MARK: - Polling

    private func runPolling(_ onChange: @escaping @Sendable (Set<String>) -> Void, ready: () -> Void) {
        var last = snapshot()
        ready()
        while true {
            Thread.sleep(forTimeInterval: 0.3)
            let now = snapshot()
            let changed = Set(now.keys).symmetricDifference(last.keys).union(now.keys.filter { last[$0] != nil && last[$0] != now[$0] })
            if !changed.isEmpty { onChange(changed) }
            last = now
        }
    }

    private func snapshot() -> [String: Date] {
        var result: [String: Date] = [:]
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let url as URL in enumerator {
                let relative = folder + "/" + String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
                if Self.ignored(relative) { continue }
                result[relative] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            }
        }
        return result
    }
}
