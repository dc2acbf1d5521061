import Dispatch
import Foundation

/// Maps `items` with `transform` on all cores (or serially), keeping the input order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], parallel: Bool, _ transform: @Sendable (T) -> R) -> [R] {
    guard parallel, items.count > 1 else { return items.map(transform) }
    let results = ResultBox<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        results.set(index, transform(items[index]))
    }
    return results.values()
}

private final class ResultBox<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [R] { storage.compactMap { $0 } }
}

/// `parallelMap` over `items` in chunks; with `release`, each item is replaced by `release(item)` as soon as its chunk
/// is handed out, so an input and its output never both stay in memory for the whole array (a 10 000-page build
/// would otherwise hold two copies of every parse tree).
func parallelMap<T: Sendable, R: Sendable>(releasing items: inout [T], parallel: Bool, chunk: Int = 256,
                                           release: ((T) -> T)?, _ transform: @Sendable (T) -> R) -> [R] {
    guard let release else { return parallelMap(items, parallel: parallel, transform) }
    var results: [R] = []
    results.reserveCapacity(items.count)
    for start in stride(from: 0, to: items.count, by: chunk) {
        let range = start..<min(items.count, start + chunk)
        let slice = Array(items[range])
        for index in range { items[index] = release(items[index]) }
        results.append(contentsOf: parallelMap(slice, parallel: parallel, transform))
    }
    return results
}
