import Compat
import Diagnostics
import Foundation
import Markup
import Yams

/// One term of `content/data/glossary.yaml`: the word the guides use, and the forms they do not.
struct GlossaryTerm: Sendable, Hashable {
    /// The form to write.
    var term: String
    /// The English term it translates.
    var english: String
    /// Forms a guide must not use for it.
    var avoid: [String]
    /// What it means, one or two sentences.
    var meaning: String
    /// Where it is defined.
    var location: SourceLocation
}

/// Rules for a guide's prose (text outside code), checked on every guide page: the glossary's terms, driver-branch
/// dates against the driver-branch table, and PyTorch pins in inline code against the PyTorch releases. Also renders
/// the glossary for a `glossary` block.
struct ProseRules: Sendable {
    static let glossaryPath = "data/glossary.yaml"
    static let synonymsPath = "data/synonyms.yaml"

    var terms: [GlossaryTerm] = []
    /// `content/data/synonyms.yaml`: what readers type → the word the guides use.
    var synonyms: [(from: String, to: String)] = []
    /// Branch number → end of life (`YYYY-MM`), from the dataset.
    var branchEnds: [Int: String] = [:]
    var directives: DatasetDirectives?
    /// Where the glossary was read from, for diagnostics.
    var glossaryDisplay = "content/data/glossary.yaml"

    var isEmpty: Bool { terms.isEmpty && branchEnds.isEmpty && directives == nil }

    /// Reads the glossary (a missing file is no glossary) and takes branch dates from `dataset`.
    static func load(contentURL: URL, display: String, dataset: CompatDataset, directives: DatasetDirectives?,
                     into bag: inout DiagnosticBag) -> ProseRules {
        var rules = ProseRules()
        rules.directives = directives
        rules.glossaryDisplay = display
        for branch in dataset.driverBranches {
            if let end = branch.endOfLife { rules.branchEnds[branch.branch] = end }
        }
        if let data = FileManager.default.contents(atPath: contentURL.appendingPathComponent(glossaryPath).path) {
            rules.terms = parseGlossary(String(decoding: data, as: UTF8.self), display: display, into: &bag)
        }
        if let data = FileManager.default.contents(atPath: contentURL.appendingPathComponent(synonymsPath).path) {
            let synonymsDisplay = display.replacingOccurrences(of: glossaryPath, with: synonymsPath)
            rules.synonyms = parseSynonyms(String(decoding: data, as: UTF8.self), display: synonymsDisplay, into: &bag)
        }
        return rules
    }

    /// The search's rewrites: the synonyms file, then each glossary term's avoided forms.
    var searchSynonyms: [(from: String, to: String)] {
        var pairs = synonyms
        var seen = Set(pairs.map(\.from))
        for term in terms {
            for form in term.avoid where !seen.contains(form) {
                pairs.append((form, term.term))
                seen.insert(form)
            }
        }
        return pairs
    }

    /// The items of a file whose only top-level key is `key`, a list; problems reported, none gives an empty list.
    private static func topList(_ text: String, key: String, what: String, reader: YAMLReader, into bag: inout DiagnosticBag) -> [Node] {
        guard let root = reader.compose(text, into: &bag) else { return [] }
        let top = reader.mapping(root, allowed: [key], what: what, into: &bag)
        guard let list = top[key]?.value else {
            if root.mapping != nil { bag.add(.error("\(what) has no '\(key)' list", at: reader.location(of: root))) }
            return []
        }
        guard let items = list.sequence else {
            bag.add(.error("expected '\(key)' to be a list, found \(reader.describe(list))", at: reader.location(of: list)))
            return []
        }
        return Array(items)
    }

    /// Parses `synonyms:` a list of {use, for: [...]}: each `for` phrase is searched as `use`.
    static func parseSynonyms(_ text: String, display: String, into bag: inout DiagnosticBag) -> [(from: String, to: String)] {
        let reader = YAMLReader(path: display)
        let items = topList(text, key: "synonyms", what: "the synonyms file", reader: reader, into: &bag)
        var pairs: [(from: String, to: String)] = []
        var seen: [String: Int] = [:]
        for item in items {
            let fields = reader.mapping(item, allowed: ["use", "for"], what: "a synonym group", into: &bag)
            guard item.mapping != nil else { continue }
            guard let useNode = fields["use"]?.value, let forNode = fields["for"]?.value else {
                bag.add(.error("a synonym group needs 'use' (the word the guides use) and 'for' (what readers type)", at: reader.location(of: item)))
                continue
            }
            guard let use = reader.string(useNode, key: "use", into: &bag), let phrases = reader.strings(forNode, key: "for", into: &bag) else { continue }
            let location = reader.location(of: item)
            for phrase in phrases {
                let trimmed = phrase.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed == use {
                    bag.add(.error("'\(phrase)' cannot stand for '\(use)': it is empty or the same word", at: location))
                } else if let first = seen[trimmed] {
                    bag.add(.error("'\(trimmed)' is listed twice; first at line \(first)", at: location))
                } else {
                    seen[trimmed] = location.line
                    pairs.append((trimmed, use))
                }
            }
        }
        return pairs
    }

    /// Parses the glossary: `terms:` a list of {term, english, avoid, meaning}.
    static func parseGlossary(_ text: String, display: String, into bag: inout DiagnosticBag) -> [GlossaryTerm] {
        let reader = YAMLReader(path: display)
        let items = topList(text, key: "terms", what: "the glossary", reader: reader, into: &bag)
        var terms: [GlossaryTerm] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let fields = reader.mapping(item, allowed: ["term", "english", "avoid", "meaning"], what: "a glossary term", into: &bag)
            guard item.mapping != nil else { continue }
            for key in ["term", "meaning"] where fields[key] == nil {
                bag.add(.error("a glossary term has no '\(key)'", at: reader.location(of: item)))
            }
            guard let termNode = fields["term"]?.value, let term = reader.string(termNode, key: "term", into: &bag),
                  let meaningNode = fields["meaning"]?.value, let meaning = reader.string(meaningNode, key: "meaning", into: &bag) else { continue }
            let english = fields["english"].flatMap { reader.string($0.value, key: "english", into: &bag) } ?? ""
            let avoid = fields["avoid"].flatMap { reader.strings($0.value, key: "avoid", into: &bag) } ?? []
            let location = reader.location(of: item)
            for form in [term] + avoid {
                if let first = seen[form] {
                    bag.add(.error("'\(form)' appears twice in the glossary; first at line \(first.line)", at: location))
                }
                seen[form] = location
            }
            terms.append(GlossaryTerm(term: term, english: english, avoid: avoid, meaning: meaning, location: location))
        }
        // An avoided form inside a term (its own or another's) would flag every use of that term.
        for index in terms.indices {
            terms[index].avoid = terms[index].avoid.filter { form in
                guard let owner = terms.first(where: { form.isEmpty || $0.term.contains(form) }) else { return true }
                bag.add(.error("'\(form)' cannot be avoided: the term '\(owner.term)' contains it", at: terms[index].location))
                return false
            }
        }
        return terms
    }

    // MARK: - Lint

    /// Reports every rule the page's prose breaks. `location` gives a node's position. `terms: false` leaves out the
    /// glossary's terms, which are the main language's words (a translation writes "Secure Boot" where a Chinese
    /// guide writes 安全启动).
    func lint(_ document: MarkupNode, terms checksTerms: Bool = true, location: (MarkupNode) -> SourceLocation, into bag: inout DiagnosticBag) {
        document.forEach { node in
            switch node.kind {
            case .text(let text):
                if checksTerms { lintTerms(text, at: location(node), into: &bag) }
                lintBranchDates(text, at: location(node), into: &bag)
            case .paragraph, .heading, .tableCell:
                guard let directives else { return }
                var context: String?
                node.forEach { inline in
                    guard case .code(let code) = inline.kind, code.contains("torch") else { return }
                    if context == nil { context = node.plainText }
                    directives.lint(inlineCode: code, context: (context ?? "").replacingOccurrences(of: code, with: " "),
                                    at: location(inline), into: &bag)
                }
            default:
                break
            }
        }
    }

    private func lintTerms(_ text: String, at start: SourceLocation, into bag: inout DiagnosticBag) {
        for term in terms {
            for form in term.avoid {
                var search = text[...]
                while let range = search.range(of: form) {
                    search = text[range.upperBound...]
                    // "安全启动（Secure Boot）": the other form in brackets right after the term is allowed.
                    let before = text[..<range.lowerBound]
                    if before.hasSuffix(term.term + "（") || before.hasSuffix(term.term + " (") || before.hasSuffix(term.term + "(") { continue }
                    // “主版本”: a word quoted as a word is mentioned, not used.
                    if before.hasSuffix("“"), text[range.upperBound...].hasPrefix("”") { continue }
                    var here = start
                    here.column += text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                    bag.add(.error("'\(form)' is not the glossary's term: write '\(term.term)'"
                                   + (term.english.isEmpty ? "" : " (\(term.english))"),
                                   at: here, note: "\(glossaryDisplay):\(term.location.line) fixes the term; the other form may follow it in brackets, \(term.term)（\(form)）, or be quoted as a word, “\(form)”"))
                }
            }
        }
    }

    /// "R580 … 支持到 2028 年 8 月": a branch named with an end-of-life date that disagrees with the dataset.
    private func lintBranchDates(_ text: String, at start: SourceLocation, into bag: inout DiagnosticBag) {
        guard !branchEnds.isEmpty, text.contains("年"), text.contains("R") else { return }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 3 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "R", index == 0 || !Self.isWordScalar(scalars[index - 1]),
                  let branch = Self.digits(scalars, from: index + 1, count: 3),
                  index + 4 >= scalars.count || !Self.isWordScalar(scalars[index + 4]) else { continue }
            // The clause after the branch: up to the next branch name or clause end.
            var end = index + 4
            while end < scalars.count, end - index < 80, !"。；;\n".unicodeScalars.contains(scalars[end]) {
                if scalars[end] == "R", end + 3 < scalars.count, Self.digits(scalars, from: end + 1, count: 3) != nil { break }
                end += 1
            }
            let clause = String(String.UnicodeScalarView(scalars[index..<end]))
            guard let expected = branchEnds[branch],
                  Self.endWords.contains(where: { clause.contains($0) }),
                  let (year, month, offset) = Self.yearMonth(in: clause) else { continue }
            let written = String(format: "%04d-%02d", year, month)
            guard written != expected else { continue }
            var here = start
            here.column += index + offset
            let parts = expected.split(separator: "-")
            let readable = parts.count == 2 ? "\(parts[0]) 年 \(Int(parts[1]) ?? 0) 月" : expected
            bag.add(.error("R\(branch)'s end of life is \(readable) in the driver-branch table, not \(year) 年 \(month) 月",
                           at: here, note: "write {{fact branch R\(branch) eol}} so the date follows content/data/compat/drivers.yaml"))
        }
    }

    private static let endWords = ["支持到", "到期", "结束", "停止", "终止", "止于", "截止", "end of life", "EOL", "生命周期"]

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_")
    }

    private static func digits(_ scalars: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        guard start + count <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[start..<(start + count)] {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }

    /// The first "YYYY 年 M 月" (spaces optional) in `clause`: year, month and the scalar offset of the year.
    private static func yearMonth(in clause: String) -> (Int, Int, Int)? {
        let scalars = Array(clause.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            defer { index += 1 }
            guard index == 0 || !isWordScalar(scalars[index - 1]), let year = digits(scalars, from: index, count: 4),
                  (1990...2100).contains(year) else { continue }
            var cursor = index + 4
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            guard cursor < scalars.count, scalars[cursor] == "年" else { continue }
            cursor += 1
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            let monthDigits = digits(scalars, from: cursor, count: 2).map { ($0, 2) } ?? digits(scalars, from: cursor, count: 1).map { ($0, 1) }
            guard let (month, width) = monthDigits, (1...12).contains(month) else { continue }
            cursor += width
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            guard cursor < scalars.count, scalars[cursor] == "月" else { continue }
            return (year, month, index)
        }
        return nil
    }

    // MARK: - Rendering

    /// The glossary as a table, for a `glossary` block, and the row ids (`term-大版本`) links may point at.
    func renderGlossary(ui: SiteText) -> (html: String, ids: [String]) {
        var slugger = Slugger()
        var ids: [String] = []
        var html = HTML()
        html.open("div", ["class": "matrix-scroll", "tabindex": "0"])
        html += "\n"
        html.open("table", ["class": "glossary"])
        html += "\n"
        html.element("caption", text: ui.text(.glossaryCaption))
        html += "\n"
        html.element("thead") { html in
            html.element("tr") { html in
                for column: UIText in [.glossaryColumnTerm, .glossaryColumnEnglish, .glossaryColumnAvoid, .glossaryColumnMeaning] {
                    html.element("th", ["scope": "col"], text: ui.text(column))
                }
            }
        }
        html += "\n<tbody>\n"
        for term in terms {
            let id = slugger.slug(for: "term " + term.term)
            ids.append(id)
            html.element("tr", ["id": id]) { html in
                html.element("th", ["scope": "row"], text: term.term)
                html.element("td", ["lang": "en"], text: term.english)
                html.element("td", text: term.avoid.joined(separator: ui.text(.listSeparator)))
                html.element("td", text: term.meaning)
            }
            html += "\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        return (html.description, ids)
    }
}
