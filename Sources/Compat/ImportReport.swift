import Foundation

/// What an importer found in a vendor page and did to the dataset: the same shape for every importer, so the
/// CLI reports and writes them alike. Nothing the dataset states from a source is overwritten: a row that
/// disagrees is a conflict. A record the dataset marks as inferred is replaced by the page's values (`updated`).
public struct ImportReport: Sendable {
    /// One reported row.
    public struct Entry: Hashable, Sendable {
        /// 1-based line in the page (0 when the whole page is meant).
        public var line: Int
        /// What the row is about (`cuDNN 9.17.0`, `GeForce RTX 5090`).
        public var subject: String
        /// What happened, or what differs.
        public var detail: String

        public init(line: Int, subject: String, detail: String) {
            self.line = line
            self.subject = subject
            self.detail = detail
        }
    }

    /// Records added.
    public var added: [Entry] = []
    /// Inferred records replaced by the page's values.
    public var updated: [Entry] = []
    /// Rows that agree with the dataset.
    public var unchanged = 0
    /// Rows that disagree with a sourced record; the dataset's values are kept.
    public var conflicts: [Entry] = []
    /// Rows left out, with why.
    public var skipped: [Entry] = []
    /// Change-log items (`cudnn 9.29.0`, `gpu NVIDIA B300`) for what was added or updated.
    public var changeItems: [String] = []
    /// The dataset files that changed.
    public var files: Set<String> = []
    /// The merged dataset.
    public var dataset: CompatDataset

    public init(dataset: CompatDataset) {
        self.dataset = dataset
    }

    /// Whether the import changes the dataset.
    public var changesDataset: Bool { !added.isEmpty || !updated.isEmpty }

    /// `2 added, 1 updated (inferred → sourced), 40 unchanged, 1 conflicting (kept), 3 skipped`.
    public var summary: String {
        "\(added.count) added, \(updated.count) updated (inferred → sourced), \(unchanged) unchanged, "
            + "\(conflicts.count) conflicting (kept), \(skipped.count) skipped"
    }
}
