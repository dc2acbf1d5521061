import Search

/// The search tokenizer in both modes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = Tokenizer.terms(text, mode: .index)
    _ = Tokenizer.terms(text, mode: .query)
    return 0
}
