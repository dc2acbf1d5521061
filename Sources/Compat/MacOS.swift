/// macOS: PyTorch has no CUDA there. Apple silicon uses MPS, Intel Macs the CPU; the builds are the macOS wheels.
extension Resolver {
    /// Why a Mac gets no CUDA build, and what it gets instead.
    public var macOSExplanation: String { data.phrases(.macOSExplanation) }
    /// The reason shown on each macOS build.
    public var macOSReason: String { data.phrases(.macOSReason) }

    /// A release's macOS wheel and the command that installs it.
    public struct MacOSBuild: Sendable {
        /// The release.
        public var release: PyTorchRelease
        /// Its CPU variant, which is the macOS wheel.
        public var variant: PyTorchVariant
        /// The pip command for the macOS wheel (PyPI's default, which carries MPS).
        public var pip: String
        /// The install command for the package manager.
        public var command: String
    }

    /// Every release with a macOS wheel (for `python` when given), newest first.
    public func macOSBuilds(python: Version?, packageManager: PackageManager) -> [MacOSBuild] {
        data.pytorch.reversed().compactMap { release in
            guard let variant = release.variants.first(where: { $0.cuda == nil && $0.platforms.contains("macos") }) else { return nil }
            if let python, !release.python.contains(python) { return nil }
            // The CPU index serves Linux and Windows CPU wheels; on macOS the default PyPI wheel is the one with MPS.
            let pip = variant.pip.replacingOccurrences(of: " --index-url https://download.pytorch.org/whl/cpu", with: "")
            let command: String
            switch packageManager {
            case .pip: command = pip
            case .uv: command = UVCommand.make(pip: pip)
            case .conda: command = variant.conda ?? Self.pipInConda(pip, python: python ?? Self.defaultPython(release))
            }
            return MacOSBuild(release: release, variant: variant, pip: pip, command: command)
        }
    }
}
