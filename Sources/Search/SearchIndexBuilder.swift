import Foundation

/// Builds the sharded search index: `analyze` each page (pure, safe to run in parallel), then `build`.
///
/// Format (read by `themes/default/assets/search.js`):
/// - `search/index.js` assigns `GPUKB_SEARCH_DATA.index`: document and page counts, `pageStarts` (the first
///   document of each page, as varint deltas), `terms` (the first term of each term shard, shards in term order)
///   and `docShards` (the first page of each document shard, as varint deltas).
/// - `search/tN.js` assigns `GPUKB_SEARCH_DATA.tN`: term → `[body, heading, title]` posting strings. Body postings
///   are varint(gap << 2 | weight), weight a BM25 term weight (length-normalized, `SearchRanking`) in four steps;
///   a body string starting with `!` is instead a bitmap over all documents (weight step 1). Heading and title
///   postings are varint gaps; title postings point at a page's first document.
/// - `search/dN.js` assigns `GPUKB_SEARCH_DATA.dN`: `[url, title, [[anchor, heading, text], …]]` per page.
/// Varints use `PostingCodec`'s 64-character alphabet, five bits a character, low bits first.
public enum SearchIndexBuilder {
    /// A page reduced to what the index needs.
    public struct AnalyzedPage: Sendable {
        var url: String
        var title: String
        /// Distinct terms of the title.
        var titleTerms: TermTable
        var sections: [AnalyzedSection]
    }

    struct AnalyzedSection: Sendable {
        var anchor: String
        var heading: String
        var text: String
        /// Distinct terms of the text, with `bodyCounts[i]` occurrences of term `i`.
        var bodyTerms: TermTable
        var bodyCounts: [UInt32]
        /// Terms in the text, repeats included.
        var length: Int
        /// Distinct terms of the heading.
        var headingTerms: TermTable
    }

    /// Tokenizes one page.
    public static func analyze(_ page: SearchPage) -> AnalyzedPage {
        let sections = page.sections.map { section -> AnalyzedSection in
            let text = Tokenizer.normalizedBytes(section.text)
            var terms = TermTable(capacity: text.count / 8)
            var counts: [UInt32] = []
            var length = 0
            text.withUnsafeBufferPointer { bytes in
                Tokenizer.scan(bytes, mode: .index) { term in
                    let (number, inserted) = terms.insert(term, hash: TermTable.hash(term))
                    if inserted { counts.append(1) } else { counts[number] += 1 }
                    length += 1
                }
            }
            terms.freeze()
            return AnalyzedSection(anchor: section.anchor, heading: section.heading, text: section.text, bodyTerms: terms,
                                   bodyCounts: counts, length: length, headingTerms: distinct(section.heading))
        }
        return AnalyzedPage(url: page.url, title: page.title, titleTerms: distinct(page.title),
                            sections: sections.isEmpty ? [AnalyzedSection(anchor: "", heading: page.title, text: "", bodyTerms: TermTable(),
                                                                          bodyCounts: [], length: 0, headingTerms: TermTable())] : sections)
    }

    /// Builds the index files from analyzed pages, in the order given.
    public static func build(_ pages: [AnalyzedPage], options: SearchIndexOptions = SearchIndexOptions()) -> SearchIndex {
        var accumulator = Accumulator(options: options)
        for page in pages { accumulator.add(page) }
        return accumulator.finish()
    }

    /// Collects analyzed pages one at a time, in site order, so a build can drop each page's text and terms as soon
    /// as they are added; `finish` encodes the shards on all cores.
    public struct Accumulator: Sendable {
        private let options: SearchIndexOptions
        /// Every term seen, numbered in first-seen order.
        private var terms = TermTable(capacity: 1 << 16)
        /// Postings in the order they were added (document order), each with its term's number; `finish` groups
        /// them by term. Appending to three flat lists keeps `add` sequential in memory, where a list per term made
        /// every posting a cache miss in a table of half a million terms.
        private var body = FlatPostings<UInt64>()
        private var heading = FlatPostings<UInt32>()
        private var title = FlatPostings<UInt32>()
        private var sectionLengths: [Int] = []
        private var pageStarts: [Int] = []
        private var pages: [StoredPage] = []

        /// An empty index.
        public init(options: SearchIndexOptions = SearchIndexOptions()) { self.options = options }

        /// Adds the next page.
        public mutating func add(_ page: AnalyzedPage) {
            let first = sectionLengths.count
            pageStarts.append(first)
            for number in numbers(of: page.titleTerms) { title.append(number, UInt32(first)) }
            for section in page.sections {
                let document = UInt64(sectionLengths.count)
                for (local, number) in numbers(of: section.bodyTerms).enumerated() {
                    body.append(number, document << 32 | UInt64(section.bodyCounts[local]))
                }
                for number in numbers(of: section.headingTerms) { heading.append(number, UInt32(document)) }
                sectionLengths.append(section.length)
            }
            pages.append(StoredPage(url: page.url, title: page.title, sections: page.sections.map {
                StoredSection(anchor: $0.anchor, heading: $0.heading, text: prefix($0.text, bytes: options.maximumSectionTextBytes))
            }))
        }

        /// The numbers here of `local`'s terms, in `local`'s order; new terms are added.
        private mutating func numbers(of local: TermTable) -> [Int] {
            local.bytes.withUnsafeBufferPointer { bytes in
                (0..<local.count).map { index in
                    let term = UnsafeBufferPointer(rebasing: bytes[local.starts[index]..<local.starts[index + 1]])
                    return terms.insert(term, hash: local.hashes[index]).number
                }
            }
        }

        /// The index files.
        public func finish() -> SearchIndex {
            let documentCount = sectionLengths.count
            let totalLength = sectionLengths.reduce(0, +)
            let averageLength = max(1, Double(totalLength) / Double(max(1, documentCount)))

            // Term shards, in UTF-16 order so that the browser's string comparison agrees. The two halves of the
            // sort and the grouping of postings by term run side by side.
            let terms = self.terms
            let sectionLengths = self.sectionLengths
            let (body, heading, title) = (self.body, self.heading, self.title)
            let half = terms.count / 2
            let lowerHalf = Slot<[Int]>(), upperHalf = Slot<[Int]>()
            let bodySlot = Slot<FlatPostings<UInt64>.Grouped>()
            let headingSlot = Slot<FlatPostings<UInt32>.Grouped>(), titleSlot = Slot<FlatPostings<UInt32>.Grouped>()
            DispatchQueue.concurrentPerform(iterations: 5) { task in
                switch task {
                case 0: lowerHalf.value = terms.sortedNumbers(0..<half)
                case 1: upperHalf.value = terms.sortedNumbers(half..<terms.count)
                case 2: bodySlot.value = body.grouped(termCount: terms.count)
                case 3: headingSlot.value = heading.grouped(termCount: terms.count)
                default: titleSlot.value = title.grouped(termCount: terms.count)
                }
            }
            let order = terms.merged(lowerHalf.value ?? [], upperHalf.value ?? [])
            guard let bodies = bodySlot.value, let headings = headingSlot.value, let titles = titleSlot.value else {
                preconditionFailure("every grouping task ran")
            }
            let entries = concurrentMap(order) { number -> [UInt8] in
                // A term's postings were added in document order, one per section.
                let entryHeading = Array(headings[number])
                let entryTitle = Array(titles[number])
                let body = bodies[number].map { posting -> UInt32 in
                    let document = posting >> 32
                    let count = Double(posting & 0xFFFF_FFFF)
                    let weight = SearchRanking.weight(count: count, length: Double(sectionLengths[Int(document)]), average: averageLength)
                    let step = SearchRanking.step(weight)
                    return UInt32(document) << 2 | step
                }
                // `term:[body, heading, title]`, empty trailing fields left out. Posting characters need no JSON
                // escaping, so each field is written straight between quotes.
                var out: [UInt8] = []
                terms.withTerm(number) { JSONText.append($0, to: &out) }
                out.append(contentsOf: ":[\"".utf8)
                encodeBody(body, documentCount: documentCount, to: &out)
                if !entryHeading.isEmpty || !entryTitle.isEmpty {
                    out.append(contentsOf: "\",\"".utf8)
                    PostingCodec.appendGaps(entryHeading, to: &out)
                }
                if !entryTitle.isEmpty {
                    out.append(contentsOf: "\",\"".utf8)
                    PostingCodec.appendGaps(entryTitle, to: &out)
                }
                out.append(contentsOf: "\"]".utf8)
                return out
            }
            var files: [String: String] = [:]
            let termShards = shards(entries.map(\.count), bytes: options.termShardBytes)
            for (number, range) in termShards.enumerated() {
                files["search/t\(number).js"] = script("t\(number)", joined(entries[range], open: "{", close: "}"))
            }
            let shardFirstTerms = termShards.map { terms.string(order[$0.lowerBound]) }

            // Document shards: whole pages, text cut to each section's share.
            let share = options.textBudgetBytes / max(1, documentCount)
            let textBytes = min(options.maximumSectionTextBytes, max(options.minimumSectionTextBytes, share))
            let pageEntries = concurrentMap(pages) { page -> [UInt8] in
                var out: [UInt8] = [UInt8(ascii: "[")]
                JSONText.append(page.url, to: &out)
                out.append(UInt8(ascii: ","))
                JSONText.append(page.title, to: &out)
                out.append(contentsOf: ",[".utf8)
                for (offset, section) in page.sections.enumerated() {
                    out.append(contentsOf: (offset == 0 ? "[" : ",[").utf8)
                    JSONText.append(section.anchor, to: &out)
                    out.append(UInt8(ascii: ","))
                    JSONText.append(section.heading, to: &out)
                    out.append(UInt8(ascii: ","))
                    JSONText.append(prefix(section.text, bytes: textBytes), to: &out)
                    out.append(UInt8(ascii: "]"))
                }
                out.append(contentsOf: "]]".utf8)
                return out
            }
            let docShards = shards(pageEntries.map(\.count), bytes: options.documentShardBytes)
            for (number, range) in docShards.enumerated() {
                files["search/d\(number).js"] = script("d\(number)", joined(pageEntries[range], open: "[", close: "]"))
            }
            let docShardStarts = docShards.map(\.lowerBound)

            let manifest = "{\"v\":1,\"docs\":\(documentCount),\"pages\":\(pages.count),\"rank\":\(SearchRanking.manifestJSON),\"pageStarts\":"
                + JSONText.string(PostingCodec.encodeGaps(pageStarts.map(UInt32.init), from: 0))
                + ",\"terms\":[" + shardFirstTerms.map(JSONText.string).joined(separator: ",") + "]"
                + ",\"docShards\":" + JSONText.string(PostingCodec.encodeGaps(docShardStarts.map(UInt32.init), from: 0))
                + (options.cardsScript.map { ",\"cards\":" + JSONText.string($0) } ?? "")
                + (options.synonyms.isEmpty ? "" : ",\"syn\":[" + options.synonyms.map { "[" + JSONText.string($0.from) + "," + JSONText.string($0.to) + "]" }.joined(separator: ",") + "]")
                + "}"
            files["search/index.js"] = script("index", manifest)
            return SearchIndex(files: files, documentCount: documentCount, termCount: terms.count, termShardCount: shardFirstTerms.count,
                               documentShardCount: docShardStarts.count, sectionTextBytes: textBytes)
        }
    }

    // MARK: - Helpers

    /// Postings of many terms in one list, in the order added, each tagged with its term's number.
    struct FlatPostings<Posting: Sendable>: Sendable {
        private var terms: [UInt32] = []
        private var postings: [Posting] = []

        mutating func append(_ term: Int, _ posting: Posting) {
            terms.append(UInt32(term))
            postings.append(posting)
        }

        /// The postings grouped by term (a stable counting sort): `[term]` is that term's postings in added order.
        func grouped(termCount: Int) -> Grouped {
            var starts = [Int](repeating: 0, count: termCount + 1)
            for term in terms { starts[Int(term) + 1] += 1 }
            for index in 0..<termCount { starts[index + 1] += starts[index] }
            var next = starts
            var sorted = [Posting]()
            if let first = postings.first {
                sorted = [Posting](repeating: first, count: postings.count)
                for (term, posting) in zip(terms, postings) {
                    sorted[next[Int(term)]] = posting
                    next[Int(term)] += 1
                }
            }
            return Grouped(starts: starts, postings: sorted)
        }

        struct Grouped: Sendable {
            let starts: [Int]
            let postings: [Posting]

            subscript(term: Int) -> ArraySlice<Posting> { postings[starts[term]..<starts[term + 1]] }
        }
    }

    struct StoredPage: Sendable {
        var url: String
        var title: String
        var sections: [StoredSection]
    }

    struct StoredSection: Sendable {
        var anchor: String
        var heading: String
        var text: String
    }

    /// Consecutive runs of entries of the given sizes, each closed once it holds `bytes` bytes (entries plus
    /// separators), the last possibly shorter.
    private static func shards(_ sizes: [Int], bytes limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = 0
        for (index, entry) in sizes.enumerated() {
            size += entry + 1
            if size >= limit {
                ranges.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        if start < sizes.count { ranges.append(start..<sizes.count) }
        return ranges
    }

    /// Body postings as gaps, or as a bitmap where that is shorter.
    private static func encodeBody(_ postings: [UInt32], documentCount: Int, to out: inout [UInt8]) {
        var gaps: [UInt8] = []
        PostingCodec.appendWeighted(postings, to: &gaps)
        let bitmapLength = (documentCount + 5) / 6 + 1
        if gaps.count > bitmapLength {
            PostingCodec.appendBitmap(postings.map { $0 >> 2 }, documentCount: documentCount, to: &out)
        } else {
            out.append(contentsOf: gaps)
        }
    }

    /// `open`, the entries separated by commas, `close`, as text.
    private static func joined(_ entries: ArraySlice<[UInt8]>, open: String, close: String) -> String {
        var out = Array(open.utf8)
        out.reserveCapacity(entries.reduce(2) { $0 + $1.count + 1 })
        for (offset, entry) in entries.enumerated() {
            if offset > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: entry)
        }
        out.append(contentsOf: close.utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static func script(_ name: String, _ value: String) -> String {
        "(self.GPUKB_SEARCH_DATA||(self.GPUKB_SEARCH_DATA={}))." + name + "=" + value + ";\n"
    }

    /// The distinct terms of `text`, in first-seen order.
    private static func distinct(_ text: String) -> TermTable {
        var terms = TermTable()
        Tokenizer.normalizedBytes(text).withUnsafeBufferPointer { bytes in
            Tokenizer.scan(bytes, mode: .index) { term in _ = terms.insert(term, hash: TermTable.hash(term)) }
        }
        terms.freeze()
        return terms
    }

    private static func prefix(_ text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var used = 0
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            used += String(scalar).utf8.count
            if used > bytes { break }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}

/// The order of JavaScript's string comparison (UTF-16 code units), computed on UTF-8 bytes: byte order is code point
/// order, which differs from UTF-16 order only between U+E000–U+FFFF and the supplementary planes.
enum UTF16Order {
    static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = min(a.count, b.count)
        var index = 0
        while index < count {
            let x = a[index], y = b[index]
            if x != y {
                // Lead bytes at the same place: F0–F4 is a surrogate pair in UTF-16 (D800–DFFF), which sorts before
                // EE/EF (E000–FFFF).
                if x >= 0xF0 && (y == 0xEE || y == 0xEF) { return true }
                if y >= 0xF0 && (x == 0xEE || x == 0xEF) { return false }
                return x < y
            }
            index += 1
        }
        return a.count < b.count
    }
}

/// A value set by one task of a `concurrentPerform` and read after it returns.
final class Slot<Value>: @unchecked Sendable {
    var value: Value?
}

/// `items.map(transform)` on all cores, in order.
func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let chunk = max(1, items.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
    let chunks = (items.count + chunk - 1) / chunk
    let results = ConcurrentResults<R>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { index in
        let range = (index * chunk)..<min(items.count, (index + 1) * chunk)
        results.set(index, items[range].map(transform))
    }
    return results.values.flatMap { $0 }
}

private final class ConcurrentResults<R>: @unchecked Sendable {
    private var storage: [[R]]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [R]) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [[R]] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
