/// Builds the sharded search index: `analyze` each page (pure, safe to run in parallel), then `build`.
///
/// Format (read by `themes/default/assets/search.js`):
/// - `search/index.js` assigns `GPUKB_SEARCH_DATA.index`: document and page counts, `pageStarts` (the first
///   document of each page, as varint deltas), `terms` (the first term of each term shard, shards in term order)
///   and `docShards` (the first page of each document shard, as varint deltas).
/// - `search/tN.js` assigns `GPUKB_SEARCH_DATA.tN`: term → `[body, heading, title]` posting strings. Body postings
///   are varint(gap << 2 | weight), weight a BM25 term weight (length-normalized, k1 1.2, b 0.75) in four steps;
///   a body string starting with `!` is instead a bitmap over all documents (weight step 1). Heading and title
///   postings are varint gaps; title postings point at a page's first document.
/// - `search/dN.js` assigns `GPUKB_SEARCH_DATA.dN`: `[url, title, [[anchor, heading, text], …]]` per page.
/// Varints use `PostingCodec`'s 64-character alphabet, five bits a character, low bits first.
public enum SearchIndexBuilder {
    /// A page reduced to what the index needs.
    public struct AnalyzedPage: Sendable {
        var url: String
        var title: String
        var titleTerms: [String]
        var sections: [AnalyzedSection]
    }

    struct AnalyzedSection: Sendable {
        var anchor: String
        var heading: String
        var text: String
        var bodyTerms: [String: Int]
        var length: Int
        var headingTerms: [String]
    }

    /// Tokenizes one page.
    public static func analyze(_ page: SearchPage) -> AnalyzedPage {
        let sections = page.sections.map { section -> AnalyzedSection in
            let text = Tokenizer.normalize(section.text)
            var counts: [String: Int] = [:]
            var length = 0
            Tokenizer.forEachTerm(ofNormalized: text, mode: .index) { term in
                counts[term, default: 0] += 1
                length += 1
            }
            return AnalyzedSection(anchor: section.anchor, heading: section.heading, text: section.text, bodyTerms: counts,
                                   length: length, headingTerms: distinct(Tokenizer.terms(section.heading, mode: .index)))
        }
        return AnalyzedPage(url: page.url, title: page.title, titleTerms: distinct(Tokenizer.terms(page.title, mode: .index)),
                            sections: sections.isEmpty ? [AnalyzedSection(anchor: "", heading: page.title, text: "", bodyTerms: [:],
                                                                          length: 0, headingTerms: [])] : sections)
    }

    /// Builds the index files from analyzed pages, in the order given.
    public static func build(_ pages: [AnalyzedPage], options: SearchIndexOptions = SearchIndexOptions()) -> SearchIndex {
        let documentCount = pages.reduce(0) { $0 + $1.sections.count }
        let totalLength = pages.reduce(0) { total, page in total + page.sections.reduce(0) { $0 + $1.length } }
        let averageLength = max(1, Double(totalLength) / Double(max(1, documentCount)))

        // Postings, term by term.
        var postings: [String: TermPostings] = [:]
        var document = 0
        var pageStarts: [Int] = []
        for page in pages {
            pageStarts.append(document)
            for term in page.titleTerms { postings[term, default: TermPostings()].title.append(UInt32(document)) }
            for section in page.sections {
                let norm = 1.2 * (0.25 + 0.75 * Double(section.length) / averageLength)
                for (term, count) in section.bodyTerms {
                    let weight = Double(count) * 2.2 / (Double(count) + norm)
                    let step = UInt32(min(3, max(0, Int((weight / 0.55).rounded()) - 1)))
                    postings[term, default: TermPostings()].body.append(UInt32(document) << 2 | step)
                }
                for term in section.headingTerms { postings[term, default: TermPostings()].heading.append(UInt32(document)) }
                document += 1
            }
        }

        // Term shards, in UTF-16 order so that the browser's string comparison agrees.
        let terms = postings.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        var files: [String: String] = [:]
        var shardFirstTerms: [String] = []
        var entries: [String] = []
        var shardBytes = 0
        func closeShard() {
            guard !entries.isEmpty else { return }
            let name = "t\(shardFirstTerms.count - 1)"
            files["search/\(name).js"] = script(name, "{" + entries.joined(separator: ",") + "}")
            entries = []
            shardBytes = 0
        }
        for term in terms {
            guard var entry = postings[term] else { continue }
            entry.body.sort()
            var fields = [encodeBody(entry.body, documentCount: documentCount), PostingCodec.encodeGaps(entry.heading.sorted()),
                          PostingCodec.encodeGaps(entry.title.sorted())]
            while fields.count > 1, fields.last == "" { fields.removeLast() }
            let encoded = JSONText.string(term) + ":[" + fields.map(JSONText.string).joined(separator: ",") + "]"
            if entries.isEmpty { shardFirstTerms.append(term) }
            entries.append(encoded)
            shardBytes += encoded.utf8.count + 1
            if shardBytes >= options.termShardBytes { closeShard() }
        }
        closeShard()

        // Document shards: whole pages, text cut to each section's share.
        let share = options.textBudgetBytes / max(1, documentCount)
        let textBytes = min(options.maximumSectionTextBytes, max(options.minimumSectionTextBytes, share))
        var docShardStarts: [Int] = []
        var pageEntries: [String] = []
        var docBytes = 0
        func closeDocShard() {
            guard !pageEntries.isEmpty else { return }
            let name = "d\(docShardStarts.count - 1)"
            files["search/\(name).js"] = script(name, "[" + pageEntries.joined(separator: ",") + "]")
            pageEntries = []
            docBytes = 0
        }
        for (index, page) in pages.enumerated() {
            let sections = page.sections.map { section in
                "[" + [section.anchor, section.heading, prefix(section.text, bytes: textBytes)].map(JSONText.string).joined(separator: ",") + "]"
            }
            let encoded = "[" + JSONText.string(page.url) + "," + JSONText.string(page.title) + ",[" + sections.joined(separator: ",") + "]]"
            if pageEntries.isEmpty { docShardStarts.append(index) }
            pageEntries.append(encoded)
            docBytes += encoded.utf8.count + 1
            if docBytes >= options.documentShardBytes { closeDocShard() }
        }
        closeDocShard()

        let manifest = "{\"v\":1,\"docs\":\(documentCount),\"pages\":\(pages.count),\"pageStarts\":"
            + JSONText.string(PostingCodec.encodeGaps(pageStarts.map(UInt32.init), from: 0))
            + ",\"terms\":[" + shardFirstTerms.map(JSONText.string).joined(separator: ",") + "]"
            + ",\"docShards\":" + JSONText.string(PostingCodec.encodeGaps(docShardStarts.map(UInt32.init), from: 0))
            + (options.cardsScript.map { ",\"cards\":" + JSONText.string($0) } ?? "") + "}"
        files["search/index.js"] = script("index", manifest)
        return SearchIndex(files: files, documentCount: documentCount, termCount: terms.count, termShardCount: shardFirstTerms.count,
                           documentShardCount: docShardStarts.count, sectionTextBytes: textBytes)
    }

    // MARK: - Helpers

    struct TermPostings {
        var body: [UInt32] = []
        var heading: [UInt32] = []
        var title: [UInt32] = []
    }

    private static func encodeBody(_ postings: [UInt32], documentCount: Int) -> String {
        let gaps = PostingCodec.encodeWeighted(postings)
        let bitmapLength = (documentCount + 5) / 6 + 1
        return gaps.utf8.count > bitmapLength ? PostingCodec.encodeBitmap(postings.map { $0 >> 2 }, documentCount: documentCount) : gaps
    }

    private static func script(_ name: String, _ value: String) -> String {
        "(self.GPUKB_SEARCH_DATA||(self.GPUKB_SEARCH_DATA={}))." + name + "=" + value + ";\n"
    }

    private static func distinct(_ terms: [String]) -> [String] {
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
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
