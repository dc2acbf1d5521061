import Compat
import Foundation

/// Scripts published under `downloads/` that carry the dataset: `check_env.py` gets the resolver's data (the same
/// object the pages load as `window.GPUKB_COMPAT`) on its `GPUKB_DATA = None  # gpukb:data` line, so it works
/// on a machine with no network and no site.
enum DownloadScripts {
    /// Output path of the environment checker.
    static let checkEnv = "downloads/check_env.py"
    static let marker = "GPUKB_DATA = None  # gpukb:data"

    /// `script` with the marker line replaced by the resolver's data (rendered JSON); unchanged when the line is missing.
    static func embed(json: String, into script: Data) -> Data {
        let text = String(decoding: script, as: UTF8.self)
        guard let range = text.range(of: marker) else { return script }
        return Data(text.replacingCharacters(in: range, with: "GPUKB_DATA = " + json + "  # gpukb:data (written by gpukb build)").utf8)
    }
}
