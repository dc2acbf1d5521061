import Compat
import Foundation
import Markup

/// The generated part of the site: matrices, one page per GPU, CUDA and PyTorch release, the resolver and the
/// change log, all from the dataset.
struct CompatPages {
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

    init(data: CompatDataset, displayPath: String, bench: BenchDirectives? = nil, ui: SiteText) {
        self.ui = ui
        resolverJSON = ResolverData.make(data).render()
        self.data = data
        self.bench = bench
        self.resolver = Resolver(data: data)
        self.displayPath = displayPath
        capabilities = Array(Set(data.gpus.map(\.computeCapability))).sorted(by: >).map { cc in
            (cc, data.gpus.filter { $0.computeCapability == cc }.prefix(3).map(\.name).joined(separator: "、"))
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
            make(EntityURL.resolver, title: "版本选择器", summary: "选 GPU、系统和驱动，给出能用的 PyTorch 版本与安装命令", listed: true,
                 scripts: ["resolve/compat-data.js", "assets/resolve.js"], body: resolverPage),
            make(EntityURL.driverMatrix, title: "驱动与 CUDA 对照表", summary: "每个 CUDA 工具包版本要求的最低驱动", listed: true, body: driverMatrixPage),
            make(EntityURL.pytorchMatrix, title: "PyTorch 版本对照表", summary: "PyTorch 各版本的 CUDA 构建、Python 范围与配套库", listed: true, body: pytorchMatrixPage),
            make(EntityURL.cudnnMatrix, title: "cuDNN 与 CUDA 对照表", summary: "cuDNN 各版本支持的 CUDA 版本", listed: true, body: cudnnMatrixPage),
            make(EntityURL.gpuMatrix, title: "GPU 与计算能力对照表", summary: "GPU 型号、架构、计算能力与支持它的 CUDA 版本", listed: true, body: gpuMatrixPage),
            make("diagnose/index.html", title: "环境诊断", summary: "粘贴 nvidia-smi、nvcc -V、collect_env 或 torch 的输出，找出版本不匹配的原因", listed: true,
                 scripts: [EntityURL.resolverData, "assets/resolve.js", "assets/diagnose.js"], body: diagnosePage),
            make(EntityURL.changes, title: "数据更新记录", summary: "兼容性数据集的新增与修正，附 Atom 订阅", listed: true, body: changesPage),
        ]
        for gpu in data.gpus { result.append(make(EntityURL.gpu(gpu), title: gpu.name, summary: "\(gpu.name)：架构、计算能力、支持的 CUDA 与 PyTorch", listed: false,
                                    parent: EntityURL.gpuMatrix) { gpuPage(gpu, root: $0) }) }
        for (index, release) in data.cuda.enumerated() {
            result.append(make(EntityURL.cuda(release), title: "CUDA \(release.name)（\(release.version)）", summary: "CUDA \(release.version) 的最低驱动与相关版本", listed: false,
                               parent: EntityURL.driverMatrix) {
                cudaPage(release, index: index, root: $0)
            })
        }
        for release in data.pytorch {
            result.append(make(EntityURL.pytorch(release), title: "PyTorch \(release.version)", summary: "PyTorch \(release.version) 的安装命令、CUDA 构建与 GPU 支持", listed: false,
                               parent: EntityURL.pytorchMatrix) {
                pytorchPage(release, root: $0)
            })
        }
        return result
    }

    /// The diagnose page: a paste box whose text `diagnose.js` reads in the browser; nothing leaves the page.
    private func diagnosePage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph("把 nvidia-smi、nvidia-smi --query-gpu、nvcc -V、python -m torch.utils.collect_env 或打印出的 torch.__version__ / torch.version.cuda / torch.cuda.is_available() 的输出粘贴到下面（可以几段一起贴）。页面在本机解析，文字不会上传，也不会写进地址栏。")
        doc.html("""
        <form class="diagnose-form" action="#" method="get">
        <label for="diagnose-input">粘贴输出</label>
        <textarea id="diagnose-input" class="diagnose-input" rows="12" spellcheck="false" placeholder="例如：nvidia-smi 的完整输出"></textarea>
        <p><button id="diagnose-run" type="button">诊断</button></p>
        </form>
        <div id="diagnose-findings" class="diagnose-findings" aria-live="polite"></div>
        <div id="diagnose-facts" class="diagnose-facts"></div>
        <noscript><p>诊断需要启用 JavaScript；也可以下载 check_env.py 在本机运行。</p></noscript>

        """)
        doc.heading(2, "在没有浏览器的机器上")
        doc.html("<p>下载 " + HTMLFragments.link("check_env.py", to: "downloads/check_env.py", root: root)
                 + "（只用 Python 标准库，内含本站的兼容性数据）：不带参数运行会检查本机；<code>--report 文件</code>（或 <code>-</code> 读标准输入）分析贴出的文字；加 <code>--json</code> 输出机器可读的结果。</p>\n")
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
        doc.paragraph("表中的驱动版本是 NVIDIA 在 CUDA 工具包发行说明里给出的最低要求：驱动不低于这个版本，就能运行用该版本 CUDA 编译的程序。驱动向后兼容，新驱动可以运行旧 CUDA 编译的程序，所以只要看“不低于”。")
        doc.heading(2, "规则")
        doc.html(rulesList(data.cudaRules))
        doc.heading(2, "小版本兼容的驱动下限")
        doc.html(HTMLFragments.table(columns: ["CUDA 大版本", "Linux 驱动 ≥", "Windows 驱动 ≥", "出处"], rows: data.minorCompat.map { floor in
            ["\(floor.major).x", floor.minDriver.linux?.description ?? "N/A", floor.minDriver.windows?.description ?? "N/A",
             HTMLFragments.source(floor.provenance.source, label: "↗") + noteHTML(floor.provenance.note)]
        }))
        doc.heading(2, "全部版本")
        doc.html(HTMLFragments.matrix(Matrices.driverCUDA(data), root: root, ui: ui))
        return doc.nodes
    }

    private func pytorchMatrixPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph("每个 PyTorch 版本发布了哪些 CUDA 构建（wheel 标签 cu118、cu121 等）、支持哪些 Python 版本、配套哪个 torchvision 和 torchaudio。点版本号可以看安装命令和每个构建编译了哪些 GPU 架构。")
        doc.html(HTMLFragments.matrix(Matrices.pytorch(data), root: root, ui: ui))
        return doc.nodes
    }

    private func cudnnMatrixPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph("cuDNN 按 CUDA 大版本分别打包（例如 cudnn-cuda-12 与 cudnn-cuda-13）。表中列出每个包支持的 CUDA 小版本。通过 pip 安装的 PyTorch 自带 cuDNN，无需单独安装。")
        doc.html(HTMLFragments.matrix(Matrices.cudaCuDNN(data), root: root, ui: ui))
        return doc.nodes
    }

    private func gpuMatrixPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph("计算能力（compute capability）决定了 GPU 能运行哪些编译产物。“首个支持的 CUDA”是第一个能为它编译代码的工具包版本，“最后支持的 CUDA”是架构被移除前的最后一个版本。")
        doc.heading(2, "兼容规则")
        doc.html(rulesList(data.architectureRules))
        doc.heading(2, "全部 GPU")
        doc.html(HTMLFragments.matrix(Matrices.gpus(data), root: root, ui: ui))
        doc.heading(2, "架构")
        doc.html(HTMLFragments.table(columns: ["架构", "计算能力（首个支持的 CUDA）", "弃用于", "移除于", "出处"], rows: data.architectures.reversed().map { architecture in
            [HTMLFragments.text(architecture.name),
             HTMLFragments.text(architecture.capabilities.map { "\($0.cc)（\($0.firstCUDA)）" }.joined(separator: "、")),
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
            ("架构", HTMLFragments.text(gpu.architecture)),
            ("计算能力", HTMLFragments.text("\(gpu.computeCapability)（sm_\(gpu.computeCapability.major)\(gpu.computeCapability.minor)）")),
        ]
        if let memory = gpu.memoryGB { facts.append(("显存", "\(Matrices.formatNumber(memory)) GB")) }
        if !gpu.aliases.isEmpty { facts.append(("也叫", HTMLFragments.text(gpu.aliases.joined(separator: "、")))) }
        if let firstRelease {
            facts.append(("首个支持的 CUDA", HTMLFragments.link("CUDA \(firstRelease.version.major).\(firstRelease.version.minor)", to: EntityURL.cuda(firstRelease), root: root)
                + HTMLFragments.text("（驱动 Linux ≥ \(firstRelease.minDriver.linux?.description ?? "N/A")，Windows ≥ \(firstRelease.minDriver.windows?.description ?? "N/A")）")))
        }
        facts.append(("最后支持的 CUDA", last.map { HTMLFragments.link("CUDA \($0.version.major).\($0.version.minor)", to: EntityURL.cuda($0), root: root) + "（之后的版本移除了 \(HTMLFragments.text(gpu.architecture)) 架构）" } ?? "目前仍受支持"))
        if let peak = gpu.peak {
            let figures = PeakFigures.keys.compactMap { key in peak.values[key].map { "\(key.uppercased()) \(Matrices.formatNumber($0))" } }
            facts.append(("峰值算力（TFLOPS，稠密）", HTMLFragments.text(figures.joined(separator: " · "))))
        }
        facts.append(("出处", HTMLFragments.source(gpu.provenance.source, label: ui.text(.source)) + gpu.provenance.also.map { " " + HTMLFragments.source($0, label: "另见") }.joined() + noteHTML(gpu.provenance.note)))
        // Filled by site.js when the reader has saved a machine: whether this is their GPU.
        doc.html("<p class=\"profile-applies\" data-applies-gpu=\"\(HTMLFragments.text(gpu.name))\" hidden></p>\n")
        doc.html(HTMLFragments.facts(facts))
        doc.html("<p><a class=\"button-link\" href=\"\(HTMLFragments.text(root + EntityURL.resolver(gpu: gpu.name)))\">用版本选择器查这张卡 →</a></p>\n")
        doc.heading(2, "能用哪些 PyTorch 版本")
        doc.paragraph("只看 GPU 架构：wheel 里有没有能在这张卡上运行的代码。驱动版本和 Python 版本的要求请用版本选择器检查。")
        var rows: [[String]] = []
        for release in data.pytorch.reversed() {
            let verdicts = release.cudaVariants.map { ($0, resolver.architectureVerdict(cc: gpu.computeCapability, variant: $0)) }
            guard !verdicts.isEmpty else { continue }
            let best = verdicts.min { $0.1.status < $1.1.status }
            let chips = verdicts.map { "<span class=\"chip chip-\($0.1.status.rawValue)\" title=\"\(HTMLFragments.text($0.1.reason))\">\(HTMLFragments.text($0.0.tag))</span>" }.joined(separator: " ")
            rows.append([HTMLFragments.link(release.version.description, to: EntityURL.pytorch(release), root: root),
                         best.map { HTMLFragments.badge($0.1.status, ui: ui) } ?? "", chips, HTMLFragments.text(best?.1.reason ?? "")])
        }
        doc.html(HTMLFragments.table(columns: ["PyTorch", "结论", "构建（绿=可用，黄=受限，红=不可用）", "原因（最佳构建）"], rows: rows))
        if let runs = bench?.runs(on: gpu), !runs.isEmpty {
            doc.heading(2, "性能实测")
            let items = runs.map { run in
                "<li>" + HTMLFragments.link(run.kind == .cited ? "引用的数字（\(run.sourceTitle ?? run.source ?? "")）" : "实测：\(run.environment.gpuLabel)，torch \(run.environment.torch ?? "?")，\(run.environment.date ?? "")",
                                            to: "bench/index.html#" + BenchDirectives.anchor(run), root: root) + "</li>"
            }
            doc.html("<ul>\n" + items.joined(separator: "\n") + "\n</ul>\n")
        }
        return doc.nodes
    }

    private func cudaPage(_ release: CUDARelease, index: Int, root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        let minor = release.version.majorMinor
        var facts: [(String, String)] = [
            ("版本", HTMLFragments.text("\(release.version)（\(release.name)）")),
            ("Linux 驱动", HTMLFragments.text(release.minDriver.linux.map { "≥ \($0)" } ?? "N/A（NVIDIA 未给出）")),
            ("Windows 驱动", HTMLFragments.text(release.minDriver.windows.map { "≥ \($0)" } ?? "N/A（NVIDIA 未给出）")),
        ]
        if let floor = data.floor(major: release.version.major) {
            facts.append(("小版本兼容下限", HTMLFragments.text("CUDA \(floor.major).x：Linux ≥ \(floor.minDriver.linux?.description ?? "N/A")，Windows ≥ \(floor.minDriver.windows?.description ?? "N/A")")))
        }
        if let date = release.date { facts.append(("发布", HTMLFragments.text(date))) }
        facts.append(("出处", HTMLFragments.source(release.provenance.source, label: ui.text(.source)) + noteHTML(release.provenance.note)))
        doc.html(HTMLFragments.facts(facts))
        var neighbours: [String] = []
        if index > 0 { neighbours.append("上一个：" + HTMLFragments.link("CUDA \(data.cuda[index - 1].name)", to: EntityURL.cuda(data.cuda[index - 1]), root: root)) }
        if index + 1 < data.cuda.count { neighbours.append("下一个：" + HTMLFragments.link("CUDA \(data.cuda[index + 1].name)", to: EntityURL.cuda(data.cuda[index + 1]), root: root)) }
        if !neighbours.isEmpty { doc.html("<p class=\"neighbours\">\(neighbours.joined(separator: " · "))</p>\n") }

        doc.heading(2, "支持的 GPU 架构")
        var archRows: [[String]] = []
        for architecture in data.architectures.reversed() {
            let supported = architecture.capabilities.filter { $0.firstCUDA.majorMinor <= minor }
            let removed = architecture.removedIn.map { minor >= $0.majorMinor } ?? false
            let deprecated = architecture.deprecatedIn.map { minor >= $0.majorMinor } ?? false
            let state = removed ? "已移除" : supported.isEmpty ? "尚未支持" : deprecated ? "支持（已弃用）" : "支持"
            let ccs = architecture.capabilities.map { $0.firstCUDA.majorMinor == minor ? "\($0.cc)（本版本新增）" : $0.cc.description }.joined(separator: "、")
            archRows.append([HTMLFragments.text(architecture.name), HTMLFragments.text(ccs), HTMLFragments.text(state)])
        }
        doc.html(HTMLFragments.table(columns: ["架构", "计算能力", "在 CUDA \(minor) 中"], rows: archRows))

        let cudnn = data.cudnn.filter { $0.packages.contains { $0.cuda.contains(minor) } }
        doc.heading(2, "支持它的 cuDNN")
        doc.html(cudnn.isEmpty ? "<p>数据集中没有支持 CUDA \(minor) 的 cuDNN 版本。</p>\n"
                 : "<p>" + cudnn.reversed().map { HTMLFragments.text($0.version.description + ($0.cudaInferred ? "（推定）" : "")) }.joined(separator: "、")
                   + "（" + HTMLFragments.link("cuDNN 对照表", to: EntityURL.cudnnMatrix, root: root) + "；标“推定”的版本，其 CUDA 列表不是从该版本自己的支持矩阵读到的，依据见对照表各行的出处）</p>\n")

        let builds = data.pytorch.reversed().filter { $0.cudaVariants.contains { $0.cuda == minor } }
        doc.heading(2, "用它构建的 PyTorch")
        doc.html(builds.isEmpty ? "<p>没有 PyTorch 官方 wheel 使用 CUDA \(minor)。</p>\n"
                 : "<p>" + builds.map { HTMLFragments.link("PyTorch \($0.version)", to: EntityURL.pytorch($0), root: root) }.joined(separator: "、")
                 + "（wheel 标签 cu\(minor.major)\(minor.minor)）</p>\n")
        return doc.nodes
    }

    private func pytorchPage(_ release: PyTorchRelease, root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        var facts: [(String, String)] = []
        if let date = release.date { facts.append(("发布", HTMLFragments.text(date))) }
        facts.append(("Python", HTMLFragments.text("\(release.python.min)–\(release.python.max)")))
        if let version = release.torchvision { facts.append(("torchvision", HTMLFragments.text(version.description))) }
        if let version = release.torchaudio { facts.append(("torchaudio", HTMLFragments.text(version.description))) }
        if let tag = release.defaultVariant { facts.append(("PyPI 默认", HTMLFragments.text("\(tag)（Linux 上直接 pip install torch 得到的版本）"))) }
        facts.append(("出处", HTMLFragments.source(release.provenance.source, label: ui.text(.source)) + (release.archSource.map { " " + HTMLFragments.source($0, label: "架构列表出处") } ?? "") + noteHTML(release.provenance.note)))
        // Filled by site.js when the reader has saved a machine: which of this release's builds run on it, from the
        // resolver's own tables (resolve/compat-data.js), loaded only then.
        doc.html("<div class=\"profile-applies\" data-applies-pytorch=\"\(HTMLFragments.text(release.version.description))\" hidden></div>\n")
        doc.html(HTMLFragments.facts(facts))
        doc.heading(2, "安装命令")
        for variant in release.variants {
            doc.heading(3, variant.tag == "cpu" ? "CPU 版" : "\(variant.tag)（CUDA \(variant.cuda?.description ?? "")）")
            var lines: [String] = ["平台：" + HTMLFragments.text(variant.platforms.joined(separator: "、"))]
            if let cuda = variant.cuda, let ga = data.cudaGA(cuda) {
                lines.append("需要驱动：" + HTMLFragments.link("CUDA \(cuda)", to: EntityURL.cuda(ga), root: root)
                             + HTMLFragments.text(" 要求 Linux ≥ \(ga.minDriver.linux?.description ?? "N/A")，Windows ≥ \(ga.minDriver.windows?.description ?? "N/A")"))
            }
            if let archs = variant.archList {
                lines.append("编译的架构：" + HTMLFragments.text(archs.map { "sm_\($0.major)\($0.minor)" }.joined(separator: " ") + (variant.ptx.map { " + compute_\($0.major)\($0.minor) PTX" } ?? "")))
            }
            doc.html("<p>" + lines.joined(separator: "<br>") + "</p>\n")
            doc.html(CodeBlockRenderer.render(info: "sh", code: variant.pip, ui: ui))
            if let conda = variant.conda { doc.html(CodeBlockRenderer.render(info: "sh", code: conda, ui: ui)) }
        }
        let variants = release.cudaVariants
        if !variants.isEmpty, !capabilities.isEmpty {
            doc.heading(2, "GPU 支持")
            doc.paragraph("每个构建能否在各计算能力的 GPU 上运行（只看 wheel 中编译的架构）。鼠标停在标记上可以看原因。")
            let rows = capabilities.map { cc, names -> [String] in
                [HTMLFragments.text("\(cc)（\(names)）")] + variants.map { variant in
                    let verdict = resolver.architectureVerdict(cc: cc, variant: variant)
                    return "<span class=\"chip chip-\(verdict.status.rawValue)\" title=\"\(HTMLFragments.text(verdict.reason))\">\(["ok": "✓", "limited": "～", "unsupported": "✗"][verdict.status.rawValue] ?? "")</span>"
                }
            }
            doc.html(HTMLFragments.table(columns: ["计算能力"] + variants.map(\.tag), rows: rows))
        }
        return doc.nodes
    }

    // MARK: - Resolver and changes

    private func resolverPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.paragraph("选 GPU、操作系统，填驱动版本（可以直接粘贴 nvidia-smi 输出的第一行），得到这个驱动能用的最新 CUDA 工具包，以及能在这台机器上运行的 PyTorch 版本和安装命令。所有判断都在本页完成，离线可用；结果保存在网址里，可以直接分享。")
        doc.html("""
        <form class="resolver-form" id="resolver-form" method="get" action="index.html" autocomplete="off">
        <div class="field"><label for="rs-gpu">GPU</label><input id="rs-gpu" name="gpu" list="rs-gpu-list" placeholder="如 4090、A100、H100" required><datalist id="rs-gpu-list"></datalist></div>
        <div class="field"><label for="rs-os">操作系统</label><select id="rs-os" name="os"><option value="linux">Linux</option><option value="windows">Windows</option><option value="wsl2">WSL2</option><option value="macos">macOS</option></select></div>
        <div class="field"><label for="rs-driver">驱动版本</label><input id="rs-driver" name="driver" placeholder="如 535.104.05 或 536.23"></div>
        <div class="field"><label for="rs-python">Python（可选）</label><input id="rs-python" name="python" placeholder="如 3.11"></div>
        <div class="field"><label for="rs-pm">安装方式</label><select id="rs-pm" name="pm"><option value="pip">pip</option><option value="conda">conda</option><option value="uv">uv</option></select></div>
        <div class="field"><button type="submit">查询</button></div>
        </form>
        <div id="resolver-output" class="resolver-output" aria-live="polite"><noscript><p>版本选择器需要 JavaScript。也可以直接查看对照表。</p></noscript></div>

        """)
        doc.heading(2, "判断依据")
        doc.html("""
        <ul>
        <li>驱动：对照 \(HTMLFragments.link("驱动与 CUDA 对照表", to: EntityURL.driverMatrix, root: root))；低于该版本但不低于同一大版本的小版本兼容下限时，标为“受限”。WSL2 使用 Windows 上安装的驱动，按 Windows 一列判断。</li>
        <li>GPU 架构：wheel 里要有这张卡计算能力的机器码，或同一大版本、较低小版本的机器码；只有 PTX 时标为“受限”。见 \(HTMLFragments.link("GPU 对照表", to: EntityURL.gpuMatrix, root: root))。</li>
        <li>Python：要在该 PyTorch 版本发布 wheel 的范围内。见 \(HTMLFragments.link("PyTorch 对照表", to: EntityURL.pytorchMatrix, root: root))。</li>
        </ul>

        """)
        return doc.nodes
    }

    private func changesPage(root: String) -> [MarkupNode] {
        var doc = GeneratedDocument()
        doc.html("<p>数据集的每次新增与修正都记在这里。订阅：<a href=\"atom.xml\">Atom feed</a>。</p>\n")
        for change in data.changes {
            doc.heading(2, "\(change.date) \(change.title)")
            guard !change.items.isEmpty else { continue }
            let links = change.items.map { item -> String in
                guard let url = RecordReference(item)?.resolve(in: data) else { return HTMLFragments.text(item) }
                return HTMLFragments.link(item, to: url, root: root)
            }
            doc.html("<ul>\n" + links.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n")
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
        return "<ul class=\"rules\">\n" + rules.map { rule in
            "<li id=\"rule-\(HTMLFragments.text(rule.id))\">\(HTMLFragments.text(rule.text)) \(HTMLFragments.source(rule.provenance.source, label: "出处"))\(noteHTML(rule.provenance.note))</li>\n"
        }.joined() + "</ul>\n"
    }

    private func noteHTML(_ note: String?) -> String {
        note.map { "<br><small class=\"note\">\(HTMLFragments.text($0))</small>" } ?? ""
    }
}
