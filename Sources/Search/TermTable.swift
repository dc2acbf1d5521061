import Foundation

/// Distinct terms as UTF-8 bytes in one buffer, each numbered in first-seen order, found again through an
/// open-addressing table keyed by a 64-bit hash of the bytes.
///
/// Indexing adds a term once per occurrence (millions of times for a large site); a `Dictionary` keyed by `String`
/// made each of those a heap string, a SipHash and, for non-ASCII text, a normalizing comparison. Terms are already
/// normalized (NFKC), so byte equality is the right equality.
struct TermTable: Sendable {
    /// Every term's bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where term `i` starts in `bytes`; term `i` ends where `i + 1` starts (the last entry is `bytes.count`).
    private(set) var starts: [Int] = [0]
    /// Each term's hash, kept so that growing the table and merging into another table need no rehashing.
    private(set) var hashes: [UInt64] = []
    /// Term number + 1 per slot, 0 for an empty slot; a power of two long, at most half full.
    private var slots: [Int32]

    /// An empty table sized for about `capacity` terms.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    /// Distinct terms.
    var count: Int { hashes.count }

    /// The number of `term`, adding it if new; `hash` must be `TermTable.hash(term)`.
    @inline(__always)
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int, inserted: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let number = entry - 1
            if hashes[number] == hash, equals(number, term) { return (number, false) }
            slot = (slot + 1) & mask
        }
        let number = hashes.count
        slots[slot] = Int32(number + 1)
        hashes.append(hash)
        bytes.append(contentsOf: term)
        starts.append(bytes.count)
        if hashes.count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// Calls `body` with the bytes of term `number`.
    func withTerm<R>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[number]..<starts[number + 1]])) }
    }

    /// Term `number` as a string.
    func string(_ number: Int) -> String {
        withTerm(number) { String(decoding: $0, as: UTF8.self) }
    }

    /// The numbers in `range`, sorted by their terms in UTF-16 order (`UTF16Order`).
    func sortedNumbers(_ range: Range<Int>) -> [Int] {
        bytes.withUnsafeBufferPointer { bytes in
            Array(range).sorted { precedes($0, $1, bytes) }
        }
    }

    /// Two lists sorted by `sortedNumbers`, merged into one.
    func merged(_ first: [Int], _ second: [Int]) -> [Int] {
        bytes.withUnsafeBufferPointer { bytes in
            var out: [Int] = []
            out.reserveCapacity(first.count + second.count)
            var i = 0, j = 0
            while i < first.count, j < second.count {
                if precedes(second[j], first[i], bytes) {
                    out.append(second[j])
                    j += 1
                } else {
                    out.append(first[i])
                    i += 1
                }
            }
            out.append(contentsOf: first[i...])
            out.append(contentsOf: second[j...])
            return out
        }
    }

    private func precedes(_ a: Int, _ b: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF16Order.precedes(UnsafeBufferPointer(rebasing: bytes[starts[a]..<starts[a + 1]]),
                            UnsafeBufferPointer(rebasing: bytes[starts[b]..<starts[b + 1]]))
    }

    /// Drops the lookup slots of a table that is only read from now on.
    mutating func freeze() { slots = [0] }

    private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress, let other = term.baseAddress else { return term.isEmpty }
            return memcmp(base + start, other, term.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(number + 1)
        }
        slots = bigger
    }

    /// A fast, well-mixed 64-bit hash of a term's bytes (not keyed: the input is the site's own text).
    @inline(__always)
    static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(term.count)
        let raw = UnsafeRawBufferPointer(term)
        var index = 0
        while index + 8 <= term.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < term.count {
            tail |= UInt64(term[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
        hash &*= 0xD6E8_FEB8_6659_FD93
        hash ^= hash >> 32
        return hash
    }
}
