import Compat
import Diagnostics

/// One dataset file (chosen by the first byte) with the input as its text, loaded and validated with the others empty.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let first = bytes.first else { return 0 }
    let name = DatasetLoader.fileNames[Int(first) % DatasetLoader.fileNames.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    var bag = DiagnosticBag()
    let data = DatasetLoader.load(texts: [name: text], display: "fuzz", into: &bag)
    _ = Matrices.ids.map { Matrices.make($0, data: data, filter: .all) }
    _ = DatasetStatus.make(data)
    return 0
}
