import Search

/// Splits a page's rendered HTML fragment into search sections: one per heading that has an `id`, plus the text
/// before the first heading. Only reads HTML that gpukb itself wrote (cmark-gfm's output and generated fragments).
///
/// Works on the UTF-8 bytes in place: text runs are copied in bulk and tag names are compared as packed bytes, so a
/// page costs no string per tag or per character.
enum SearchText {
    /// Sections of `html`, whose untitled opening section is headed by `title`.
    static func sections(html: String, title: String) -> [SearchSection] {
        var html = html
        return html.withUTF8 { sections(bytes: $0, title: title) }
    }

    private static func sections(bytes: UnsafeBufferPointer<UInt8>, title: String) -> [SearchSection] {
        var sections: [SearchSection] = []
        var anchor = ""
        var heading = title
        var text: [UInt8] = []
        var headingText: [UInt8] = []
        var inHeading: UInt8? = nil
        var skipUntil: TagName? = nil
        text.reserveCapacity(bytes.count / 2)

        func flush() {
            let body = collapse(text)
            if !body.isEmpty || !anchor.isEmpty { sections.append(SearchSection(anchor: anchor, heading: heading, text: body)) }
            text.removeAll(keepingCapacity: true)
        }

        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                if end == bytes.count { end = bytes.count - 1 }
                let tag = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<max(index + 1, end)])
                index = end + 1
                if let closing = skipUntil {
                    if closing.isWhole(tag) { skipUntil = nil }
                    continue
                }
                let name = TagName(of: tag)
                if !name.closing {
                    if name == TagName.script || name == TagName.style || name == TagName.button || name == TagName.svg
                        || name == TagName.template || (name == TagName.a && contains(tag, "heading-anchor")) || isChrome(name, tag) {
                        skipUntil = name.closed
                        continue
                    }
                    if let level = name.headingLevel {
                        flush()
                        anchor = attribute("id", in: tag) ?? ""
                        inHeading = level
                        headingText.removeAll(keepingCapacity: true)
                        continue
                    }
                } else if let level = inHeading, name.headingLevel == level {
                    heading = collapse(headingText)
                    inHeading = nil
                    continue
                }
                if name.isBlock {
                    if inHeading != nil { headingText.append(0x20) } else { text.append(0x20) }
                }
                continue
            }
            if skipUntil != nil {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&") {
                let next = entity(bytes, at: index) { decoded in
                    if inHeading != nil { headingText.append(contentsOf: decoded) } else { text.append(contentsOf: decoded) }
                }
                index = next
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "<"), bytes[end] != UInt8(ascii: "&") { end += 1 }
            let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
            if inHeading != nil { headingText.append(contentsOf: run) } else { text.append(contentsOf: run) }
            index = end
        }
        flush()
        return sections
    }

    // MARK: - Helpers

    /// A tag's name, lowercased, packed into two words (names longer than 16 bytes match nothing here), and whether
    /// it closes (`</p>`). The name ends at a space, tab, newline, `>` or a `/` after its first character.
    struct TagName: Equatable {
        var closing = false
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init(of tag: UnsafeBufferPointer<UInt8>) {
            var index = 0
            if index < tag.count, tag[index] == UInt8(ascii: "/") {
                closing = true
                index += 1
            }
            while index < tag.count {
                let byte = tag[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
                append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
            }
        }

        init(_ name: StaticString, closing: Bool = false) {
            self.closing = closing
            name.withUTF8Buffer { for byte in $0 { append(byte) } }
        }

        private mutating func append(_ byte: UInt8) {
            if count < 8 {
                low |= UInt64(byte) << (8 * UInt64(count))
            } else if count < 16 {
                high |= UInt64(byte) << (8 * UInt64(count - 8))
            }
            count += 1
        }

        /// The closing tag of this name.
        var closed: TagName {
            var copy = self
            copy.closing = true
            return copy
        }

        /// Whether `tag` is exactly this tag, e.g. `/script` (a closing tag with nothing after its name).
        func isWhole(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
            TagName(of: tag) == self && tag.count == count + (closing ? 1 : 0)
        }

        /// 1–6 for `h1`…`h6`.
        var headingLevel: UInt8? {
            guard count == 2, low & 0xFF == UInt64(UInt8(ascii: "h")) else { return nil }
            let digit = UInt8(truncatingIfNeeded: low >> 8)
            return digit >= UInt8(ascii: "1") && digit <= UInt8(ascii: "6") ? digit - UInt8(ascii: "0") : nil
        }

        /// Block elements, whose start and end separate words.
        var isBlock: Bool {
            var open = self
            open.closing = false
            return TagName.blocks.contains(open)
        }

        static let script = TagName("script"), style = TagName("style"), button = TagName("button"), svg = TagName("svg"),
                   template = TagName("template"), a = TagName("a"), div = TagName("div"), span = TagName("span"),
                   ul = TagName("ul"), p = TagName("p"), details = TagName("details")
        static let blocks: [TagName] = [
            "p", "li", "td", "th", "tr", "br", "div", "pre", "blockquote", "dt", "dd", "table", "ul", "ol", "section", "figure",
            "figcaption", "caption", "details", "summary", "hr",
        ].map { (name: StaticString) in TagName(name) }
    }

    /// Page furniture that is no part of what a reader searches for: a code block's language label and copy button,
    /// a shell prompt, a live check's label, run badges, outputs and pass rule. None of these nests its own tag name,
    /// so skipping to the next closing tag of that name skips exactly the element.
    private static func isChrome(_ name: TagName, _ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tag.count > 10, contains(tag, "class=") else { return false }
        if name == TagName.div { return contains(tag, "\"code-header") || contains(tag, "\"check-head") }
        if name == TagName.span { return contains(tag, "\"tok-prompt") }
        if name == TagName.ul { return contains(tag, "\"check-runs") }
        if name == TagName.p { return contains(tag, "\"check-runs-title") || contains(tag, "\"check-none") }
        if name == TagName.details { return contains(tag, "\"check-how") }
        return false
    }

    private static func contains(_ tag: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { target in
            guard tag.count >= target.count else { return false }
            for start in 0...(tag.count - target.count) where tag[start] == target[0] {
                if (1..<target.count).allSatisfy({ tag[start + $0] == target[$0] }) { return true }
            }
            return false
        }
    }

    private static func attribute(_ name: String, in tag: UnsafeBufferPointer<UInt8>) -> String? {
        let key = Array(" \(name)=\"".utf8)
        guard tag.count >= key.count else { return nil }
        for start in 0...(tag.count - key.count) where tag[start..<(start + key.count)].elementsEqual(key) {
            let valueStart = start + key.count
            let valueEnd = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? tag.count
            let value = UnsafeBufferPointer(rebasing: tag[valueStart..<valueEnd])
            var decoded: [UInt8] = []
            var index = 0
            while index < value.count {
                if value[index] == UInt8(ascii: "&") {
                    index = entity(value, at: index) { decoded.append(contentsOf: $0) }
                } else {
                    decoded.append(value[index])
                    index += 1
                }
            }
            return String(decoding: decoded, as: UTF8.self)
        }
        return nil
    }

    /// Decodes the character reference at `start`, handing its UTF-8 to `body`; returns the index after it. A `&`
    /// that starts no known reference stands for itself.
    private static func entity(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Int {
        var end = start
        while end < min(bytes.count, start + 12), bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < min(bytes.count, start + 12) else {
            body(UnsafeBufferPointer(rebasing: bytes[start..<(start + 1)]))
            return start + 1
        }
        let name = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end])
        var value: UInt32?
        switch String(decoding: name, as: UTF8.self) {
        case "amp": value = 0x26
        case "lt": value = 0x3C
        case "gt": value = 0x3E
        case "quot": value = 0x22
        case "apos", "#39": value = 0x27
        case "nbsp": value = 0x20
        case let reference where reference.hasPrefix("#"):
            let digits = reference.dropFirst()
            value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        default: value = nil
        }
        guard let value, let scalar = Unicode.Scalar(value) else {
            body(UnsafeBufferPointer(rebasing: bytes[start..<(start + 1)]))
            return start + 1
        }
        var utf8 = Array(String(scalar).utf8)
        utf8.withUnsafeMutableBufferPointer { body(UnsafeBufferPointer($0)) }
        return end + 1
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
