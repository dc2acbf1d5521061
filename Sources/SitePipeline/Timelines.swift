import Compat
import Foundation
import Markup

/// SVG charts of support windows, readable without JavaScript, styled by CSS classes (light, dark, print):
/// architectures across CUDA releases, PyTorch releases across Python versions, driver branches across months.
enum Timelines {
    static let kinds = ["architectures", "pytorch-python", "driver-branches"]

    /// The chart named `kind`, or nil for an unknown name.
    static func svg(_ kind: String, data: CompatDataset, ui: SiteText) -> String? {
        switch kind {
        case "architectures": return architectures(data, ui: ui)
        case "pytorch-python": return pytorchPython(data, ui: ui)
        case "driver-branches": return driverBranches(data, ui: ui)
        default: return nil
        }
    }

    /// `<figure class="timeline"><svg …><title>…</title>`: a chart's opening, to which `finish` adds the caption.
    private static func chart(width: Double, height: Double, titleID: String, title: String) -> HTML {
        var out = HTML()
        out.open("figure", ["class": "timeline"])
        out.open("svg", ["class": "timeline-chart", "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(number(width)) \(number(height))",
                         "width": String(Int(width)), "role": "img", "aria-labelledby": titleID])
        out.element("title", ["id": titleID], text: title)
        return out
    }

    /// The chart closed, with its caption.
    private static func finish(_ chart: HTML, caption: String) -> String {
        var out = chart
        out.close("svg")
        out.element("figcaption", text: caption)
        out.close("figure")
        return out.description + "\n"
    }
    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// One row per architecture; columns are the CUDA minor releases in the dataset, oldest left. A bar runs from the
    /// first release that supports the architecture to the last before its removal; the deprecated stretch is
    /// marked; a bar reaching the right edge is still supported.
    static func architectures(_ data: CompatDataset, ui: SiteText) -> String? {
        var minors: [Version] = []
        for release in data.cuda where minors.last != release.version.majorMinor { minors.append(release.version.majorMinor) }
        guard minors.count > 1, !data.architectures.isEmpty else { return nil }
        let label = 120.0, column = 22.0, row = 26.0, top = 44.0
        let width = label + column * Double(minors.count) + 70
        let height = top + row * Double(data.architectures.count) + 16
        func index(of version: Version) -> Int { minors.firstIndex { $0 >= version.majorMinor } ?? minors.count }
        var out = chart(width: width, height: height, titleID: "tl-arch-title", title: ui.text(.timelineArchTitle))
        // Column labels: each major's first minor, and every other minor.
        for (offset, version) in minors.enumerated() {
            let x = label + column * (Double(offset) + 0.5)
            let newMajor = offset == 0 || minors[offset - 1].major != version.major
            out.empty("line", ["class": newMajor ? "tl-grid tl-major" : "tl-grid", "x1": number(x - column / 2), "y1": number(top - 6),
                               "x2": number(x - column / 2), "y2": number(height - 12)])
            if newMajor || offset % 2 == 0 {
                out.element("text", ["class": "tl-axis", "x": number(x), "y": number(top - 14), "text-anchor": "middle",
                                     "transform": "rotate(-45 \(number(x)) \(number(top - 14)))"], text: version.description)
            }
        }
        for (rowIndex, architecture) in data.architectures.enumerated() {
            let y = top + row * Double(rowIndex)
            let first = architecture.capabilities.map(\.firstCUDA).min() ?? minors[0]
            let start = index(of: first)
            let end = architecture.removedIn.map { index(of: $0) } ?? minors.count
            let deprecated = architecture.deprecatedIn.map { index(of: $0) }
            let ccs = architecture.capabilities.map(\.cc.description).joined(separator: ui.text(.listSeparator))
            out.element("text", ["class": "tl-label", "x": number(label - 8), "y": number(y + row / 2 + 4), "text-anchor": "end"], text: architecture.name)
            guard end > start else {
                out.element("text", ["class": "tl-note", "x": number(label + 4), "y": number(y + row / 2 + 4)],
                            text: ui.text(.timelineArchRemovedBefore, ["version": minors[0].description]))
                continue
            }
            let x0 = label + column * Double(start), x1 = label + column * Double(end)
            let supported = deprecated.map { min(max($0, start), end) } ?? end
            let removed = architecture.removedIn.map { ui.text(.timelineArchRemoved, ["version": $0.description]) } ?? ui.text(.timelineArchStill)
            let summary = ui.text(.timelineArchSummary, ["architecture": architecture.name, "ccs": ccs, "first": first.description])
                + (architecture.deprecatedIn.map { ui.text(.timelineArchDeprecated, ["version": $0.description]) } ?? "") + removed
            let tail = architecture.removedIn == nil ? ui.text(.timelineArchTailNow) : ui.text(.timelineArchTailUntil, ["version": minors[max(start, end - 1)].description])
            out.element("g") { out in
                out.element("title", text: summary)
                out.empty("rect", ["class": "tl-bar", "x": number(x0), "y": number(y + 5), "width": number(column * Double(supported - start)),
                                   "height": number(row - 10), "rx": "3"])
                if supported < end {
                    out.empty("rect", ["class": "tl-bar tl-deprecated", "x": number(label + column * Double(supported)), "y": number(y + 5),
                                       "width": number(column * Double(end - supported)), "height": number(row - 10), "rx": "3"])
                }
                if first < minors[0] {
                    out.element("text", ["class": "tl-inbar", "x": number(x0 + 4), "y": number(y + row / 2 + 4)], text: "← " + first.description)
                }
                out.element("text", ["class": "tl-note", "x": number(x1 + 4), "y": number(y + row / 2 + 4)], text: tail)
            }
        }
        return finish(out, caption: ui.text(.timelineArchCaption))
    }

    /// One row per PyTorch minor series (its newest release); columns are Python versions, then CUDA builds. A filled
    /// cell means a wheel for that Python, or a build for that CUDA, exists.
    static func pytorchPython(_ data: CompatDataset, ui: SiteText) -> String? {
        var latest: [Version: PyTorchRelease] = [:]
        for release in data.pytorch { latest[release.version.majorMinor] = release }
        let releases = latest.values.filter { $0.python.min.major == 3 && $0.python.max.major == 3 }.sorted { $0.version > $1.version }
        guard !releases.isEmpty else { return nil }
        let lowest = releases.map(\.python.min.minor).min() ?? 0, highest = releases.map(\.python.max.minor).max() ?? 0
        guard highest >= lowest else { return nil }
        let pythons = Array(lowest...highest)
        let builds = Set(releases.flatMap { $0.cudaVariants.compactMap(\.cuda) }).sorted()
        let label = 70.0, column = 44.0, buildColumn = 38.0, gap = 24.0, row = 20.0, top = 44.0
        let buildsX = label + column * Double(pythons.count) + gap
        let width = buildsX + buildColumn * Double(builds.count) + 8
        let height = top + row * Double(releases.count) + 8
        var out = chart(width: width, height: height, titleID: "tl-py-title", title: ui.text(.timelinePyTitle))
        out.element("text", ["class": "tl-axis", "x": number(label), "y": number(12)], text: "Python")
        out.element("text", ["class": "tl-axis", "x": number(buildsX), "y": number(12)], text: ui.text(.timelinePyBuilds))
        for (offset, minor) in pythons.enumerated() {
            out.element("text", ["class": "tl-axis", "x": number(label + column * (Double(offset) + 0.5)), "y": number(top - 10), "text-anchor": "middle"],
                        text: "3.\(minor)")
        }
        for (offset, cuda) in builds.enumerated() {
            out.element("text", ["class": "tl-axis", "x": number(buildsX + buildColumn * (Double(offset) + 0.5)), "y": number(top - 10), "text-anchor": "middle"],
                        text: cuda.description)
        }
        for (rowIndex, release) in releases.enumerated() {
            let y = top + row * Double(rowIndex)
            out.element("text", ["class": "tl-label", "x": number(label - 8), "y": number(y + row / 2 + 4), "text-anchor": "end"],
                        text: release.version.majorMinor.description)
            for (offset, minor) in pythons.enumerated() where minor >= release.python.min.minor && minor <= release.python.max.minor && release.python.min.major == 3 {
                out.element("rect", ["class": "tl-bar", "x": number(label + column * Double(offset) + 2), "y": number(y + 3), "width": number(column - 4),
                                     "height": number(row - 6), "rx": "2"]) { out in
                    out.element("title", text: ui.text(.timelinePyCell, ["version": release.version.description, "python": "3.\(minor)"]))
                }
            }
            for (offset, cuda) in builds.enumerated() {
                guard let variant = release.cudaVariants.first(where: { $0.cuda == cuda }) else { continue }
                let linuxOnly = !variant.platforms.contains("windows")
                let title = ui.text(.timelinePyBuildCell, ["version": release.version.description, "tag": variant.tag])
                    + (linuxOnly ? ui.text(.timelinePyLinuxOnly) : "") + (variant.tag == release.defaultVariant ? ui.text(.timelinePyDefault) : "")
                out.element("rect", ["class": linuxOnly ? "tl-bar tl-build tl-deprecated" : "tl-bar tl-build", "x": number(buildsX + buildColumn * Double(offset) + 2),
                                     "y": number(y + 3), "width": number(buildColumn - 4), "height": number(row - 6), "rx": "2"]) { out in
                    out.element("title", text: title)
                }
            }
        }
        return finish(out, caption: ui.text(.timelinePyCaption))
    }

    /// Month index of `YYYY-MM` (or `YYYY-MM-DD`), for placing dates on one axis.
    static func month(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, (1...12).contains(parts[1]) else { return nil }
        return parts[0] * 12 + parts[1] - 1
    }

    /// When a branch first appears in the dataset: the date of the first CUDA release whose Linux minimum driver is
    /// in that branch (NVIDIA's table gives no branch release dates; this is the dataset's own inference).
    static func firstSeen(_ branch: Int, in data: CompatDataset) -> (date: String, cuda: Version)? {
        for release in data.cuda {
            guard let driver = release.minDriver.linux, Resolver.branch(of: driver) == branch, let date = release.date else { continue }
            return (date, release.version)
        }
        return nil
    }

    /// One row per driver branch: a bar from the month it first appears (see `firstSeen`) to its end of life, coloured
    /// by designation; a vertical line marks the month of the dataset's newest change-log entry, so the chart does
    /// not depend on the day it is built.
    static func driverBranches(_ data: CompatDataset, ui: SiteText) -> String? {
        let branches = data.driverBranches
        guard !branches.isEmpty else { return nil }
        let starts = branches.map { firstSeen($0.branch, in: data) }
        let ends = branches.map { $0.endOfLife.flatMap(month) }
        let asOf = data.changes.map(\.date).max().flatMap(month)
        let known = starts.compactMap { $0.flatMap { month($0.date) } } + ends.compactMap { $0 } + (asOf.map { [$0] } ?? [])
        guard let low = known.min(), let high = known.max() else { return nil }
        let first = low - low % 12, last = high - high % 12 + 12
        let label = 150.0, perMonth = 7.0, row = 26.0, top = 26.0
        let width = label + perMonth * Double(last - first) + 150
        let height = top + row * Double(branches.count) + 14
        func x(_ value: Int) -> Double { label + perMonth * Double(value - first) }
        var out = chart(width: width, height: height, titleID: "tl-branch-title", title: ui.text(.timelineBranchTitle))
        for year in stride(from: first, through: last, by: 12) {
            out.empty("line", ["class": "tl-grid tl-major", "x1": number(x(year)), "y1": number(top - 8), "x2": number(x(year)), "y2": number(height - 8)])
            if year < last { out.element("text", ["class": "tl-axis", "x": number(x(year) + 4), "y": number(top - 12)], text: String(year / 12)) }
        }
        for (index, branch) in branches.enumerated() {
            let y = top + row * Double(index)
            let kind = branch.designation == .ltsb ? "LTSB" : branch.designation == .production ? "PB" : "NFB"
            out.element("text", ["class": "tl-label", "x": number(label - 8), "y": number(y + row / 2 + 4), "text-anchor": "end"], text: "R\(branch.branch) · \(kind)")
            let start = starts[index], end = ends[index]
            let summary = ui.text(.timelineBranchSummary, ["branch": String(branch.branch), "designation": data.phrases.designation(branch.designation)])
                + (start.map { ui.text(.timelineBranchStart, ["date": $0.date, "cuda": $0.cuda.description]) } ?? ui.text(.timelineBranchStartUnknown))
                + (branch.endOfLife.map { ui.text(.timelineBranchEnd, ["date": $0]) } ?? ui.text(.timelineBranchNoEnd))
            let css = "tl-bar tl-\(branch.designation.rawValue)"
            out.element("g") { out in
                out.element("title", text: summary)
                if let begin = start.flatMap({ month($0.date) }), let end {
                    out.empty("rect", ["class": css, "x": number(x(begin)), "y": number(y + 5), "width": number(max(perMonth, x(end + 1) - x(begin))),
                                       "height": number(row - 10), "rx": "3"])
                    out.element("text", ["class": "tl-note", "x": number(x(end + 1) + 4), "y": number(y + row / 2 + 4)],
                                text: ui.text(.timelineBranchUntil, ["date": branch.endOfLife ?? ""]))
                } else if let end {
                    out.empty("path", ["class": css, "d": "M\(number(x(end))) \(number(y + 5))l6 8l-6 8l-6 -8z"])
                    out.element("text", ["class": "tl-note", "x": number(x(end) + 10), "y": number(y + row / 2 + 4)],
                                text: ui.text(.timelineBranchUntilUnknownStart, ["date": branch.endOfLife ?? ""]))
                } else if let begin = start.flatMap({ month($0.date) }) {
                    out.empty("rect", ["class": css, "x": number(x(begin)), "y": number(y + 5), "width": number(perMonth * 2), "height": number(row - 10), "rx": "3"])
                    out.element("text", ["class": "tl-note", "x": number(x(begin) + perMonth * 2 + 4), "y": number(y + row / 2 + 4)],
                                text: ui.text(.timelineBranchNoEOL))
                }
            }
        }
        if let asOf {
            out.empty("line", ["class": "tl-now", "x1": number(x(asOf)), "y1": number(top - 8), "x2": number(x(asOf)), "y2": number(height - 8)])
        }
        return finish(out, caption: ui.text(.timelineBranchCaption))
    }
}
