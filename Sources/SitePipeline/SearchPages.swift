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
    static func resultsPage(displayPath: String) -> Page {
        var document = GeneratedDocument()
        document.html("""
        <form class="search-page-form" role="search" action="index.html" method="get">
        <label for="search-page-input">搜索全站</label>
        <input id="search-page-input" class="search-page-input" type="search" name="q" spellcheck="false" placeholder="例如：显卡驱动版本、cu121、nvidia-smi、4090">
        <button type="submit">搜索</button>
        </form>
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
        <div id="search-cards" class="search-cards"></div>
        <ol id="search-results" class="search-results"></ol>
        <noscript><p>搜索需要启用 JavaScript；也可以从左侧导航按章节浏览。</p></noscript>

        """)
        return Page(kind: .generated, url: resultsURL, sourcePath: nil, displayPath: displayPath, title: "搜索",
                    description: "在全站指南、版本对照和 GPU 页面中搜索", frontMatter: nil, sectionID: nil, document: document.document)
    }

    /// `search/cards.js`: GPUs by every name a reader types, CUDA and PyTorch releases by version, and the
    /// resolver's driver answer at every driver number where it changes.
    static func cardsScript(_ data: CompatDataset) -> String {
        let resolver = Resolver(data: data)
        var gpus: [JSONValue] = []
        for gpu in data.gpus {
            let keys = GPUIndex.keys(for: gpu)
            let first = resolver.firstCUDA(for: gpu)
            var facts: [JSONValue] = [
                pair("架构", gpu.architecture),
                pair("计算能力", "\(gpu.computeCapability)（sm_\(gpu.computeCapability.parts.map(String.init).joined())）"),
            ]
            if let first {
                var text = "CUDA \(first)"
                if let release = data.cudaGA(first), let linux = release.minDriver.linux { text += "（Linux 驱动 ≥ \(linux)）" }
                facts.append(pair("最早支持的 CUDA", text))
            }
            if let last = resolver.lastCUDA(for: gpu) { facts.append(pair("最后支持的 CUDA", last.name)) }
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
            facts.append(pair("Linux 最低驱动", release.minDriver.linux.map { "≥ \($0)" } ?? "不适用"))
            facts.append(pair("Windows 最低驱动", release.minDriver.windows.map { "≥ \($0)" } ?? "不适用"))
            if let floor = data.floor(major: release.version.major) {
                facts.append(pair("小版本兼容下限", "Linux ≥ \(floor.minDriver.linux?.description ?? "—")，Windows ≥ \(floor.minDriver.windows?.description ?? "—")"))
            }
            var members: [(String, JSONValue)] = [
                ("v", .string(release.version.description)),
                ("title", .string("CUDA \(release.name)（\(release.version)）")),
                ("facts", .array(facts)),
                ("url", .string(EntityURL.cuda(release))),
            ]
            if let linux = release.minDriver.linux { members.append(("resolve", .string(EntityURL.resolver + "?os=linux&driver=" + linux.description))) }
            cuda.append(.object(members))
        }
        var torch: [JSONValue] = []
        for release in data.pytorch {
            let variants = release.cudaVariants.map(\.tag).joined(separator: "、")
            let facts: [JSONValue] = [
                pair("CUDA 构建", variants.isEmpty ? "仅 CPU" : variants),
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
                var text = answer.newestToolkit.map { "最高可装 CUDA \($0.name)（\($0.version)）" } ?? "低于数据集中任何 CUDA 版本的要求"
                if let beyond = answer.minorCompat {
                    text += "；借小版本兼容可运行为 CUDA \(beyond.release.version.major).x 编译的程序（至 \(beyond.release.name)），部分功能受限"
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
