import Markup

/// Front matter and body as a guide file holds them: parse (depth-limited) and render.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let document = try? MarkdownParser.parse(text, lineOffset: 3) {
        _ = HTMLRenderer().render(document)
    }
    _ = HTMLEscaping.rawHTML(text)
    return 0
}
