import Bench
import Compat
import Diagnostics
import Markup
import Theme

/// The reader-facing text of one language: the theme's `strings/<language>.yaml`, checked against `UIText`.
struct SiteText: Sendable {
    /// The language tag, as in `site.yaml`.
    let language: String
    private let texts: [UIText: String]
    /// Singular forms (`name_one`) of texts that take `{count}`.
    private let singular: [UIText: String]
    /// Texts whose keys follow a list the build knows rather than `UIText`: `workload.<id>.title` and `.method`.
    private let listed: [String: String]
    /// The `page.*` plain texts by their name without the group, for the page template (`{{t.skip_link}}`).
    let template: [String: String]

    init(language: String, texts: [UIText: String], singular: [UIText: String] = [:], listed: [String: String] = [:]) {
        self.language = language
        self.texts = texts
        self.singular = singular
        self.listed = listed
        var template: [String: String] = [:]
        for key in UIText.allCases where key.rawValue.hasPrefix("page.") && !key.isHTML {
            template[String(key.rawValue.dropFirst("page.".count))] = texts[key] ?? key.rawValue
        }
        self.template = template
    }

    /// The plain text of `key` with its placeholders filled from `values` (plain text).
    func text(_ key: UIText, _ values: [String: String] = [:]) -> String {
        TextTemplate.fill(TextTable.pick(key, values, texts: texts, singular: singular), values)
    }

    /// `key` as HTML. A plain key is filled from `values` (plain text) and then escaped; an `_html` key is filled
    /// from `values` as they are, so the caller escapes what goes into it.
    func html(_ key: UIText, _ values: [String: String] = [:]) -> String {
        let filled = TextTemplate.fill(TextTable.pick(key, values, texts: texts, singular: singular), values)
        return key.isHTML ? filled : HTMLEscaping.escape(filled)
    }

    /// The keys the theme's scripts use: every `script.*` text and the page texts they share with the build.
    static let scriptKeys: [UIText] = UIText.allCases.filter { $0.rawValue.hasPrefix("script.") }
        + [.toc, .copy, .searchLabel, .rows, .badgeOK, .badgeLimited, .badgeUnsupported, .listSeparator]

    /// The keys `check_env.py` prints with: its report and help, and the diagnose page's labels it shares.
    static let reportKeys: [UIText] = UIText.allCases.filter { $0.rawValue.hasPrefix("report.") }
        + UIText.allCases.filter { $0.rawValue.hasPrefix("script.diagnose_source_") }
        + [.scriptDiagnoseSources, .scriptDiagnoseDriverVersion, .scriptDiagnoseCUDAVersion, .scriptDiagnoseGPUCount, .scriptDiagnoseOS,
           .scriptDiagnoseTorchCUDA, .scriptDiagnoseNvcc, .scriptDiagnoseOSUnknown, .scriptSeverityError, .scriptSeverityWarning,
           .scriptSeverityInfo, .listSeparator]

    /// The report's texts as one JSON object (key → text with `{name}` placeholders), for `check_env.py`.
    var reportJSON: String {
        JSONValue.object(Self.reportKeys.map { ($0.rawValue, .string(texts[$0] ?? $0.rawValue)) }).render()
    }

    /// Where the scripts' texts go in the site (the page template loads it before site.js).
    var scriptPath: String { "assets/text.\(language).js" }

    /// The scripts' texts as `window.GPUKB_TEXT` (key → text with `{name}` placeholders, and `key_one` → a singular
    /// form), which site.js's `say` reads.
    var script: String {
        let table = JSONValue.object(Self.scriptKeys.flatMap { key -> [(String, JSONValue)] in
            [(key.rawValue, .string(texts[key] ?? key.rawValue))]
                + (singular[key].map { [(key.rawValue + TextTable<UIText>.singularSuffix, JSONValue.string($0))] } ?? [])
        })
        return "/* The theme's texts for its scripts (strings/<language>.yaml, script.* and shared keys), written by gpukb. */\n"
            + "window.GPUKB_TEXT = " + table.render() + ";\n"
    }

    /// A benchmark workload's chart title (plain text); its id when the table has none.
    func workloadTitle(_ id: String) -> String { listed["workload.\(id).title"] ?? id }

    /// How a benchmark workload's figure was taken (plain text); empty when the table has none.
    func workloadMethod(_ id: String) -> String { listed["workload.\(id).method"] ?? "" }

    /// The keys a table must hold besides `UIText`'s: a title and a method for every workload in `Workload.all`.
    static let listedKeys: [String] = Workload.all.flatMap { ["workload.\($0.id).title", "workload.\($0.id).method"] }

    /// Reads and checks the theme's table for `language`. Every problem is reported (a missing key, an unknown
    /// key, a placeholder the build does not fill, a value that is not text), each with its line and column.
    static func load(_ theme: Theme, language: String, themeDisplay: String, languageLocation: SourceLocation,
                     into bag: inout DiagnosticBag) -> SiteText? {
        guard let file = theme.strings[language] else {
            let known = theme.strings.keys.sorted()
            bag.add(.error("the theme has no string table for language '\(language)'; expected \(themeDisplay)/strings/\(language).yaml"
                           + (known.isEmpty ? "" : " (it has: \(known.joined(separator: ", ")))"), at: languageLocation))
            return nil
        }
        let workloads = TextTable<UIText>.Listed(prefix: "workload.", keys: listedKeys,
                                                 expected: "'workload.<id>.title' or '.method' for a workload gpukb knows (Sources/Bench/Workloads.swift)")
        guard let table = TextTable<UIText>.load(file.text, displayPath: file.displayPath, keysDefinedIn: "Sources/SitePipeline/UIText.swift",
                                                 listed: workloads, into: &bag) else { return nil }
        return SiteText(language: language, texts: table.texts, singular: table.singular, listed: table.listed)
    }

}
