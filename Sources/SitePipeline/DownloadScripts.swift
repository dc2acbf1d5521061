import Compat
import Foundation

/// Scripts published under `downloads/` that carry the dataset: `check_env.py` gets the resolver's data (the same
/// object the pages load as `window.GPUKB_COMPAT`) on its `GPUKB_DATA = None  # gpukb:data` line, so it works
/// on a machine with no network and no site, and the texts it prints in the site's language on its
/// `GPUKB_TEXT = None  # gpukb:text` line.
enum DownloadScripts {
    /// Output path of the environment checker.
    static let checkEnv = "downloads/check_env.py"
    static let marker = "GPUKB_DATA = None  # gpukb:data"

    /// Where the texts of the site's language go: `GPUKB_TEXT = None  # gpukb:text`.
    static let textMarker = "GPUKB_TEXT = None  # gpukb:text"

    /// `script` with the marker lines replaced by the resolver's data and the report's texts (rendered JSON); a
    /// missing line is left out.
    static func embed(json: String, texts: String, into script: Data) -> Data {
        var text = String(decoding: script, as: UTF8.self)
        if let range = text.range(of: marker) {
            text.replaceSubrange(range, with: "GPUKB_DATA = " + json + "  # gpukb:data (written by gpukb build)")
        }
        if let range = text.range(of: textMarker) {
            text.replaceSubrange(range, with: "GPUKB_TEXT = " + texts + "  # gpukb:text (written by gpukb build)")
        }
        return Data(text.utf8)
    }
}
