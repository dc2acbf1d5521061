import Compat
import Diagnostics

/// One dataset file (chosen by the first byte) with the input as its text, loaded and validated with the others empty.
func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
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

// SwiftPM links an executable's entry point as `<module>_main`; libFuzzer's driver is started from there.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("FuzzDataset_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzz(UnsafeRawPointer(data), size)
    }
}
