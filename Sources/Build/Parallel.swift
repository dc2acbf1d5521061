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
