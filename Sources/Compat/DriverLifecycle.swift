import Foundation

/// The sentences for a driver on one branch, for GPUs with one last branch (or none), `{driver}` left open: which
/// one applies depends on the day it is read, so the CLI picks by its clock and the page by the reader's.
public struct BranchSentences: Sendable {
    /// The branch.
    public var branch: DriverBranch
    /// Said while the branch is supported (or when NVIDIA gives no end).
    public var live: String
    /// Said once its end of life has passed: the end, and the long-term branch to move to.
    public var ended: String
}

/// Where a driver's branch stands in NVIDIA's lifecycle on a given month.
public struct BranchStanding: Sendable {
    /// The branch.
    public var branch: DriverBranch
    /// Whether its end of life is before the month asked about.
    public var ended: Bool
    /// The long-term branch advised once it has ended, when there is a newer one the GPU runs on.
    public var moveTo: DriverBranch?
    /// One sentence, `{driver}` filled in.
    public var sentence: String
}

extension Resolver {
    /// The newest long-term support branch that still drives a GPU whose last branch is `lastBranch` (any, if nil).
    public func longTermBranch(lastBranch: Int?) -> DriverBranch? {
        data.driverBranches.filter { branch in branch.designation == .ltsb && (lastBranch.map { branch.branch <= $0 } ?? true) }
            .max { $0.branch < $1.branch }
    }

    /// The branch record a driver belongs to, nil when the dataset does not list its branch: the newest listed
    /// branch at or below the driver's major, at most four majors below it (a branch's later releases carry higher
    /// majors, 581.57 is R580; and not every branch is a multiple of five: R418).
    public func branchRecord(of driver: Version) -> DriverBranch? {
        branchRecord(major: driver.major)
    }

    func branchRecord(major: Int) -> DriverBranch? {
        data.driverBranches.last { $0.branch <= major && major - $0.branch < 5 }
    }

    /// Both sentences for `branch`, for a GPU whose last branch is `lastBranch`.
    public func branchSentences(_ branch: DriverBranch, lastBranch: Int?) -> BranchSentences {
        let say = data.phrases
        var names = ["branch": "R\(branch.branch)", "designation": say.designation(branch.designation)]
        guard let end = branch.endOfLife else {
            let text = say(.branchNoEndOfLife, names)
            return BranchSentences(branch: branch, live: text, ended: text)
        }
        names["eol"] = end
        var ended = say(.branchEnded, names)
        if let target = moveTarget(from: branch, lastBranch: lastBranch), let targetEnd = target.endOfLife {
            ended += say(.branchMoveTo, ["target": "R\(target.branch)", "target_eol": targetEnd])
        } else if lastBranch == branch.branch {
            ended += say(.branchLastForGPU, ["branch": "R\(branch.branch)"])
        }
        return BranchSentences(branch: branch, live: say(.branchLive, names), ended: ended)
    }

    /// The "ended" sentence for a GPU the reader's paste does not name (or the dataset does not know): move to the
    /// newest long-term branch, with the architectures whose support ends earlier and where ("Kepler 止于 R470"),
    /// since that branch may not drive an older GPU.
    public func branchEndedForUnknownGPU(_ branch: DriverBranch) -> String {
        let say = data.phrases
        let sentences = branchSentences(branch, lastBranch: nil)
        guard let end = branch.endOfLife, let target = moveTarget(from: branch, lastBranch: nil), let targetEnd = target.endOfLife else { return sentences.ended }
        let limits = Dictionary(grouping: data.architectures.filter { $0.lastDriverBranch != nil }, by: { $0.lastDriverBranch ?? 0 })
            .sorted { $0.key < $1.key }
            .map { say(.branchLimit, ["architectures": $0.value.map(\.name).joined(separator: say(.gpuListSeparator)), "branch": "R\($0.key)"]) }
            .joined(separator: say(.branchLimitSeparator))
        let names = ["branch": "R\(branch.branch)", "designation": say.designation(branch.designation), "eol": end]
        return say(.branchEnded, names) + say(.branchMoveToAny, ["target": "R\(target.branch)", "target_eol": targetEnd, "limits": limits])
    }

    /// The long-term branch to move to from an ended `branch`: a newer one that still drives the GPU.
    func moveTarget(from branch: DriverBranch, lastBranch: Int?) -> DriverBranch? {
        longTermBranch(lastBranch: lastBranch).flatMap { $0.branch > branch.branch ? $0 : nil }
    }

    /// Where `driver`'s branch stands in `month` (`YYYY-MM`); nil when the dataset does not list the branch. A branch
    /// is supported through the month NVIDIA names as its end of life.
    public func branchStanding(driver: Version, lastBranch: Int?, month: String) -> BranchStanding? {
        guard let branch = branchRecord(of: driver) else { return nil }
        let ended = branch.endOfLife.map { $0 < month } ?? false
        let sentences = branchSentences(branch, lastBranch: lastBranch)
        return BranchStanding(branch: branch, ended: ended, moveTo: ended ? moveTarget(from: branch, lastBranch: lastBranch) : nil,
                              sentence: TextTemplate.fill(ended ? sentences.ended : sentences.live, ["driver": driver.description]))
    }

    /// `YYYY-MM` of a date, in UTC.
    public static func month(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month], from: date)
        return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
    }
}
