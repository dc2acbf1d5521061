import Diagnostics
import Foundation

/// Reads NVIDIA's "CUDA GPU Compute Capability" page (developer.nvidia.com/cuda-gpus, and the legacy page for
/// compute capability 7.2 and lower) and merges its GPUs into `gpus.yaml`.
///
/// The current page is one table: a row per compute capability, with columns Data Center,
/// Workstation/Consumer and Jetson whose cells list several GPUs (one per line or paragraph). The page before
/// 2024 had one two-column table (GPU, Compute Capability) per product family; both are read, from the saved
/// HTML or from the text with one GPU per line. A cell whose GPUs were joined by spaces (as some copies render
/// it) cannot be split safely and is reported instead.
public enum GPUTableImporter {
    /// The current page.
    public static let sourceURL = "https://developer.nvidia.com/cuda-gpus"
    /// The page for compute capability 7.2 and lower.
    public static let legacySourceURL = "https://developer.nvidia.com/cuda-legacy-gpus"

    /// One GPU the page lists.
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var name: String
        public var computeCapability: Version
        /// The column it is in (`Data Center`, `Workstation/Consumer`, `Jetson`), when the page has columns.
        public var column: String?
    }

    /// Words a GPU's name starts with; a line that starts otherwise continues the previous name.
    static let nameStarts: Set<String> = ["NVIDIA", "GeForce", "Quadro", "Tesla", "Jetson", "TITAN", "DGX", "DRIVE", "IGX", "RTX", "GTX", "Clara", "NVS"]

    /// The GPUs on the page, and what could not be read.
    public static func parse(_ input: String) -> (rows: [Row], skipped: [ImportReport.Entry]) {
        if VendorPage.isHTML(input) {
            let tableRows = VendorPage.tableRows(input)
            if !tableRows.isEmpty { return parseTables(tableRows) }
        }
        return parseText(VendorPage.lines(input))
    }

    /// The page the input is, by its title: the legacy page or the current one. The current page names the legacy
    /// one in a sentence ("refer to Legacy CUDA GPU Compute Capability") and links to it, so only a title, a first
    /// heading, a line of its own or the page's canonical address counts.
    public static func source(of input: String) -> String {
        let title = #"(?m)(<title>|<h1[^>]*>|^)\s*(#+\s*)?Legacy CUDA GPU Compute Capability"#
        let canonical = #"<link[^>]*rel="canonical"[^>]*cuda-legacy-gpus|<meta[^>]*og:url[^>]*cuda-legacy-gpus"#
        let legacy = input.range(of: title, options: .regularExpression) != nil || input.range(of: canonical, options: .regularExpression) != nil
        return legacy ? legacySourceURL : sourceURL
    }

    static func parseTables(_ rows: [VendorPage.Row]) -> (rows: [Row], skipped: [ImportReport.Entry]) {
        var result: [Row] = []
        var skipped: [ImportReport.Entry] = []
        var header: [String] = []
        for row in rows {
            let first = row.cells.first?.joined(separator: " ") ?? ""
            if row.isHeader || first == "Compute Capability" || first == "GPU" {
                header = row.cells.map { $0.joined(separator: " ") }
                continue
            }
            if header.first == "GPU", row.cells.count >= 2 {
                // Old layout: GPU | Compute Capability.
                let name = cleanName(row.cells[0].joined(separator: " "))
                guard let cc = capability(row.cells[1].joined(separator: " ")) else {
                    skipped.append(.init(line: row.line, subject: name, detail: "compute capability not understood"))
                    continue
                }
                if !name.isEmpty { result.append(Row(line: row.line, name: name, computeCapability: cc, column: nil)) }
                continue
            }
            guard let cc = capability(first) else { continue }
            for (offset, cell) in row.cells.enumerated().dropFirst() {
                let column = offset < header.count ? header[offset] : nil
                for name in joinContinuations(cell) {
                    result.append(Row(line: row.line, name: name, computeCapability: cc, column: column))
                }
            }
        }
        return (result, skipped)
    }

    static func parseText(_ lines: [VendorPage.Line]) -> (rows: [Row], skipped: [ImportReport.Entry]) {
        var result: [Row] = []
        var skipped: [ImportReport.Entry] = []
        var current: (cc: Version, line: Int)?
        var pending: [VendorPage.Line] = []
        func flush() {
            guard let row = current else { pending = []; return }
            var names: [(Int, String)] = []
            for line in pending {
                let name = cleanName(line.text)
                if let last = names.last, let word = name.split(separator: " ").first.map(String.init), !startsName(word) {
                    names[names.count - 1] = (last.0, last.1 + " " + name)
                } else {
                    names.append((line.line, name))
                }
            }
            for (line, name) in names { result.append(Row(line: line, name: name, computeCapability: row.cc, column: nil)) }
            pending = []
        }
        for line in lines {
            let text = line.text
            if text.contains("|") {
                flush()
                current = nil
                let cells = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                let filled = cells.filter { !$0.isEmpty }
                if filled.count == 2, let cc = capability(filled[1]), capability(filled[0]) == nil {
                    result.append(Row(line: line.line, name: cleanName(filled[0]), computeCapability: cc, column: nil))
                } else if let first = filled.first, let cc = capability(first) {
                    for cell in filled.dropFirst() {
                        if productCount(cell) > 1 {
                            skipped.append(.init(line: line.line, subject: "compute capability \(cc)",
                                                 detail: "a cell lists several GPUs joined by spaces ('\(cell.prefix(60))…'); save the page as HTML so each GPU is its own item"))
                        } else {
                            result.append(Row(line: line.line, name: cleanName(cell), computeCapability: cc, column: nil))
                        }
                    }
                }
                continue
            }
            if let cc = capability(text) {
                flush()
                current = (cc, line.line)
                continue
            }
            guard current != nil else { continue }
            // Prose after the table ends it.
            if text.split(separator: " ").count > 9 || text.hasSuffix(".") {
                flush()
                current = nil
                continue
            }
            pending.append(line)
        }
        flush()
        return (result, skipped)
    }

    /// A cell's items, with names the page wrapped onto a second item joined back.
    static func joinContinuations(_ items: [String]) -> [String] {
        var names: [String] = []
        for item in items.map(cleanName) where !item.isEmpty {
            if let word = item.split(separator: " ").first.map(String.init), !startsName(word), let last = names.last {
                names[names.count - 1] = last + " " + item
            } else {
                names.append(item)
            }
        }
        return names
    }

    /// How many products a space-joined cell names: brand words ("NVIDIA", "Quadro") that follow a word that is
    /// not one ("NVIDIA GH200 NVIDIA H200" is two; "NVIDIA RTX PRO 6000 Blackwell", "NVIDIA GB10 (DGX Spark)" are one).
    static func productCount(_ cell: String) -> Int {
        var count = 0
        var previousIsBrand = false
        for word in cell.split(separator: " ").map(String.init) {
            let isBrand = nameStarts.contains(word)
            if isBrand && !previousIsBrand { count += 1 }
            previousIsBrand = isBrand
        }
        return max(count, 1)
    }

    /// Whether a word can start a GPU's name: a known prefix or a model code (`P620`, `T1000`, `A100`, `GB10`).
    static func startsName(_ word: String) -> Bool {
        if nameStarts.contains(word) { return true }
        return word.range(of: #"^[A-Z]{1,3}[0-9]"#, options: .regularExpression) != nil
    }

    static func capability(_ text: String) -> Version? {
        let value = VendorPage.withoutFootnote(text)
        guard value.range(of: #"^[0-9]{1,2}\.[0-9]$"#, options: .regularExpression) != nil else { return nil }
        return Version(value)
    }

    static func cleanName(_ text: String) -> String {
        var name = text.replacingOccurrences(of: "™", with: "").replacingOccurrences(of: "®", with: "")
        name = name.replacingOccurrences(of: #"\s*\[\d+\]"#, with: "", options: .regularExpression)
        return name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: - Merging

    /// Merges the rows into `dataset.gpus`: a GPU the dataset knows (by name, alias, or as the family of its
    /// variants: "NVIDIA H100" for H100 SXM / PCIe / NVL) is compared; a new one is added with the architecture its
    /// compute capability belongs to, memory and release date left for the maintainer.
    public static func merge(_ rows: [Row], skipped: [ImportReport.Entry] = [], source: String, date: String, into dataset: CompatDataset) -> ImportReport {
        var report = ImportReport(dataset: dataset)
        report.skipped = skipped
        var seen: Set<String> = []
        // Rebuilt only when a GPU is added, so a later row can match it.
        var index = GPUIndex(report.dataset.gpus)
        for row in rows {
            let key = GPUIndex.compact(row.name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            let matches = index.find(row.name).map { [$0] } ?? family(of: row.name, in: report.dataset.gpus)
            if !matches.isEmpty {
                // An inferred record takes the page's value: the page is the source the inference stood in for.
                let inferred = matches.filter(\.computeCapabilityInferred)
                if !inferred.isEmpty {
                    guard let architecture = report.dataset.architectures.first(where: { $0.capabilities.contains { $0.cc == row.computeCapability } }) else {
                        report.skipped.append(.init(line: row.line, subject: row.name,
                                                    detail: "compute capability \(row.computeCapability) is in no architecture of architectures.yaml; add it there first"))
                        continue
                    }
                    for match in inferred {
                        guard let position = report.dataset.gpus.firstIndex(where: { $0.name == match.name }) else { continue }
                        var gpu = match
                        let detail = gpu.computeCapability == row.computeCapability
                            ? "inferred compute capability \(row.computeCapability) confirmed by the page"
                            : "inferred compute capability \(gpu.computeCapability) replaced by \(row.computeCapability) (\(architecture.name))"
                        gpu.computeCapability = row.computeCapability
                        gpu.architecture = architecture.name
                        gpu.computeCapabilityInferred = false
                        let previous = [match.provenance.source] + match.provenance.also
                        gpu.provenance = Provenance(
                            source: source, also: previous.filter { $0 != source },
                            note: dataset.inEveryLanguage { book in
                                book(.importGPUSourced, ["date": date])
                                    + (match.provenance.note(in: book.language).map { book(.importPreviousNote, ["note": $0]) } ?? "")
                            },
                            location: match.provenance.location)
                        report.dataset.gpus[position] = gpu
                        report.updated.append(.init(line: row.line, subject: match.name, detail: detail))
                        report.changeItems.append("gpu \(match.name)")
                    }
                    if inferred.count == matches.count { continue }
                }
                let differing = matches.filter { !$0.computeCapabilityInferred && $0.computeCapability != row.computeCapability }
                if differing.isEmpty {
                    report.unchanged += 1
                } else {
                    let detail = differing.map { "compute capability \($0.computeCapability) for '\($0.name)' in the dataset" }.joined(separator: "; ")
                    report.conflicts.append(.init(line: row.line, subject: row.name, detail: "\(detail), \(row.computeCapability) on the page"))
                }
                continue
            }
            guard let architecture = report.dataset.architectures.first(where: { $0.capabilities.contains { $0.cc == row.computeCapability } }) else {
                report.skipped.append(.init(line: row.line, subject: row.name,
                                            detail: "compute capability \(row.computeCapability) is in no architecture of architectures.yaml; add it there first"))
                continue
            }
            let gpu = GPU(name: row.name, aliases: aliases(for: row.name, avoiding: index), segment: segment(of: row.name, column: row.column),
                          architecture: architecture.name, computeCapability: row.computeCapability, memoryGB: nil, released: nil, peak: nil,
                          provenance: Provenance(source: source, note: dataset.inEveryLanguage { $0(.importGPUAdded, ["date": date]) },
                                                 location: SourceLocation(path: "")))
            report.dataset.gpus.append(gpu)
            index = GPUIndex(report.dataset.gpus)
            report.added.append(.init(line: row.line, subject: row.name,
                                      detail: "compute capability \(row.computeCapability), \(architecture.name), \(gpu.segment)"))
            report.changeItems.append("gpu \(row.name)")
        }
        if report.changesDataset { report.files = ["gpus.yaml"] }
        return report
    }

    /// Dataset GPUs that are variants of `name` ("NVIDIA H100" → H100 SXM, H100 PCIe, H100 NVL; "NVIDIA RTX 6000 Ada"
    /// → "NVIDIA RTX 6000 Ada Generation"): the name's compact key followed by a form factor, memory or "generation".
    static func family(of name: String, in gpus: [GPU]) -> [GPU] {
        let key = GPUIndex.compact(name)
        guard key.count >= 2 else { return [] }
        return gpus.filter { gpu in
            ([gpu.name] + gpu.aliases).contains { candidate in
                let other = GPUIndex.compact(candidate)
                guard other.hasPrefix(key), other != key else { return false }
                let rest = String(other.dropFirst(key.count))
                return rest.range(of: #"^(sxm|pcie|nvl|generation|[0-9]+g|hbm)"#, options: .regularExpression) != nil
            }
        }
    }

    /// The segment: from the name where it says (GeForce, TITAN, Jetson, a server edition), else from the column.
    static func segment(of name: String, column: String?) -> String {
        let words = name.split(separator: " ").map(String.init)
        if GPU.isModuleName(name) || column == "Jetson" { return "embedded" }
        if words.contains("GeForce") { return "geforce" }
        if words.contains("TITAN") { return "titan" }
        if name.contains("Server Edition") || column == "Data Center" || words.first == "Tesla" { return "datacenter" }
        if column == "Workstation/Consumer" || words.contains("Quadro") || words.contains("RTX") || words.contains("NVS") { return "workstation" }
        return "datacenter"
    }

    /// What readers type for a new GPU: the name without its brand word ("RTX PRO 6000 Blackwell Max-Q Workstation
    /// Edition"), and for "NVIDIA GB10 (DGX Spark)" both "GB10" and "DGX Spark"; none already taken.
    static func aliases(for name: String, avoiding index: GPUIndex) -> [String] {
        var candidates: [String] = []
        var base = name
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            candidates.append(String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces))
            base = name[..<open].trimmingCharacters(in: .whitespaces)
            candidates.append(base)
        }
        for brand in ["NVIDIA ", "GeForce ", "Tesla ", "Quadro "] where base.hasPrefix(brand) {
            candidates.append(String(base.dropFirst(brand.count)))
        }
        var seen: Set<String> = [GPUIndex.normalize(name)]
        return candidates.filter { candidate in
            !candidate.isEmpty && index.find(candidate) == nil && seen.insert(GPUIndex.normalize(candidate)).inserted
        }
    }
}
