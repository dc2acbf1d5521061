import Foundation

/// Escaping for text, attributes and URLs in generated HTML.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"` so `text` can appear in element content or a quoted attribute.
    public static func escape(_ text: String) -> String {
        // On UTF-8 bytes: the four characters are ASCII, and Character iteration (grapheme breaking) cost a twentieth
        // of a 10 000-page build.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        append(text.utf8, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 `text` to `out`, escaped as `escape` does.
    public static func append(_ text: some Sequence<UInt8>, to out: inout [UInt8]) {
        for byte in text {
            switch byte {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            default: out.append(byte)
            }
        }
    }

    /// Makes `url` safe for an `href`/`src` attribute: drops dangerous schemes, percent-encodes characters that
    /// are not allowed in URLs (non-ASCII stays as is: HTML accepts IRIs), and escapes `&`.
    public static func escapeURL(_ url: String, allowDataImages: Bool = false) -> String {
        if isDangerous(url, allowDataImages: allowDataImages) { return "" }
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case " ", "\"", "<", ">", "\\", "^", "`", "{", "|", "}":
                out += String(format: "%%%02X", scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "%%%02X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Applies GFM's tagfilter: neutralizes tags that would change how the page parses.
    /// Raw HTML from a guide: GFM's tag filter, and no script through the back door either: event-handler attributes
    /// (`onload=`, `onerror=`) are renamed to inert `data-blocked-on…` ones and `javascript:`/`vbscript:` URLs lose
    /// their scheme. Authors keep `<details>`, `<kbd>`, `<br>` and the like.
    public static func rawHTML(_ html: String) -> String {
        var out = tagFilter(html)
        guard out.contains("<") else { return out }
        // A tag may carry several handlers and each pass renames one per tag: repeat until nothing changes.
        for _ in 0..<32 {
            var next = out
            for (pattern, template) in inertRules {
                next = pattern.stringByReplacingMatches(in: next, range: NSRange(next.startIndex..., in: next), withTemplate: template)
            }
            if next == out { break }
            out = next
        }
        return out
    }

    private static let inertRules: [(NSRegularExpression, String)] = [
        (#"(?i)(<[a-z][^>]*?[\s/"'])on([a-z]+\s*=)"#, "$1data-blocked-on$2"),
        (#"(?i)\b(java|vb)script\s*:"#, "blocked-$1script-"),
    ].compactMap { pattern, template in (try? NSRegularExpression(pattern: pattern)).map { ($0, template) } }

    public static func tagFilter(_ html: String) -> String {
        guard html.contains("<") else { return html }
        let filtered = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        var out = ""
        var rest = Substring(html)
        while let index = rest.firstIndex(of: "<") {
            out += rest[..<index]
            var after = rest[rest.index(after: index)...]
            if after.first == "/" { after = after.dropFirst() }
            let name = after.prefix { $0.isLetter }.lowercased()
            let next = after.dropFirst(name.count).first
            let ends = next == nil || next == ">" || next == "/" || next?.isWhitespace == true
            out += filtered.contains(name) && ends ? "&lt;" : "<"
            rest = rest[rest.index(after: index)...]
        }
        out += rest
        return out
    }

    // MARK: - Private

    private static func isDangerous(_ url: String, allowDataImages: Bool) -> Bool {
        let lower = url.trimmingPrefix(while: { $0.isWhitespace }).lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        if lower.hasPrefix("data:") {
            let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !(allowDataImages && images.contains { lower.hasPrefix($0) })
        }
        return false
    }
}

private extension String {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex { !predicate($0) } ?? endIndex)...]
    }
}
