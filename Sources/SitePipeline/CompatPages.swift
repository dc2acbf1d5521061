import Compat
import Foundation
import Markup

/// The generated part of the site: matrices, one page per GPU, CUDA and PyTorch release, the resolver and the
/// change log, all from the dataset.
struct CompatPages {
    /// `sm_75 sm_80 + compute_90 PTX`, escaped.
    private static func archText(_ archs: [Version], _ ptx: Version?) -> String {
        HTMLFragments.text(archs.map { "sm_\($0.major)\($0.minor)" }.joined(separator: " ") + (ptx.map { " + compute_\($0.major)\($0.minor) PTX" } ?? ""))
    }

    /// The section the generated pages belong to.
    static let sectionID = "compat"

    let data: CompatDataset
    let resolver: Resolver
    /// Path of `cuda.yaml` etc. as shown in diagnostics.
    let displayPath: String
    /// Distinct compute capabilities of the dataset's GPUs, newest first, with up to three GPU names each.
    private let capabilities: [(cc: Version, names: String)]

    /// Benchmark runs, for the GPU pages' links to their results.
    let bench: BenchDirectives?
    /// The resolver's data as JSON, rendered once: the resolver page's script and check_env.py both carry it.
    let resolverJSON: String

    /// The reader-facing text of the site's language.
    let ui: SiteText
    /// Per compute capability, per release (newest first), the Linux verdict of each CUDA variant: computed once, as
    /// GPUs of one capability share the GPU page's table of builds.
    private let verdictsByCC: [Version: [[Verdict]]]

    init(data: CompatDataset, displayPath: String, bench: BenchDirectives? = nil, ui: SiteText) {
        self.ui = ui
        resolverJSON = ResolverData.make(data).render()
        self.data = data
        self.bench = bench
        self.resolver = Resolver(data: data)
        self.displayPath = displayPath
        let resolver = self.resolver
        verdictsByCC = Dictionary(uniqueKeysWithValues: Set(data.gpus.map(\.computeCapability)).map { cc in
            (cc, data.pytorch.reversed().map { release in release.cudaVariants.map { resolver.architectureVerdict(cc: cc, variant: $0) } })
        })
        capabilities = Array(Set(data.gpus.map(\.computeCapability))).sorted(by: >).map { cc in
            (cc, data.gpus.filter { $0.computeCapability == cc }.prefix(3).map(\.name).joined(separator: ui.text(.listSeparator)))
        }
    }

    /// A generated page and whether it is listed in the section's navigation.
    struct Generated {
        var page: Page
        var listed: Bool
    }

    /// Every generated page.
    func pages() -> [Generated] {
        var result = [
            make(EntityURL.resolver, title: ui.text(.resolverTitle), summary: ui.text(.resolverSummary), listed: true,
                 scripts: ["resolve/compat-data.js", "assets/resolve.js"], body: resolverPage),
            make(EntityURL.driverMatrix, title: ui.text(.driverMatrixTitle), summary: ui.text(.driverMatrixSummary), listed: true, body: driverMatrixPage),
            make(EntityURL.pytorchMatrix, title: ui.text(.pytorchMatrixTitle), summary: ui.text(.pytorchMatrixSummary), listed: true, body: pytorchMatrixPage),
            make(EntityURL.cudnnMatrix, title: ui.text(.cudnnMatrixTitle), summary: ui.text(.cudnnMatrixSummary), listed: true, body: cudnnMatrixPage),
            make(EntityURL.gpuMatrix, title: ui.text(.gpuMatrixTitle), summary: ui.text(.gpuMatrixSummary), listed: true, body: gpuMatrixPage),
            make("diagnose/index.html", title: ui.text(.diagnoseTitle), summary: ui.text(.diagnoseSummary), listed: true,
                 scripts: [EntityURL.resolverData, "assets/resolve.js", "assets/diagnose.js"], body: diagnosePage),
            make(EntityURL.changes, title: ui.text(.changesTitle), summary: ui.text(.changesSummary), listed: true, body: changesPage),
        ]
        for gpu in data.gpus { result.append(make(EntityURL.gpu(gpu), title: gpu.name, summary: ui.text(.gpuSummary, ["name": gpu.name]), listed: false,
                                    parent: EntityURL.gpuMatrix) { gpuPage(gpu, root: $0) }) }
        for (index, release) in data.cuda.enumerated() {
            result.append(make(EntityURL.cuda(release), title: ui.text(.cudaTitle, ["name": release.name, "version": release.version.description]), summary: ui.text(.cudaSummary, ["version": release.version.description]), listed: false,
                               parent: EntityURL.driverMatrix) {
                cudaPage(release, index: index, root: $0)
            })
        }
        for release in data.pytorch {
            result.append(make(EntityURL.pytorch(release), title: "PyTorch \(release.version)", summary: ui.text(.pytorchSummary, ["version": release.version.description]), listed: false,
                               parent: EntityURL.pytorchMatrix) {
                pytorchPage(release, root: $0)
            })
        }
        return result
    }

    /// The diagnose page: a paste box whose text `diagnose.js` reads in the browser; nothing leaves the page.
    private func diagnosePage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph(ui.text(.diagnoseIntro))
        doc.html("""
        <form class="diagnose-form" action="#" method="get">
        <label for="diagnose-input">\(ui.html(.diagnosePasteLabel))</label>
        <textarea id="diagnose-input" class="diagnose-input" rows="12" spellcheck="false" placeholder="\(ui.html(.diagnosePlaceholder))"></textarea>
        <p><button id="diagnose-run" type="button">\(ui.html(.diagnoseRun))</button></p>
        </form>
        <div id="diagnose-findings" class="diagnose-findings" aria-live="polite"></div>
        <div id="diagnose-facts" class="diagnose-facts"></div>
        <noscript><p>\(ui.html(.diagnoseNoscript))</p></noscript>

        """)
        doc.heading(2, ui.text(.diagnoseOfflineHeading))
        doc.html("<p>" + ui.html(.diagnoseOfflineHTML, ["link": HTMLFragments.link("check_env.py", to: "downloads/check_env.py", root: root)]) + "</p>\n")
        doc.html("<pre><code>python3 check_env.py\npython3 check_env.py --report report.txt --json</code></pre>\n")
        return doc.nodes
    }

    /// Files that are not pages: the resolver's data script and the Atom feed.
    func files(baseURL: String?) -> [String: Data] {
        [
            EntityURL.resolverData: Data(ResolverData.script(json: resolverJSON).utf8),
            EntityURL.changesFeed: Data(ChangeFeed.atom(data, baseURL: baseURL, ui: ui).utf8),
        ]
    }

    // MARK: - Matrices

    private func driverMatrixPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph(ui.text(.driverMatrixIntro))
        doc.heading(2, ui.text(.driverMatrixRules))
        doc.html(rulesList(data.cudaRules))
        doc.heading(2, ui.text(.driverMatrixMinorHeading))
        doc.html(HTMLFragments.table(columns: [ui.text(.driverMatrixMajorColumn), ui.text(.driverMatrixLinuxColumn), ui.text(.driverMatrixWindowsColumn), ui.text(.sourceColumn)], rows: data.minorCompat.map { floor in
            ["\(floor.major).x", floor.minDriver.linux?.description ?? "N/A", floor.minDriver.windows?.description ?? "N/A",
             HTMLFragments.source(floor.provenance.source, label: "↗") + noteHTML(floor.provenance.note)]
        }))
        doc.heading(2, ui.text(.driverMatrixAll))
        doc.html(HTMLFragments.matrix(Matrices.driverCUDA(data), root: root, ui: ui))
        return doc.nodes
    }

    private func pytorchMatrixPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph(ui.text(.pytorchMatrixIntro))
        doc.html(HTMLFragments.matrix(Matrices.pytorch(data), root: root, ui: ui))
        return doc.nodes
    }

    private func cudnnMatrixPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph(ui.text(.cudnnMatrixIntro))
        doc.html(HTMLFragments.matrix(Matrices.cudaCuDNN(data), root: root, ui: ui))
        return doc.nodes
    }

    private func gpuMatrixPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph(ui.text(.gpuMatrixIntro))
        doc.heading(2, ui.text(.gpuMatrixRules))
        doc.html(rulesList(data.architectureRules))
        doc.heading(2, ui.text(.gpuMatrixAll))
        doc.html(HTMLFragments.matrix(Matrices.gpus(data), root: root, ui: ui))
        doc.heading(2, ui.text(.gpuMatrixArchitectures))
        doc.html(HTMLFragments.table(columns: [ui.text(.architecture), ui.text(.gpuMatrixCapabilitiesColumn), ui.text(.gpuMatrixDeprecatedColumn), ui.text(.gpuMatrixRemovedColumn), ui.text(.sourceColumn)], rows: data.architectures.reversed().map { architecture in
            [HTMLFragments.text(architecture.name),
             HTMLFragments.text(architecture.capabilities.map { ui.text(.gpuMatrixCapabilityValue, ["cc": $0.cc.description, "cuda": $0.firstCUDA.description]) }.joined(separator: ui.text(.listSeparator))),
             HTMLFragments.text(architecture.deprecatedIn?.description ?? "—"),
             HTMLFragments.text(architecture.removedIn?.description ?? "—"),
             HTMLFragments.source(architecture.provenance.source, label: "↗") + noteHTML(architecture.provenance.note)]
        }))
        return doc.nodes
    }

    // MARK: - Entity pages

    private func gpuPage(_ gpu: GPU, root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        let first = resolver.firstCUDA(for: gpu)
        let firstRelease = first.flatMap { data.cudaGA($0) }
        let last = resolver.lastCUDA(for: gpu)
        var facts: [(String, String)] = [
            (ui.text(.architecture), HTMLFragments.text(gpu.architecture)),
            (ui.text(.computeCapability), ui.html(gpu.computeCapabilityInferred ? .computeCapabilityInferredValue : .computeCapabilityValue,
                                                  ["cc": gpu.computeCapability.description,
                                                                            "sm": "\(gpu.computeCapability.major)\(gpu.computeCapability.minor)"])),
        ]
        if let memory = gpu.memoryGB { facts.append((ui.text(.gpuMemory), "\(Matrices.formatNumber(memory)) GB")) }
        if !gpu.aliases.isEmpty { facts.append((ui.text(.gpuAliases), HTMLFragments.text(gpu.aliases.joined(separator: ui.text(.listSeparator))))) }
        if let firstRelease {
            facts.append((ui.text(.gpuFirstCUDA), HTMLFragments.link("CUDA \(firstRelease.version.major).\(firstRelease.version.minor)", to: EntityURL.cuda(firstRelease), root: root)
                + ui.html(.gpuFirstCUDADrivers, ["linux": firstRelease.minDriver.linux?.description ?? "N/A", "windows": firstRelease.minDriver.windows?.description ?? "N/A"])))
        }
        facts.append((ui.text(.gpuLastCUDA), last.map { HTMLFragments.link("CUDA \($0.version.major).\($0.version.minor)", to: EntityURL.cuda($0), root: root) + ui.html(.gpuLastCUDARemoved, ["architecture": gpu.architecture]) } ?? ui.html(.gpuStillSupported)))
        if let peak = gpu.peak {
            let figures = PeakFigures.keys.compactMap { key in peak.values[key].map { "\(key.uppercased()) \(Matrices.formatNumber($0))" } }
            facts.append((ui.text(.gpuPeak), HTMLFragments.text(figures.joined(separator: " · "))))
        }
        facts.append((ui.text(.sourceColumn), HTMLFragments.source(gpu.provenance.source, label: ui.text(.source)) + gpu.provenance.also.map { " " + HTMLFragments.source($0, label: ui.text(.gpuSeeAlso)) }.joined() + noteHTML(gpu.provenance.note)))
        // Filled by site.js when the reader has saved a machine: whether this is their GPU.
        var applies = HTML()
        applies.element("p", ["class": "profile-applies", "data-applies-gpu": gpu.name, "hidden": ""]) { _ in }
        doc.html(applies.description + "\n")
        doc.html(HTMLFragments.facts(facts))
        var button = HTML()
        button.element("p") { $0.element("a", ["class": "button-link", "href": root + EntityURL.resolver(gpu: gpu.name)], text: ui.text(.gpuResolverButton)) }
        doc.html(button.description + "\n")
        doc.heading(2, ui.text(.gpuBuildsHeading))
        doc.paragraph(ui.text(.gpuBuildsIntro))
        var rows: [[String]] = []
        var anyMaybe = false
        let byRelease = verdictsByCC[gpu.computeCapability] ?? []
        for (index, release) in data.pytorch.reversed().enumerated() {
            let verdicts = Array(zip(release.cudaVariants, index < byRelease.count ? byRelease[index] : []))
            guard !verdicts.isEmpty else { continue }
            anyMaybe = anyMaybe || verdicts.contains { $0.1.status != .unsupported }
            let best = verdicts.min { $0.1.status < $1.1.status }
            let chips = verdicts.map { Self.chip($0.1, label: $0.0.tag) }.joined(separator: " ")
            rows.append([HTMLFragments.link(release.version.description, to: EntityURL.pytorch(release), root: root),
                         best.map { HTMLFragments.badge($0.1.status, ui: ui) } ?? "", chips, HTMLFragments.text(best?.1.reason ?? "")])
        }
        // No build has its code at any driver (sm_35, sm_30): say so, and what to do, above the table of "no". Asked
        // only when every Linux verdict above is a no (the answer needs every wheel to be one).
        if !anyMaybe, let none = resolver.noBuild(gpu: gpu, os: .linux) {
            var note = HTML()
            note.element("div", ["class": "callout callout-caution gpu-no-build"]) { $0.element("p", text: none) }
            doc.html(note.description + "\n")
        }
        doc.html(HTMLFragments.table(columns: ["PyTorch", ui.text(.gpuVerdictColumn), ui.text(.gpuBuildsColumn), ui.text(.gpuReasonColumn)], rows: rows))
        if let runs = bench?.runs(on: gpu), !runs.isEmpty {
            doc.heading(2, ui.text(.gpuBenchHeading))
            var list = HTML()
            list.element("ul") { list in
                list += "\n"
                for (index, run) in runs.enumerated() {
                    let label = run.kind == .cited ? ui.text(.gpuBenchCited, ["title": run.sourceTitle ?? run.source ?? ""])
                        : ui.text(.gpuBenchMeasured, ["gpu": run.environment.gpuLabel(unknown: ui.text(.benchUnknownGPU)), "torch": run.environment.torch ?? "?",
                                                      "date": run.environment.date ?? ""])
                    if index > 0 { list += "\n" }
                    list.element("li") { $0.element("a", ["href": root + "bench/index.html#" + BenchDirectives.anchor(run)], text: label) }
                }
                list += "\n"
            }
            doc.html(list.description + "\n")
        }
        return doc.nodes
    }

    private func cudaPage(_ release: CUDARelease, index: Int, root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        let minor = release.version.majorMinor
        var facts: [(String, String)] = [
            (ui.text(.cudaVersion), ui.html(.cudaVersionValue, ["version": release.version.description, "name": release.name])),
            (ui.text(.cudaLinuxDriver), HTMLFragments.text(release.requirementFact(for: .linux, phrases: data.phrases) ?? ui.text(.notGivenByNVIDIA))),
            (ui.text(.cudaWindowsDriver), HTMLFragments.text(release.requirementFact(for: .windows, phrases: data.phrases) ?? ui.text(.notGivenByNVIDIA))),
        ]
        if let floor = data.floor(major: release.version.major) {
            facts.append((ui.text(.minorFloor), ui.html(.cudaMinorFloorValue, ["major": String(floor.major), "linux": floor.minDriver.linux?.description ?? "N/A",
                                                                         "windows": floor.minDriver.windows?.description ?? "N/A"])))
        }
        if let date = release.date { facts.append((ui.text(.released), HTMLFragments.text(date))) }
        facts.append((ui.text(.sourceColumn), HTMLFragments.source(release.provenance.source, label: ui.text(.source)) + noteHTML(release.provenance.note)))
        doc.html(HTMLFragments.facts(facts))
        var neighbours: [String] = []
        if index > 0 { neighbours.append(ui.html(.cudaPrevious) + HTMLFragments.link("CUDA \(data.cuda[index - 1].name)", to: EntityURL.cuda(data.cuda[index - 1]), root: root)) }
        if index + 1 < data.cuda.count { neighbours.append(ui.html(.cudaNext) + HTMLFragments.link("CUDA \(data.cuda[index + 1].name)", to: EntityURL.cuda(data.cuda[index + 1]), root: root)) }
        if !neighbours.isEmpty { doc.html("<p class=\"neighbours\">\(neighbours.joined(separator: " · "))</p>\n") }

        doc.heading(2, ui.text(.cudaArchitecturesHeading))
        var archRows: [[String]] = []
        for architecture in data.architectures.reversed() {
            let supported = architecture.capabilities.filter { $0.firstCUDA.majorMinor <= minor }
            let removed = architecture.removedIn.map { minor >= $0.majorMinor } ?? false
            let deprecated = architecture.deprecatedIn.map { minor >= $0.majorMinor } ?? false
            let state = ui.text(removed ? .cudaArchRemoved : supported.isEmpty ? .cudaArchNotYet : deprecated ? .cudaArchDeprecated : .cudaArchSupported)
            let ccs = architecture.capabilities.map { $0.firstCUDA.majorMinor == minor ? ui.text(.cudaArchNew, ["cc": $0.cc.description]) : $0.cc.description }
                .joined(separator: ui.text(.listSeparator))
            archRows.append([HTMLFragments.text(architecture.name), HTMLFragments.text(ccs), HTMLFragments.text(state)])
        }
        doc.html(HTMLFragments.table(columns: [ui.text(.architecture), ui.text(.computeCapability), ui.text(.cudaArchColumn, ["minor": minor.description])], rows: archRows))

        let cudnn = data.cudnn.filter { $0.packages.contains { $0.cuda.contains(minor) } }
        doc.heading(2, ui.text(.cudaCuDNNHeading))
        doc.html(cudnn.isEmpty ? "<p>\(ui.html(.cudaCuDNNNone, ["minor": minor.description]))</p>\n"
                 : "<p>" + cudnn.reversed().map { HTMLFragments.text($0.version.description + ($0.cudaInferred ? ui.text(.cudaCuDNNInferred) : "")) }.joined(separator: ui.html(.listSeparator))
                   + ui.html(.cudaCuDNNTailHTML, ["link": HTMLFragments.link(ui.text(.cudaCuDNNMatrixLink), to: EntityURL.cudnnMatrix, root: root)]) + "</p>\n")

        let builds = data.pytorch.reversed().filter { $0.cudaVariants.contains { $0.cuda == minor } }
        doc.heading(2, ui.text(.cudaPyTorchHeading))
        doc.html(builds.isEmpty ? "<p>\(ui.html(.cudaPyTorchNone, ["minor": minor.description]))</p>\n"
                 : "<p>" + builds.map { HTMLFragments.link("PyTorch \($0.version)", to: EntityURL.pytorch($0), root: root) }.joined(separator: ui.html(.listSeparator))
                 + ui.html(.cudaPyTorchTag, ["tag": "cu\(minor.major)\(minor.minor)"]) + "</p>\n")
        return doc.nodes
    }

    private func pytorchPage(_ release: PyTorchRelease, root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        var facts: [(String, String)] = []
        if let date = release.date { facts.append((ui.text(.released), HTMLFragments.text(date))) }
        facts.append(("Python", HTMLFragments.text("\(release.python.min)–\(release.python.max)")))
        if let version = release.torchvision { facts.append(("torchvision", HTMLFragments.text(version.description))) }
        if let version = release.torchaudio { facts.append(("torchaudio", HTMLFragments.text(version.description))) }
        if let tag = release.defaultVariant { facts.append((ui.text(.pytorchDefault), ui.html(.pytorchDefaultValue, ["tag": tag]))) }
        facts.append((ui.text(.sourceColumn), HTMLFragments.source(release.provenance.source, label: ui.text(.source)) + (release.archSource.map { " " + HTMLFragments.source($0, label: ui.text(.archListSource)) } ?? "") + noteHTML(release.provenance.note)))
        // Filled by site.js when the reader has saved a machine: which of this release's builds run on it, from the
        // resolver's own tables (resolve/compat-data.js), loaded only then.
        var applies = HTML()
        applies.element("div", ["class": "profile-applies", "data-applies-pytorch": release.version.description, "hidden": ""]) { _ in }
        doc.html(applies.description + "\n")
        doc.html(HTMLFragments.facts(facts))
        doc.heading(2, ui.text(.pytorchInstallHeading))
        for variant in release.variants {
            doc.heading(3, variant.tag == "cpu" ? ui.text(.pytorchCPUBuild) : ui.text(.pytorchCUDABuild, ["tag": variant.tag, "cuda": variant.cuda?.description ?? ""]))
            var lines: [String] = [ui.html(.pytorchPlatforms) + HTMLFragments.text(variant.platforms.joined(separator: ui.text(.listSeparator)))]
            if let cuda = variant.cuda, let ga = data.cudaGA(cuda) {
                lines.append(ui.html(.pytorchNeedsDriver) + HTMLFragments.link("CUDA \(cuda)", to: EntityURL.cuda(ga), root: root) + " "
                             + ui.html(.pytorchNeedsDriverValue, ["linux": ga.minDriver.linux?.description ?? "N/A", "windows": ga.minDriver.windows?.description ?? "N/A"]))
            }
            if let archs = variant.archList {
                lines.append(ui.html(.pytorchArchitectures) + Self.archText(archs, variant.ptx))
            }
            if variant.cuda != nil, variant.platforms.contains("windows"), variant.windows != nil || variant.archList != nil {
                let list = variant.windows.map { Self.archText($0.archList ?? [], $0.ptx) + ($0.partial ? ui.html(.pytorchArchPartial) : "") + " " + HTMLFragments.source($0.source, label: ui.text(.source)) }
                    ?? ui.html(.pytorchWindowsUnknown)
                lines.append(ui.html(.pytorchWindowsWheels) + list)
            }
            if let arm = variant.aarch64 {
                let list = arm.archList.map { Self.archText($0, arm.ptx) + (arm.partial ? ui.html(.pytorchArchPartial) : "") } ?? ui.html(.pytorchArmUnknown)
                lines.append(ui.html(.pytorchArmWheels) + list + " " + HTMLFragments.source(arm.source, label: ui.text(.source)))
            }
            doc.html("<p>" + lines.joined(separator: "<br>") + "</p>\n")
            doc.html(CodeBlockRenderer.render(info: "sh", code: variant.pip, ui: ui))
            let windowsPip = variant.pip(on: "windows")
            if windowsPip != variant.pip, variant.platforms.contains("windows") {
                doc.paragraph(ui.text(.pytorchWindowsCommand, ["tag": variant.tag]))
                doc.html(CodeBlockRenderer.render(info: "sh", code: windowsPip, ui: ui))
            }
            if let conda = variant.conda { doc.html(CodeBlockRenderer.render(info: "sh", code: conda, ui: ui)) }
        }
        let variants = release.cudaVariants
        if !variants.isEmpty, !capabilities.isEmpty {
            doc.heading(2, ui.text(.pytorchGPUHeading))
            doc.paragraph(ui.text(.pytorchGPUIntro))
            let rows = capabilities.map { cc, names -> [String] in
                [ui.html(.pytorchGPURow, ["cc": cc.description, "names": names])] + variants.map { variant in
                    let verdict = resolver.architectureVerdict(cc: cc, variant: variant)
                    return Self.chip(verdict, label: ["ok": "✓", "limited": "～", "unsupported": "✗"][verdict.status.rawValue] ?? "")
                }
            }
            doc.html(HTMLFragments.table(columns: [ui.text(.computeCapability)] + variants.map(\.tag), rows: rows))
        }
        return doc.nodes
    }

    // MARK: - Resolver and changes

    private func resolverPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph(ui.text(.resolverIntro))
        doc.html("""
        <form class="resolver-form" id="resolver-form" method="get" action="index.html" autocomplete="off">
        <div class="field"><label for="rs-gpu">GPU</label><input id="rs-gpu" name="gpu" list="rs-gpu-list" placeholder="\(ui.html(.resolverGPUPlaceholder))" required><datalist id="rs-gpu-list"></datalist></div>
        <div class="field"><label for="rs-os">\(ui.html(.resolverOS))</label><select id="rs-os" name="os"><option value="linux">Linux</option><option value="windows">Windows</option><option value="wsl2">WSL2</option><option value="macos">macOS</option></select></div>
        <div class="field"><label for="rs-driver">\(ui.html(.resolverDriver))</label><input id="rs-driver" name="driver" placeholder="\(ui.html(.resolverDriverPlaceholder))"></div>
        <div class="field"><label for="rs-python">\(ui.html(.resolverPython))</label><input id="rs-python" name="python" placeholder="\(ui.html(.resolverPythonPlaceholder))"></div>
        <div class="field"><label for="rs-pm">\(ui.html(.resolverManager))</label><select id="rs-pm" name="pm"><option value="pip">pip</option><option value="conda">conda</option><option value="uv">uv</option></select></div>
        <div class="field"><label for="rs-cpu">\(ui.html(.resolverCPU))</label><select id="rs-cpu" name="cpu"><option value="">\(ui.html(.resolverCPUAuto))</option><option value="x86_64">\(ui.html(.resolverCPUX86))</option><option value="aarch64">\(ui.html(.resolverCPUArm))</option></select></div>
        <div class="field"><button type="submit">\(ui.html(.resolverSubmit))</button></div>
        </form>
        <div id="resolver-output" class="resolver-output" aria-live="polite"><noscript><p>\(ui.html(.resolverNoscript))</p></noscript></div>

        """)
        doc.heading(2, ui.text(.resolverBasisHeading))
        doc.html("""
        <ul>
        <li>\(ui.html(.resolverBasisDriverHTML, ["link": HTMLFragments.link(ui.text(.driverMatrixTitle), to: EntityURL.driverMatrix, root: root)]))</li>
        <li>\(ui.html(.resolverBasisGPUHTML, ["link": HTMLFragments.link(ui.text(.resolverGPUMatrixLink), to: EntityURL.gpuMatrix, root: root)]))</li>
        <li>\(ui.html(.resolverBasisCPUHTML, ["link": HTMLFragments.link(ui.text(.resolverPyTorchMatrixLink), to: EntityURL.pytorchMatrix, root: root)]))</li>
        <li>\(ui.html(.resolverBasisPythonHTML, ["link": HTMLFragments.link(ui.text(.resolverPyTorchMatrixLink), to: EntityURL.pytorchMatrix, root: root)]))</li>
        </ul>

        """)
        return doc.nodes
    }

    private func changesPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.html("<p>" + ui.html(.changesIntroHTML, ["feed": "atom.xml"]) + "</p>\n")
        for change in data.changes {
            doc.heading(2, "\(change.date) \(change.title)")
            guard !change.items.isEmpty else { continue }
            let links = change.items.map { item -> String in
                guard let url = RecordReference(item)?.resolve(in: data) else { return HTMLFragments.text(item) }
                return HTMLFragments.link(item, to: url, root: root)
            }
            var list = HTML()
            list.element("ul") { list in
                list += "\n"
                // Each link is built by HTMLFragments (escaped there) or is escaped text.
                for link in links {
                    list.element("li") { $0.raw(link) }
                    list += "\n"
                }
            }
            doc.html(list.description + "\n")
        }
        return doc.nodes
    }

    // MARK: - Helpers

    private func make(_ url: String, title: String, summary: String, listed: Bool, scripts: [String] = [], parent: String? = nil,
                      body: (String) -> [MarkupNode]) -> Generated {
        let root = PagePath.root(of: url)
        var page = Page(kind: .generated, url: url, sourcePath: nil, displayPath: displayPath, title: title, description: summary,
                        frontMatter: nil, sectionID: Self.sectionID, document: MarkupNode(.document, children: body(root)), scripts: scripts)
        page.parentURL = parent
        return Generated(page: page, listed: listed)
    }

    private func rulesList(_ rules: [CompatRule]) -> String {
        guard !rules.isEmpty else { return "" }
        var html = HTML()
        html.element("ul", ["class": "rules"]) { html in
            html += "\n"
            for rule in rules {
                html.element("li", ["id": "rule-" + rule.id]) { html in
                    html.text(rule.text)
                    html += " "
                    html.raw(HTMLFragments.source(rule.provenance.source, label: ui.text(.sourceColumn)))
                    html.raw(noteHTML(rule.provenance.note))
                }
                html += "\n"
            }
        }
        return html.description + "\n"
    }

    private func noteHTML(_ note: String?) -> String {
        guard let note else { return "" }
        var html: HTML = "<br>"
        html.element("small", ["class": "note"], text: note)
        return html.description
    }

    /// A build's verdict as a small coloured label whose title gives the reason.
    private static func chip(_ verdict: Verdict, label: String) -> String {
        var html = HTML()
        html.element("span", ["class": "chip chip-" + verdict.status.rawValue, "title": verdict.reason], text: label)
        return html.description
    }
}
