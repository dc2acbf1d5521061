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
        let pinned = "固定索引（下面的命令）最稳妥"
        return ("uv 的 --torch-backend=auto 只按驱动版本挑 CUDA 索引；不知道驱动版本时无法判断它会选什么，\(pinned)。",
                "按 uv 的规则，驱动 {driver} 不满足任何 CUDA 索引的下限，--torch-backend=auto 会装 CPU 版。",
                "uv pip install torch==\(release.version) --torch-backend=auto 在这台机器上也会选 \(variant.tag)（uv 只看驱动版本），前提是所用 uv 版本已认识 \(variant.tag) 索引；\(pinned)。",
                "注意：--torch-backend=auto 只看驱动版本，会为 PyTorch \(release.version) 选 {auto} 而不是这里的 \(variant.tag)"
                    + "（它不检查 GPU 架构、wheel 编译的架构和工具包自身的驱动要求），请用下面固定索引的命令。")
    }

    /// One sentence on `--torch-backend=auto` for a build the resolver chose.
    public func uvAutoNote(fit: BuildFit, driver: Version?, os: OperatingSystem) -> String {
        let templates = uvAutoTemplates(release: fit.release, variant: fit.variant)
        guard let driver else { return templates.noDriver }
        let fill = { (text: String, auto: String) in
            text.replacingOccurrences(of: "{driver}", with: driver.description).replacingOccurrences(of: "{auto}", with: auto)
        }
        guard let auto = uvAutoThresholds(release: fit.release, os: os).first(where: { driver >= $0.floor }) else { return fill(templates.cpu, "cpu") }
        return fill(auto.tag == fit.variant.tag ? templates.same : templates.different, auto.tag)
    }
}
