import Foundation

/// Per family, how current the dataset is: the newest record and its date, so a maintainer sees what to import.
public struct DatasetStatus: Sendable {
    /// One family of records.
    public struct Family: Sendable {
        /// `cuda`, `cudnn`, `pytorch`, `gpus`, `architectures`.
        public var name: String
        /// Records in the family.
        public var count: Int
        /// The newest record (a version, or a GPU's name).
        public var newest: String
        /// Its date (`YYYY-MM` or `YYYY-MM-DD`), when the dataset has one.
        public var date: String?
        /// The newest date of any record in the family (a later release may lack a date).
        public var newestDate: String?
        /// The importer or source that brings it up to date.
        public var update: String
        /// The newest change-log entry that added or updated a record of this family: when a maintainer last
        /// brought it up to date from the vendor's page (a release NVIDIA leaves undated still counts as checked).
        public var checked: String?

        /// The date its age is measured from: the newer of the newest release date and the last check.
        public var freshAsOf: String? { [newestDate, checked].compactMap { $0 }.max() }
    }

    /// The families, in the order `data status` prints them.
    public var families: [Family]

    /// The status of `data`.
    public static func make(_ data: CompatDataset) -> DatasetStatus {
        var families: [Family] = []
        if let cuda = data.cuda.last {
            families.append(Family(name: "cuda", count: data.cuda.count, newest: "\(cuda.version) (\(cuda.name))", date: cuda.date,
                                   newestDate: data.cuda.compactMap(\.date).max(), update: "gpukb data import-nvidia-drivers <saved release notes>"))
        }
        if let cudnn = data.cudnn.last {
            families.append(Family(name: "cudnn", count: data.cudnn.count, newest: cudnn.version.description, date: cudnn.date,
                                   newestDate: data.cudnn.compactMap(\.date).max(), update: "gpukb data import-cudnn-matrix <saved cuDNN support matrix>"))
        }
        if let torch = data.pytorch.last {
            families.append(Family(name: "pytorch", count: data.pytorch.count, newest: torch.version.description, date: torch.date,
                                   newestDate: data.pytorch.compactMap(\.date).max(), update: "gpukb data import-pytorch-wheels <saved whl/torch/ page> --release-md <RELEASE.md>"))
        }
        if let branch = data.driverBranches.last {
            families.append(Family(name: "drivers", count: data.driverBranches.count, newest: "R\(branch.branch) (\(branch.designation.rawValue))",
                                   date: nil, newestDate: nil, update: "drivers.yaml from NVIDIA's data-center driver support table"))
        }
        if let tensorflow = data.frameworks.last(where: { $0.framework == "tensorflow" }) {
            families.append(Family(name: "tensorflow", count: data.frameworks.filter { $0.framework == "tensorflow" }.count, newest: tensorflow.versions,
                                   date: nil, newestDate: nil, update: "frameworks.yaml from TensorFlow's tested build configurations"))
        }
        if let jax = data.frameworks.last(where: { $0.framework == "jax" }) {
            families.append(Family(name: "jax", count: data.frameworks.filter { $0.framework == "jax" }.count, newest: jax.versions,
                                   date: nil, newestDate: nil, update: "frameworks.yaml from JAX's installation page"))
        }
        let released = data.gpus.filter { $0.released != nil }.max { ($0.released ?? "") < ($1.released ?? "") }
        families.append(Family(name: "gpus", count: data.gpus.count, newest: released?.name ?? "—", date: released?.released,
                               newestDate: released?.released, update: "gpukb data import-cuda-gpus <saved developer.nvidia.com/cuda-gpus page>"))
        let capabilities = data.architectures.flatMap(\.capabilities)
        if let newest = capabilities.max(by: { $0.cc < $1.cc }) {
            families.append(Family(name: "architectures", count: data.architectures.count, newest: "compute capability \(newest.cc)",
                                   date: nil, newestDate: nil, update: "architectures.yaml from NVIDIA's architecture matrix"))
        }
        let prefixes = ["cuda": "cuda ", "cudnn": "cudnn ", "pytorch": "pytorch ", "drivers": "branch ", "gpus": "gpu ", "architectures": "architecture ",
                        "tensorflow": "tensorflow ", "jax": "jax "]
        for index in families.indices {
            guard let prefix = prefixes[families[index].name] else { continue }
            families[index].checked = data.changes.filter { $0.items.contains { $0.hasPrefix(prefix) } }.map(\.date).max()
        }
        return DatasetStatus(families: families)
    }

    /// Whole days from `date` (`YYYY-MM` counts from the month's first day) to `today`; nil when unreadable.
    public static func age(of date: String, today: Date) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts.count > 2 ? parts[2] : 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let start = calendar.date(from: components) else { return nil }
        return calendar.dateComponents([.day], from: start, to: today).day
    }
}
