/// A table of the dataset, ready to render: a header, rows of cells, and where each row's facts come from.
public struct MatrixTable: Sendable {
    /// One cell: text, optionally linking to a generated page (site-relative URL).
    public struct Cell: Sendable, Hashable {
        /// Text shown.
        public var text: String
        /// Site-relative URL, when the cell links to a page.
        public var link: String?
        /// Extra class for styling (`muted`, `na`).
        public var style: String?

        /// Creates a cell.
        public init(_ text: String, link: String? = nil, style: String? = nil) {
            self.text = text
            self.link = link
            self.style = style
        }
    }

    /// One row.
    public struct Row: Sendable, Hashable {
        /// Cells, one per column.
        public var cells: [Cell]
        /// The record's source URL.
        public var source: String
    }

    /// Stable id (`driver-cuda`, `cuda-cudnn`, `pytorch`, `gpus`).
    public var id: String
    /// Caption.
    public var caption: String
    /// Column headers.
    public var columns: [String]
    /// Rows, in display order.
    public var rows: [Row]
}

/// A slice of a matrix: the primary versions between `min` and `max`, or one major.
public struct MatrixFilter: Sendable, Hashable {
    /// Oldest primary version shown.
    public var min: Version?
    /// Newest primary version shown.
    public var max: Version?
    /// Only this many newest rows.
    public var limit: Int?

    /// Creates a filter.
    public init(min: Version? = nil, max: Version? = nil, limit: Int? = nil) {
        self.min = min
        self.max = max
        self.limit = limit
    }

    /// Everything.
    public static let all = MatrixFilter()

    func accepts(_ version: Version) -> Bool {
        if let min, version < min, !version.hasPrefix(min) { return false }
        if let max, version > max, !version.hasPrefix(max) { return false }
        return true
    }

    func apply(_ rows: [MatrixTable.Row]) -> [MatrixTable.Row] {
        limit.map { Array(rows.prefix($0)) } ?? rows
    }
}

/// The matrices the site publishes, built from the dataset.
public enum Matrices {
    /// Matrix ids, for the `matrix` directive.
    public static let ids = ["driver-cuda", "cuda-cudnn", "pytorch", "gpus", "driver-branches", "tensorflow", "jax"]

    /// The matrix with `id`, sliced by `filter`.
    public static func make(_ id: String, data: CompatDataset, filter: MatrixFilter = .all) -> MatrixTable? {
        switch id {
        case "driver-cuda": return driverCUDA(data, filter: filter)
        case "cuda-cudnn": return cudaCuDNN(data, filter: filter)
        case "pytorch": return pytorch(data, filter: filter)
        case "gpus": return gpus(data, filter: filter)
        case "driver-branches": return driverBranches(data, filter: filter)
        case "tensorflow", "jax": return frameworks(id, data: data, filter: filter)
        default: return nil
        }
    }

    /// CUDA release ↔ minimum drivers, newest first.
    public static func driverCUDA(_ data: CompatDataset, filter: MatrixFilter = .all) -> MatrixTable {
        let rows = data.cuda.reversed().filter { filter.accepts($0.version) }.map { release -> MatrixTable.Row in
            let floor = data.floor(major: release.version.major)
            return MatrixTable.Row(cells: [
                MatrixTable.Cell(release.version.description, link: EntityURL.cuda(release)),
                MatrixTable.Cell(release.name),
                driverCell(release, .linux, data.phrases),
                driverCell(release, .windows, data.phrases),
                MatrixTable.Cell(floor.map { "\($0.minDriver.linux?.description ?? "N/A") / \($0.minDriver.windows?.description ?? "N/A")" } ?? "—",
                                 style: "muted"),
                MatrixTable.Cell(release.date ?? "—", style: release.date == nil ? "muted" : nil),
            ], source: release.provenance.source)
        }
        let say = data.phrases
        return MatrixTable(id: "driver-cuda", caption: say(.matrixDriverCUDACaption),
                           columns: ["CUDA", say(.matrixColumnName), say(.matrixColumnLinuxDriverMinimum), say(.matrixColumnWindowsDriverMinimum),
                                     say(.matrixColumnMinorFloor), say(.matrixColumnReleased)],
                           rows: filter.apply(rows))
    }

    /// cuDNN release ↔ CUDA versions per package, newest first.
    public static func cudaCuDNN(_ data: CompatDataset, filter: MatrixFilter = .all) -> MatrixTable {
        let majors = Array(Set(data.cudnn.flatMap { $0.packages.map(\.cudaMajor) })).sorted(by: >)
        let rows = data.cudnn.reversed().filter { filter.accepts($0.version) }.map { release -> MatrixTable.Row in
            var cells = [MatrixTable.Cell(release.version.description)]
            for major in majors {
                if let package = release.packages.first(where: { $0.cudaMajor == major }) {
                    let range = versionRange(package.cuda, known: data.cuda.map(\.version))
                    cells.append(release.cudaInferred ? MatrixTable.Cell(data.phrases(.matrixInferred, ["range": range]), style: "muted") : MatrixTable.Cell(range))
                } else {
                    cells.append(MatrixTable.Cell("—", style: "na"))
                }
            }
            cells.append(MatrixTable.Cell(release.minComputeCapability.map { "≥ \($0)" } ?? "—", style: release.minComputeCapability == nil ? "muted" : nil))
            cells.append(MatrixTable.Cell(release.date ?? "—", style: release.date == nil ? "muted" : nil))
            return MatrixTable.Row(cells: cells, source: release.provenance.source)
        }
        let say = data.phrases
        return MatrixTable(id: "cuda-cudnn", caption: say(.matrixCuDNNCaption),
                           columns: ["cuDNN"] + majors.map { say(.matrixColumnCUDAPackage, ["major": String($0)]) }
                               + [say(.matrixColumnComputeCapability), say(.matrixColumnReleased)], rows: filter.apply(rows))
    }

    /// PyTorch release ↔ CUDA variants ↔ Python ↔ torchvision ↔ torchaudio, newest first.
    public static func pytorch(_ data: CompatDataset, filter: MatrixFilter = .all) -> MatrixTable {
        let rows = data.pytorch.reversed().filter { filter.accepts($0.version) }.map { release -> MatrixTable.Row in
            let cuda = release.cudaVariants.map { variant -> String in
                variant.tag + (variant.tag == release.defaultVariant ? data.phrases(.matrixDefaultVariant) : "")
                    + (variant.platforms.contains("windows") ? "" : data.phrases(.matrixLinuxOnly))
            }
            return MatrixTable.Row(cells: [
                MatrixTable.Cell(release.version.description, link: EntityURL.pytorch(release)),
                MatrixTable.Cell(cuda.isEmpty ? "—" : cuda.joined(separator: " ")),
                MatrixTable.Cell("\(release.python.min)–\(release.python.max)"),
                MatrixTable.Cell(release.torchvision?.description ?? "—"),
                MatrixTable.Cell(release.torchaudio?.description ?? "—"),
                MatrixTable.Cell(release.date ?? "—", style: release.date == nil ? "muted" : nil),
            ], source: release.provenance.source)
        }
        let say = data.phrases
        return MatrixTable(id: "pytorch", caption: say(.matrixPyTorchCaption),
                           columns: ["PyTorch", say(.matrixColumnCUDABuilds), "Python", "torchvision", "torchaudio", say(.matrixColumnReleased)],
                           rows: filter.apply(rows))
    }

    /// GPU ↔ architecture ↔ compute capability ↔ first / last CUDA.
    public static func gpus(_ data: CompatDataset, filter: MatrixFilter = .all) -> MatrixTable {
        let resolver = Resolver(data: data)
        let sorted = data.gpus.enumerated().sorted { a, b in
            a.element.computeCapability != b.element.computeCapability ? a.element.computeCapability > b.element.computeCapability : a.offset < b.offset
        }.map(\.element)
        let rows = sorted.filter { filter.accepts($0.computeCapability) }.map { gpu -> MatrixTable.Row in
            let last = resolver.lastCUDA(for: gpu)
            return MatrixTable.Row(cells: [
                MatrixTable.Cell(gpu.name, link: EntityURL.gpu(gpu)),
                MatrixTable.Cell(gpu.architecture),
                gpu.computeCapabilityInferred
                    ? MatrixTable.Cell(data.phrases(.matrixInferred, ["range": gpu.computeCapability.description]), style: "muted")
                    : MatrixTable.Cell(gpu.computeCapability.description),
                MatrixTable.Cell(gpu.memoryGB.map { "\(formatNumber($0)) GB" } ?? "—"),
                MatrixTable.Cell(resolver.firstCUDA(for: gpu)?.description ?? "—"),
                MatrixTable.Cell(last.map { "\($0.version.major).\($0.version.minor)" } ?? data.phrases(.matrixStillSupported), style: last == nil ? "muted" : nil),
            ], source: gpu.provenance.source)
        }
        let say = data.phrases
        return MatrixTable(id: "gpus", caption: say(.matrixGPUsCaption),
                           columns: ["GPU", say(.matrixColumnArchitecture), say(.matrixColumnComputeCapability), say(.matrixColumnMemory),
                                     say(.matrixColumnFirstCUDA), say(.matrixColumnLastCUDA)], rows: filter.apply(rows))
    }

    // MARK: - Helpers

    /// `12.0–12.9` for a run with no gap among `known` (the CUDA X.Y versions that exist), else a list.
    public static func versionRange(_ versions: [Version], known: [Version] = []) -> String {
        let sorted = versions.map(\.majorMinor).sorted()
        guard let first = sorted.first, let last = sorted.last else { return "—" }
        if sorted.count == 1 { return first.description }
        let between = Set(known.map(\.majorMinor)).filter { $0 > first && $0 < last }
        let contiguous = known.isEmpty
            ? zip(sorted, sorted.dropFirst()).allSatisfy { $0.major == $1.major && $1.minor == $0.minor + 1 }
            : between.isSubset(of: Set(sorted))
        return contiguous ? "\(first)–\(last)" : sorted.map(\.description).joined(separator: ", ")
    }

    /// `24`, `40.5`.
    public static func formatNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Driver branches, newest first: designation, end of life, newest CUDA major.
    static func driverBranches(_ data: CompatDataset, filter: MatrixFilter) -> MatrixTable {
        let rows = data.driverBranches.reversed().filter { filter.accepts(Version([$0.branch])) }.map { branch in
            MatrixTable.Row(cells: [MatrixTable.Cell("R\(branch.branch)"), MatrixTable.Cell(data.phrases.designation(branch.designation)),
                                    branch.endOfLife.map { MatrixTable.Cell($0) } ?? MatrixTable.Cell(data.phrases(.matrixNoEndOfLife), style: "na"),
                                    MatrixTable.Cell("CUDA \(branch.maxCUDAMajor)")],
                            source: branch.provenance.source)
        }
        let say = data.phrases
        return MatrixTable(id: "driver-branches", caption: say(.matrixBranchesCaption),
                           columns: [say(.matrixColumnBranch), say(.matrixColumnKind), say(.matrixColumnEndOfLife), say(.matrixColumnNewestCUDAMajor)],
                           rows: filter.apply(rows))
    }

    /// TensorFlow or JAX releases with the CUDA stack each was built or tested with, newest first.
    static func frameworks(_ framework: String, data: CompatDataset, filter: MatrixFilter) -> MatrixTable {
        let records = data.frameworks.filter { $0.framework == framework }
        let rows = records.reversed().filter { filter.accepts($0.first) }.map { release in
            var cells = [MatrixTable.Cell(release.versions.replacingOccurrences(of: ">=", with: "≥ "))]
            if framework == "jax" { cells.append(MatrixTable.Cell(release.build ?? "—")) }
            cells += [MatrixTable.Cell("\(release.python.min)–\(release.python.max)"),
                      MatrixTable.Cell(release.cuda.replacingOccurrences(of: ">=", with: "≥ ")),
                      MatrixTable.Cell(release.cudnn.replacingOccurrences(of: ">=", with: "≥ ").replacingOccurrences(of: ",<", with: "，< "))]
            if framework == "jax" { cells.append(release.linuxDriver.map { MatrixTable.Cell("≥ \($0)") } ?? MatrixTable.Cell(data.phrases(.matrixNotStated), style: "na")) }
            return MatrixTable.Row(cells: cells, source: release.provenance.source)
        }
        let say = data.phrases
        if framework == "jax" {
            return MatrixTable(id: "jax", caption: say(.matrixJAXCaption),
                               columns: ["JAX", say(.matrixColumnBuild), "Python", "CUDA", "cuDNN", say(.matrixColumnLinuxDriver)], rows: filter.apply(rows))
        }
        return MatrixTable(id: "tensorflow", caption: say(.matrixTensorFlowCaption),
                           columns: ["TensorFlow", "Python", "CUDA", "cuDNN"], rows: filter.apply(rows))
    }

    /// NVIDIA's minimum; where the table says N/A, the branch named for the toolkit (muted); else N/A.
    private static func driverCell(_ release: CUDARelease, _ os: OperatingSystem, _ say: Phrasebook) -> MatrixTable.Cell {
        let style = release.minDriver.minimum(for: os) == nil ? "muted" : nil
        return release.requirementText(for: os, phrases: say).map { MatrixTable.Cell($0, style: style) } ?? MatrixTable.Cell("N/A", style: "na")
    }
}
