/// Installing PyTorch with uv: the exact command for a build, and what `uv pip install --torch-backend=auto` would
/// pick on the same machine.
///
/// uv's automatic choice (crates/uv-torch, `TorchStrategy::index_urls`) looks only at the operating system and the
/// driver version: on Linux and Windows it takes the newest CUDA index whose minor-version-compatibility driver floor
/// the driver meets (12.x: 525.60.13 / 528.33), falling back to the CPU index. It does not look at the GPU's compute
/// capability, the wheel's architecture list, the Python version, or a toolkit's own driver minimum, and it only
/// knows the indexes of its own release. Where those matter, `auto` picks a different index than the resolver.
public enum UVCommand {
    /// `uv pip install …` for a build's pip command: the same packages and index, so the answer does not depend on
    /// which CUDA indexes the reader's uv release knows.
    public static func make(pip: String) -> String {
        let trimmed = pip.hasPrefix("pip3 ") ? String(pip.dropFirst(5)) : pip.hasPrefix("pip ") ? String(pip.dropFirst(4)) : pip
        return "uv pip " + trimmed
    }
}

extension Resolver {
    /// The driver floors at which `--torch-backend=auto` switches index for `release` on `os`, newest index first:
    /// auto takes the first pair whose floor the driver meets, else the CPU index.
    public func uvAutoThresholds(release: PyTorchRelease, os: OperatingSystem) -> [(floor: Version, tag: String)] {
        release.variants.filter { $0.cuda != nil && $0.platforms.contains(os.wheelPlatform) }
            .sorted { ($0.cuda ?? Version([0])) > ($1.cuda ?? Version([0])) }
            .compactMap { variant in
                guard let cuda = variant.cuda, let floor = data.floor(major: cuda.major)?.minDriver.minimum(for: os) else { return nil }
                return (floor, variant.tag)
            }
    }

    /// The sentences on `--torch-backend=auto` for a build (`{driver}` and `{auto}` are filled in by the caller).
    public func uvAutoTemplates(release: PyTorchRelease, variant: PyTorchVariant) -> (noDriver: String, cpu: String, same: String, different: String) {
        let say = data.phrases
        let names = ["version": release.version.description, "tag": variant.tag, "pinned": say(.uvPinned)]
        return (say(.uvNoDriver, names), say(.uvCPU, names), say(.uvSame, names), say(.uvDifferent, names))
    }

    /// One sentence on `--torch-backend=auto` for a build the resolver chose.
    public func uvAutoNote(fit: BuildFit, driver: Version?, os: OperatingSystem) -> String {
        let templates = uvAutoTemplates(release: fit.release, variant: fit.variant)
        guard let driver else { return templates.noDriver }
        let fill = { (text: String, auto: String) in TextTemplate.fill(text, ["driver": driver.description, "auto": auto]) }
        guard let auto = uvAutoThresholds(release: fit.release, os: os).first(where: { driver >= $0.floor }) else { return fill(templates.cpu, "cpu") }
        return fill(auto.tag == fit.variant.tag ? templates.same : templates.different, auto.tag)
    }
}
