import Foundation

/// Proves that a build may replace its output folder before anything is written: the folder must not hold or lie
/// inside the project's sources, and an existing folder must be one that gpukb wrote (it carries `marker`).
/// A build replaces the whole folder, so without this `--out content` or `--out .` deleted the guides.
public enum OutputGuard {
    /// The file every built site carries at its root; its presence is the proof that gpukb made the folder.
    public static let marker = ".gpukb-site"
    /// The marker's fixed bytes (no time or path, so `site/` stays reproducible).
    static let markerText = Data("This folder is written by `gpukb build`, which replaces it as a whole on every build.\n".utf8)

    /// Throws when `output` may not be replaced by a build of `root` with content in `root/content` and the theme in
    /// `themes`. `force` allows replacing an existing non-empty folder without the marker, never the sources.
    public static func check(output: URL, root: URL, themes: URL?, force: Bool) throws(OutputRefusal) {
        let target = resolved(output)
        let project = resolved(root)
        var protected: [(URL, String)] = [(project, "the project root"),
                                          (resolved(root.appendingPathComponent("content")), "content/")]
        protected.append((resolved(themes ?? root.appendingPathComponent("themes")), "the themes folder"))
        for (folder, name) in protected where folder != project {
            if contains(target, folder) || contains(folder, target) {
                throw OutputRefusal(output: output.path, reason: "it is or lies inside \(name) (\(folder.path)); a build replaces the whole output folder",
                                    hint: "choose a folder outside content/ and themes/, such as the default site/")
            }
        }
        if contains(target, project) {
            throw OutputRefusal(output: output.path, reason: "it holds the project (\(project.path)); a build replaces the whole output folder",
                                hint: "choose a folder inside the project, such as the default site/, or elsewhere")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw OutputRefusal(output: output.path, reason: "it is a file, not a folder", hint: "remove it or choose another folder")
        }
        if isOwn(target) || force { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        if entries.isEmpty { return }
        throw OutputRefusal(output: output.path,
                            reason: "it is not empty and was not written by gpukb (no \(marker) file); a build would delete its \(entries.count) entr\(entries.count == 1 ? "y" : "ies")",
                            hint: "empty it, choose another folder, or pass --force to replace it")
    }

    /// Whether `folder` carries the marker of a gpukb build.
    public static func isOwn(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path)
    }

    // MARK: - Private

    /// The absolute path with `.`, `..` and symbolic links resolved, as far as the path exists.
    static func resolved(_ url: URL) -> URL {
        let absolute = url.standardizedFileURL
        var existing = absolute
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for component in rest { result.appendPathComponent(component) }
        return result.standardizedFileURL
    }

    /// Whether `outer` is `inner` or one of its ancestors.
    static func contains(_ outer: URL, _ inner: URL) -> Bool {
        let a = outer.pathComponents, b = inner.pathComponents
        return a.count <= b.count && Array(b.prefix(a.count)) == a
    }
}

/// A build refused to write to an output folder.
public struct OutputRefusal: Error, CustomStringConvertible, Sendable {
    /// The folder as the user gave it.
    public var output: String
    /// Why not.
    public var reason: String
    /// What to do instead.
    public var hint: String

    /// `cannot write the site to 'X': reason` with the hint on a second line.
    public var description: String { "refusing to write the site to '\(output)': \(reason)\n  hint: \(hint)" }
}
