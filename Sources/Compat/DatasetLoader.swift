import Diagnostics
import Foundation
import Yams

/// Loads `content/data/compat/*.yaml` (and the engine's sentences, `phrases/<language>.yaml`) into a `CompatDataset`, reporting every problem with `path:line:col`.
public enum DatasetLoader {
    /// The files of the dataset, in load order.
    public static let fileNames = ["cuda.yaml", "architectures.yaml", "gpus.yaml", "cudnn.yaml", "pytorch.yaml", "drivers.yaml", "frameworks.yaml", "changes.yaml", "diagnosis.yaml"]

    /// Loads and validates the dataset in `directory`; `display` is how the directory is shown in diagnostics.
    /// A missing directory gives an empty dataset.
    public static func load(directory: URL, display: String, into bag: inout DiagnosticBag) -> CompatDataset {
        var texts: [String: String] = [:]
        for name in fileNames {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                bag.add(.error("\(name) is not valid UTF-8", at: SourceLocation(path: "\(display)/\(name)")))
                continue
            }
            texts[name] = text
        }
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for entry in entries.sorted() where entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") {
                if !fileNames.contains(entry) {
                    bag.add(.error("unknown dataset file '\(entry)'; expected one of: \(fileNames.joined(separator: ", "))",
                                   at: SourceLocation(path: "\(display)/\(entry)")))
                }
            }
        }
        let phrases = directory.appendingPathComponent(Phrasebook.folder)
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: phrases.path) {
            for entry in entries.sorted() {
                let name = "\(Phrasebook.folder)/\(entry)"
                guard entry.hasSuffix(".yaml") else {
                    bag.add(.error("unknown file '\(entry)' in \(Phrasebook.folder)/; expected <language>.yaml, such as zh-CN.yaml",
                                   at: SourceLocation(path: "\(display)/\(name)")))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: phrases.appendingPathComponent(entry).path),
                      let text = String(data: data, encoding: .utf8) else {
                    bag.add(.error("\(name) is not a readable UTF-8 file", at: SourceLocation(path: "\(display)/\(name)")))
                    continue
                }
                texts[name] = text
            }
        }
        return load(texts: texts, display: display, into: &bag)
    }

    /// Loads and validates the dataset from file texts keyed by file name.
    public static func load(texts: [String: String], display: String, into bag: inout DiagnosticBag) -> CompatDataset {
        var dataset = CompatDataset()
        var translatedTexts: [(languages: Set<String>, location: SourceLocation)] = []
        for name in fileNames {
            guard let text = texts[name] else { continue }
            var decoder = RecordDecoder(reader: YAMLReader(path: "\(display)/\(name)"))
            guard let root = decoder.reader.compose(text, into: &bag) else { continue }
            switch name {
            case "cuda.yaml": decoder.decodeCUDA(root, into: &dataset)
            case "architectures.yaml": decoder.decodeArchitectures(root, into: &dataset)
            case "gpus.yaml": decoder.decodeGPUs(root, into: &dataset)
            case "cudnn.yaml": decoder.decodeCuDNN(root, into: &dataset)
            case "pytorch.yaml": decoder.decodePyTorch(root, into: &dataset)
            case "drivers.yaml": decoder.decodeDriverBranches(root, into: &dataset)
            case "frameworks.yaml": decoder.decodeFrameworks(root, into: &dataset)
            case "diagnosis.yaml": decoder.decodeDiagnosis(root, into: &dataset)
            default: decoder.decodeChanges(root, into: &dataset)
            }
            bag.add(contentsOf: decoder.bag.all)
            translatedTexts.append(contentsOf: decoder.translatedTexts)
        }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) where name.hasPrefix(Phrasebook.folder + "/") {
            let language = String(name.dropFirst(Phrasebook.folder.count + 1).dropLast(".yaml".count))
            if let book = Phrasebook.load(text, language: language, displayPath: "\(display)/\(name)", into: &bag) {
                dataset.phrasebooks[language] = book
            }
        }
        dataset.phrases = dataset.phrasebooks["zh-CN"] ?? dataset.phrasebooks.sorted { $0.key < $1.key }.first?.value ?? .empty
        // The diagnosis texts speak every language the phrases do; the dataset as loaded speaks zh-CN.
        dataset.diagnosisInEveryLanguage?.checkTranslations(Set(dataset.phrasebooks.keys), into: &bag)
        let languages = Set(dataset.phrasebooks.keys)
        for (has, location) in translatedTexts where !languages.isSubset(of: has) {
            bag.add(.error("text has no \(languages.subtracting(has).sorted().joined(separator: ", ")); expected a text in every language the dataset speaks (\(languages.sorted().joined(separator: ", ")))",
                           at: location))
        }
        if let language = dataset.phrasebooks.keys.contains("zh-CN") ? "zh-CN" : dataset.phrasebooks.keys.sorted().first,
           let speaking = dataset.speaking(language) {
            dataset = speaking
        }
        dataset.diagnosis = dataset.diagnosisInEveryLanguage?.speaking(dataset.phrases.language)
        DatasetValidator.validate(dataset, into: &bag)
        return dataset
    }
}

/// Decodes records from composed YAML nodes.
struct RecordDecoder {
    let reader: YAMLReader
    var bag = DiagnosticBag()
    /// The languages of each text written per language, and where it is.
    var translatedTexts: [(languages: Set<String>, location: SourceLocation)] = []

    /// The fields of one record, keyed by name.
    struct Fields {
        var node: Node
        var values: [String: Node]
        subscript(_ key: String) -> Node? { values[key] }
    }

    /// Reads a mapping with `allowed` keys, reporting missing `required` ones at the record.
    mutating func fields(_ node: Node, allowed: [String], required: [String], what: String) -> Fields? {
        let mapping = reader.mapping(node, allowed: allowed, what: what, into: &bag)
        if node.mapping == nil { return nil }
        for key in required where mapping[key] == nil {
            bag.add(.error("\(what) has no '\(key)'\(key == "source" ? "; every record cites the document it was read from" : "")",
                           at: reader.location(of: node)))
        }
        return Fields(node: node, values: mapping.mapValues(\.value))
    }

    /// Reads the top-level mapping once: its fields, and the list under `key` (reported when missing).
    mutating func list(_ root: Node, key: String, file: String, allowed: [String]) -> (top: [String: Node], items: [Node]) {
        let top = reader.mapping(root, allowed: allowed, what: file, into: &bag).mapValues(\.value)
        guard let value = top[key] else {
            if root.mapping != nil { bag.add(.error("\(file) has no '\(key)' list", at: reader.location(of: root))) }
            return (top, [])
        }
        return (top, sequence(value, key: key))
    }

    mutating func sequence(_ node: Node, key: String) -> [Node] {
        guard let items = node.sequence else {
            bag.add(.error("expected '\(key)' to be a list, found \(reader.describe(node))", at: reader.location(of: node)))
            return []
        }
        return Array(items)
    }

    mutating func string(_ fields: Fields, _ key: String) -> String? {
        fields[key].flatMap { reader.string($0, key: key, into: &bag) }
    }

    mutating func version(_ fields: Fields, _ key: String) -> Version? {
        fields[key].flatMap { version($0, key: key) }
    }

    mutating func version(_ node: Node, key: String) -> Version? {
        guard let text = reader.string(node, key: key, into: &bag) else { return nil }
        guard let version = Version(text), version.local == nil else {
            bag.add(.error("expected '\(key)' to be a version such as 12.2.1, found \(Diagnostic.quoted(text))", at: reader.location(of: node)))
            return nil
        }
        return version
    }

    mutating func versions(_ fields: Fields, _ key: String) -> [Version]? {
        guard let node = fields[key] else { return nil }
        return sequence(node, key: key).compactMap { version($0, key: key) }
    }

    mutating func strings(_ fields: Fields, _ key: String) -> [String] {
        fields[key].flatMap { reader.strings($0, key: key, into: &bag) } ?? []
    }

    mutating func date(_ fields: Fields, _ key: String) -> String? {
        fields[key].flatMap { reader.partialDate($0, key: key, into: &bag) }
    }

    /// `source`, `also`, `note`, and the record's location.
    mutating func provenance(_ fields: Fields) -> Provenance {
        let location = reader.location(of: fields.node)
        var source = ""
        if let node = fields["source"], let text = reader.string(node, key: "source", into: &bag) {
            if text.hasPrefix("https://") || text.hasPrefix("http://") {
                source = text
            } else {
                bag.add(.error("expected 'source' to be an http(s) URL, found \(Diagnostic.quoted(text))", at: reader.location(of: node)))
            }
        }
        var also: [String] = []
        if let node = fields["also"] {
            also = reader.strings(node, key: "also", into: &bag) ?? []
            for url in also where !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                bag.add(.error("expected every 'also' entry to be an http(s) URL, found \(Diagnostic.quoted(url))", at: reader.location(of: node)))
            }
        }
        let note = translatable(fields, "note")
        var result = Provenance(source: source, also: also, note: note?.text, location: location)
        result.noteTranslations = note?.translations ?? [:]
        return result
    }

    /// A text that may be written once or per language: `"…"`, or `{zh-CN: "…", en: "…"}` (its first language is
    /// the one the dataset speaks as loaded, zh-CN by the dataset's convention; `DatasetLoader` checks that every
    /// language the dataset speaks is there).
    mutating func translatable(_ fields: Fields, _ key: String) -> (text: String, translations: [String: String])? {
        guard let node = fields[key] else { return nil }
        guard let mapping = node.mapping else { return reader.string(node, key: key, into: &bag).map { ($0, [:]) } }
        var first: String?
        var translations: [String: String] = [:]
        for (language, value) in reader.languages(of: mapping, expected: "'\(key)' to be a text or a text per language ({zh-CN: …, en: …})", into: &bag) {
            guard let text = reader.string(value, key: "\(key).\(language)", into: &bag) else { continue }
            if first == nil { first = text }
            translations[language] = text
        }
        translatedTexts.append((Set(translations.keys), reader.location(of: node)))
        return first.map { ($0, translations) }
    }

    /// `{linux: "…", windows: "…"}`; `"N/A"` reads as none.
    mutating func drivers(_ node: Node, key: String) -> DriverMinimums? {
        let mapping = reader.mapping(node, allowed: ["linux", "windows"], what: "'\(key)'", into: &bag)
        guard node.mapping != nil else { return nil }
        var result = DriverMinimums(linux: nil, windows: nil)
        for os in ["linux", "windows"] {
            guard let (_, value) = mapping[os] else {
                bag.add(.error("'\(key)' has no '\(os)'; write \"N/A\" where NVIDIA gives none", at: reader.location(of: node)))
                continue
            }
            guard let text = reader.string(value, key: "\(key).\(os)", into: &bag) else { continue }
            if text.uppercased() == "N/A" { continue }
            guard let version = Version(text), version.local == nil, version.major >= 100 else {
                bag.add(.error("expected '\(key).\(os)' to be a driver version such as 535.104.05 (or a branch such as 580) or \"N/A\", found \(Diagnostic.quoted(text))",
                               at: reader.location(of: value)))
                continue
            }
            if os == "linux" { result.linux = version } else { result.windows = version }
        }
        return result
    }

    mutating func rules(_ node: Node) -> [CompatRule] {
        sequence(node, key: "rules").compactMap { item in
            guard let fields = fields(item, allowed: ["id", "text", "source", "also", "note"], required: ["id", "text", "source"], what: "rule"),
                  let id = string(fields, "id"), let text = translatable(fields, "text") else { return nil }
            return CompatRule(id: id, text: text.text, provenance: provenance(fields), textTranslations: text.translations)
        }
    }
}
