import Search

/// Splits a page's rendered HTML fragment into search sections: one per heading that has an `id`, plus the text
/// before the first heading. Only reads HTML that gpukb itself wrote (cmark-gfm's output and generated fragments).
enum SearchText {
    /// Sections of `html`, whose untitled opening section is headed by `title`.
    static func sections(html: String, title: String) -> [SearchSection] {
        var sections: [SearchSection] = []
        var anchor = ""
        var heading = title
        var text: [UInt8] = []
        var headingText: [UInt8] = []
        var inHeading: UInt8? = nil
        var skipUntil: [UInt8]? = nil

        func flush() {
            let body = collapse(text)
            if !body.isEmpty || !anchor.isEmpty { sections.append(SearchSection(anchor: anchor, heading: heading, text: body)) }
            text = []
        }

        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
                let tag = bytes[(index + 1)..<end]
                index = end + 1
                if let closing = skipUntil {
                    if tag.elementsEqual(closing) { skipUntil = nil }
                    continue
                }
                let name = tagName(tag)
                if let skipped = Self.skipped[name] ?? (name == "a" && contains(tag, "heading-anchor") ? "/a" : nil) {
                    skipUntil = Array(skipped.utf8)
                    continue
                }
                if name.count == 2, name.hasPrefix("h"), let level = name.last?.wholeNumberValue, (1...6).contains(level) {
                    flush()
                    anchor = attribute("id", in: tag) ?? ""
                    inHeading = UInt8(level)
                    headingText = []
                    continue
                }
                if let level = inHeading, name == "/h\(level)" {
                    heading = collapse(headingText)
                    inHeading = nil
                    continue
                }
                if Self.blocks.contains(name.hasPrefix("/") ? String(name.dropFirst()) : name) {
                    if inHeading != nil { headingText.append(0x20) } else { text.append(0x20) }
                }
                continue
            }
            if skipUntil == nil {
                if byte == UInt8(ascii: "&") {
                    let (decoded, next) = entity(bytes, at: index)
                    if inHeading != nil { headingText.append(contentsOf: decoded) } else { text.append(contentsOf: decoded) }
                    index = next
                    continue
                }
                if inHeading != nil { headingText.append(byte) } else { text.append(byte) }
            }
            index += 1
        }
        flush()
        return sections
    }

    // MARK: - Helpers

    private static let skipped = ["script": "/script", "style": "/style", "button": "/button", "svg": "/svg", "template": "/template"]
    private static let blocks: Set<String> = ["p", "li", "td", "th", "tr", "br", "div", "pre", "blockquote", "dt", "dd", "table",
                                              "ul", "ol", "section", "figure", "figcaption", "caption", "details", "summary", "hr"]

    private static func tagName(_ tag: ArraySlice<UInt8>) -> String {
        var name: [UInt8] = []
        for byte in tag {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && !name.isEmpty) { break }
            name.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func contains(_ tag: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let target = Array(needle.utf8)
        guard tag.count >= target.count else { return false }
        var start = tag.startIndex
        while start + target.count <= tag.endIndex {
            if tag[start..<(start + target.count)].elementsEqual(target) { return true }
            start += 1
        }
        return false
    }

    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let key = Array(" \(name)=\"".utf8)
        var start = tag.startIndex
        while start + key.count <= tag.endIndex {
            if tag[start..<(start + key.count)].elementsEqual(key) {
                let valueStart = start + key.count
                let valueEnd = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? tag.endIndex
                var decoded: [UInt8] = []
                var index = valueStart
                while index < valueEnd {
                    if tag[index] == UInt8(ascii: "&") {
                        let (bytes, next) = entity(Array(tag[index..<valueEnd]), at: 0)
                        decoded.append(contentsOf: bytes)
                        index += next
                    } else {
                        decoded.append(tag[index])
                        index += 1
                    }
                }
                return String(decoding: decoded, as: UTF8.self)
            }
            start += 1
        }
        return nil
    }

    /// Decodes the character reference at `start`; returns its UTF-8 and the index after it.
    private static func entity(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int) {
        guard let end = bytes[start...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return ([bytes[start]], start + 1) }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "#39": "'", "nbsp": " "]
        if let value = named[name] { return (Array(value.utf8), end + 1) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) { return (Array(String(scalar).utf8), end + 1) }
        }
        return ([bytes[start]], start + 1)
    }

    private static func collapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
