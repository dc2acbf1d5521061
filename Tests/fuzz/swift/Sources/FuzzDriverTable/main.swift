import Compat

/// NVIDIA's release-notes driver table as saved HTML or text: parse and merge into an empty dataset.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let parsed = DriverTableImporter.parse(text)
    _ = DriverTableImporter.merge(parsed.rows, skipped: parsed.skipped, into: CompatDataset())
    return 0
}
