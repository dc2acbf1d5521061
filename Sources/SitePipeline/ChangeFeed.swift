import Compat
import Markup

/// The dataset's change log as an Atom feed.
enum ChangeFeed {
    static func atom(_ data: CompatDataset, baseURL: String?, ui: SiteText) -> String {
        let base = baseURL ?? ""
        let updated = (data.changes.first?.date ?? "2000-01-01") + "T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<title>\(ui.html(.feedTitle))</title>\n<id>tag:gpukb,2024:changes</id>\n<updated>\(updated)</updated>\n"
        xml += "<link rel=\"alternate\" href=\"\(HTMLEscaping.escape(base + EntityURL.changes))\"/>\n"
        for (index, change) in data.changes.enumerated() {
            let number = data.changes.count - index
            xml += "<entry>\n<title>\(HTMLEscaping.escape(change.title))</title>\n<id>tag:gpukb,2024:changes/\(number)</id>\n"
            xml += "<updated>\(change.date)T00:00:00Z</updated>\n<author><name>gpukb</name></author>\n"
            xml += "<link rel=\"alternate\" href=\"\(HTMLEscaping.escape(base + EntityURL.changes))\"/>\n"
            let items = change.items.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined()
            xml += "<content type=\"html\">\(HTMLEscaping.escape("<ul>\(items)</ul>"))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
