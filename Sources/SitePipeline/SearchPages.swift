import Compat
import Foundation
import Markup

/// The full results page and the answer-card data that search shows above results.
enum SearchPages {
    /// The results page, `search/index.html?q=…`.
    static let resultsURL = "search/index.html"
    /// Answer-card data, loaded with the index's manifest.
    static let cardsURL = "search/cards.js"

    /// The results page: a form that works without script (it submits `q` by GET) and a results list that
    /// `search.js` fills.
    static func resultsPage(displayPath: String, ui: SiteText) -> Page {
        var document = GeneratedDocument()
        document.html("""
        <form class="search-page-form" role="search" action="index.html" method="get">
        <label for="search-page-input">\(ui.html(.searchPageLabel))</label>
        <input id="search-page-input" class="search-page-input" type="search" name="q" spellcheck="false" placeholder="\(ui.html(.searchPagePlaceholder))">
        <button type="submit">\(ui.html(.searchSubmit))</button>
        </form>
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
        <div id="search-cards" class="search-cards"></div>
        <ol id="search-results" class="search-results"></ol>
        <noscript><p>\(ui.html(.searchNoscript))</p></noscript>

        """)
        return Page(kind: .generated, url: resultsURL, sourcePath: nil, displayPath: displayPath, title: ui.text(.searchTitle),
                    description: ui.text(.searchDescription), frontMatter: nil, sectionID: nil, document: document.document)
    }

    /// `search/cards.js`: GPUs by every name a reader types, CUDA and PyTorch releases by version, and the
    /// resolver's driver answer at every driver number where it changes.
    static func cardsScript(_ data: CompatDataset, ui: SiteText) -> String {
        let resolver = Resolver(data: data)
        var gpus: [JSONValue] = []
        for gpu in data.gpus {
            let keys = GPUIndex.keys(for: gpu)
            let first = resolver.firstCUDA(for: gpu)
            var facts: [JSONValue] = [
                pair(ui.text(.cardArchitecture), gpu.architecture),
                pair(ui.text(.cardComputeCapability), ui.text(gpu.computeCapabilityInferred ? .cardComputeCapabilityInferredValue : .cardComputeCapabilityValue, ["cc": gpu.computeCapability.description, "sm": gpu.computeCapability.parts.map(String.init).joined()])),
            ]
            if let first {
                var text = "CUDA \(first)"
                if let release = data.cudaGA(first), let linux = release.minDriver.linux { text += ui.text(.cardFirstCUDADriver, ["driver": linux.description]) }
                facts.append(pair(ui.text(.cardFirstCUDA), text))
            }
            if let last = resolver.lastCUDA(for: gpu) { facts.append(pair(ui.text(.cardLastCUDA), last.name)) }
            gpus.append(.object([
                ("keys", .array(keys.map { .string($0) })),
                ("title", .string(gpu.name)),
                ("facts", .array(facts)),
                ("url", .string(EntityURL.gpu(gpu))),
                ("resolve", .string(EntityURL.resolver(gpu: gpu.name))),
            ]))
        }
        var cuda: [JSONValue] = []
        for release in data.cuda {
            var facts: [JSONValue] = []
            facts.append(pair(ui.text(.cardLinuxDriver), release.requirementFact(for: .linux, phrases: data.phrases) ?? ui.text(.notApplicable)))
            facts.append(pair(ui.text(.cardWindowsDriver), release.requirementFact(for: .windows, phrases: data.phrases) ?? ui.text(.notApplicable)))
            if let floor = data.floor(major: release.version.major) {
                facts.append(pair(ui.text(.cardMinorFloor), ui.text(.cardMinorFloorValue, ["linux": floor.minDriver.linux?.description ?? "—", "windows": floor.minDriver.windows?.description ?? "—"])))
            }
            var members: [(String, JSONValue)] = [
                ("v", .string(release.version.description)),
                ("title", .string(ui.text(.cudaTitle, ["name": release.name, "version": release.version.description]))),
                ("facts", .array(facts)),
                ("url", .string(EntityURL.cuda(release))),
            ]
            if let linux = release.minDriver.linux { members.append(("resolve", .string(EntityURL.resolver + "?os=linux&driver=" + linux.description))) }
            cuda.append(.object(members))
        }
        var torch: [JSONValue] = []
        for release in data.pytorch {
            let variants = release.cudaVariants.map(\.tag).joined(separator: ui.text(.listSeparator))
            let facts: [JSONValue] = [
                pair(ui.text(.cardCUDABuilds), variants.isEmpty ? ui.text(.cardCPUOnly) : variants),
                pair("Python", "\(release.python.min)–\(release.python.max)"),
                pair("torchvision / torchaudio", "\(release.torchvision?.description ?? "—") / \(release.torchaudio?.description ?? "—")"),
            ]
            torch.append(.object([
                ("v", .string(release.version.description)),
                ("title", .string("PyTorch \(release.version)")),
                ("facts", .array(facts)),
                ("url", .string(EntityURL.pytorch(release))),
                ("resolve", .string(EntityURL.resolver)),
            ]))
        }
        var drivers: [(String, JSONValue)] = []
        for os in [OperatingSystem.linux, .windows] {
            var points = Set<Version>()
            for release in data.cuda { if let value = release.minDriver.minimum(for: os) { points.insert(value) } }
            for floor in data.minorCompat { if let value = floor.minDriver.minimum(for: os) { points.insert(value) } }
            let steps = points.sorted().map { point -> JSONValue in
                let answer = resolver.driver(point, os: os)
                var text = answer.newestToolkit.map { ui.text(.cardDriverNewest, ["name": $0.name, "version": $0.version.description]) } ?? ui.text(.cardDriverNone)
                if let beyond = answer.minorCompat {
                    text += ui.text(.cardDriverMinor, ["major": String(beyond.release.version.major), "name": beyond.release.name])
                }
                return .array([.string(point.description), .string(text), .optional(answer.newestToolkit.map { EntityURL.cuda($0) })])
            }
            drivers.append((os.rawValue, .array(steps)))
        }
        let cards = JSONValue.object([
            ("gpus", .array(gpus)),
            ("cuda", .array(cuda)),
            ("torch", .array(torch)),
            ("drivers", .object(drivers)),
            ("resolver", .string(EntityURL.resolver)),
        ])
        return "(self.GPUKB_SEARCH_DATA||(self.GPUKB_SEARCH_DATA={})).cards=" + cards.render() + ";\n"
    }

    private static func pair(_ label: String, _ value: String) -> JSONValue { .array([.string(label), .string(value)]) }
}
