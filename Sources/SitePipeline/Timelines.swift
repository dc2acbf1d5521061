import Compat
import Foundation
import Markup

/// SVG charts of support windows, readable without JavaScript, styled by CSS classes (light, dark, print):
/// architectures across CUDA releases, and PyTorch releases across Python versions.
enum Timelines {
    static let kinds = ["architectures", "pytorch-python"]

    /// The chart named `kind`, or nil for an unknown name.
    static func svg(_ kind: String, data: CompatDataset) -> String? {
        switch kind {
        case "architectures": return architectures(data)
        case "pytorch-python": return pytorchPython(data)
        default: return nil
        }
    }

    private static func text(_ value: String) -> String { HTMLFragments.text(value) }
    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// One row per architecture; columns are the CUDA minor releases in the dataset, oldest left. A bar runs from the
    /// first release that supports the architecture to the last before its removal; the deprecated stretch is
    /// marked; a bar reaching the right edge is still supported.
    static func architectures(_ data: CompatDataset) -> String? {
        var minors: [Version] = []
        for release in data.cuda where minors.last != release.version.majorMinor { minors.append(release.version.majorMinor) }
        guard minors.count > 1, !data.architectures.isEmpty else { return nil }
        let label = 120.0, column = 22.0, row = 26.0, top = 44.0
        let width = label + column * Double(minors.count) + 70
        let height = top + row * Double(data.architectures.count) + 16
        func index(of version: Version) -> Int { minors.firstIndex { $0 >= version.majorMinor } ?? minors.count }
        var out = "<figure class=\"timeline\"><svg class=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(Int(width))\" role=\"img\" aria-labelledby=\"tl-arch-title\">"
        out += "<title id=\"tl-arch-title\">各 GPU 架构得到支持的 CUDA 版本范围</title>"
        // Column labels: each major's first minor, and every other minor.
        for (offset, version) in minors.enumerated() {
            let x = label + column * (Double(offset) + 0.5)
            let newMajor = offset == 0 || minors[offset - 1].major != version.major
            out += "<line class=\"tl-grid\(newMajor ? " tl-major" : "")\" x1=\"\(number(x - column / 2))\" y1=\"\(number(top - 6))\" x2=\"\(number(x - column / 2))\" y2=\"\(number(height - 12))\"/>"
            if newMajor || offset % 2 == 0 {
                out += "<text class=\"tl-axis\" x=\"\(number(x))\" y=\"\(number(top - 14))\" text-anchor=\"middle\" transform=\"rotate(-45 \(number(x)) \(number(top - 14)))\">\(text(version.description))</text>"
            }
        }
        for (rowIndex, architecture) in data.architectures.enumerated() {
            let y = top + row * Double(rowIndex)
            let first = architecture.capabilities.map(\.firstCUDA).min() ?? minors[0]
            let start = index(of: first)
            let end = architecture.removedIn.map { index(of: $0) } ?? minors.count
            let deprecated = architecture.deprecatedIn.map { index(of: $0) }
            let ccs = architecture.capabilities.map(\.cc.description).joined(separator: "、")
            out += "<text class=\"tl-label\" x=\"\(number(label - 8))\" y=\"\(number(y + row / 2 + 4))\" text-anchor=\"end\">\(text(architecture.name))</text>"
            guard end > start else {
                out += "<text class=\"tl-note\" x=\"\(number(label + 4))\" y=\"\(number(y + row / 2 + 4))\">早于 CUDA \(text(minors[0].description))，已移除</text>"
                continue
            }
            let x0 = label + column * Double(start), x1 = label + column * Double(end)
            let supported = deprecated.map { min(max($0, start), end) } ?? end
            let removed = architecture.removedIn.map { "，CUDA \($0) 起移除" } ?? "，至今仍受支持"
            out += "<g><title>\(text("\(architecture.name)（计算能力 \(ccs)）：CUDA \(first) 起支持\(architecture.deprecatedIn.map { "，\($0) 起弃用" } ?? "")\(removed)"))</title>"
            out += "<rect class=\"tl-bar\" x=\"\(number(x0))\" y=\"\(number(y + 5))\" width=\"\(number(column * Double(supported - start)))\" height=\"\(number(row - 10))\" rx=\"3\"/>"
            if supported < end {
                out += "<rect class=\"tl-bar tl-deprecated\" x=\"\(number(label + column * Double(supported)))\" y=\"\(number(y + 5))\" width=\"\(number(column * Double(end - supported)))\" height=\"\(number(row - 10))\" rx=\"3\"/>"
            }
            if first < minors[0] {
                out += "<text class=\"tl-inbar\" x=\"\(number(x0 + 4))\" y=\"\(number(y + row / 2 + 4))\">← \(text(first.description))</text>"
            }
            let tail = architecture.removedIn == nil ? "至今" : "至 \(minors[max(start, end - 1)])"
            out += "<text class=\"tl-note\" x=\"\(number(x1 + 4))\" y=\"\(number(y + row / 2 + 4))\">\(text(tail))</text></g>"
        }
        out += "</svg><figcaption>实心：支持；浅色：已宣布弃用，仍可使用；条形右端之后：该 CUDA 版本起不再支持。数据见 "
        out += "architectures.yaml，每条记录附出处。</figcaption></figure>\n"
        return out
    }

    /// One row per PyTorch minor series (its newest release), one column per Python version; a filled cell means a
    /// wheel for that Python exists.
    static func pytorchPython(_ data: CompatDataset) -> String? {
        var latest: [Version: PyTorchRelease] = [:]
        for release in data.pytorch { latest[release.version.majorMinor] = release }
        let releases = latest.values.filter { $0.python.min.major == 3 && $0.python.max.major == 3 }.sorted { $0.version > $1.version }
        guard !releases.isEmpty else { return nil }
        let lowest = releases.map(\.python.min.minor).min() ?? 0, highest = releases.map(\.python.max.minor).max() ?? 0
        guard highest >= lowest else { return nil }
        let pythons = Array(lowest...highest)
        let label = 70.0, column = 44.0, row = 20.0, top = 30.0
        let width = label + column * Double(pythons.count) + 8
        let height = top + row * Double(releases.count) + 8
        var out = "<figure class=\"timeline\"><svg class=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(Int(width))\" role=\"img\" aria-labelledby=\"tl-py-title\">"
        out += "<title id=\"tl-py-title\">各 PyTorch 版本支持的 Python 版本</title>"
        for (offset, minor) in pythons.enumerated() {
            out += "<text class=\"tl-axis\" x=\"\(number(label + column * (Double(offset) + 0.5)))\" y=\"\(number(top - 10))\" text-anchor=\"middle\">3.\(minor)</text>"
        }
        for (rowIndex, release) in releases.enumerated() {
            let y = top + row * Double(rowIndex)
            out += "<text class=\"tl-label\" x=\"\(number(label - 8))\" y=\"\(number(y + row / 2 + 4))\" text-anchor=\"end\">\(text(release.version.majorMinor.description))</text>"
            for (offset, minor) in pythons.enumerated() where minor >= release.python.min.minor && minor <= release.python.max.minor && release.python.min.major == 3 {
                out += "<rect class=\"tl-bar\" x=\"\(number(label + column * Double(offset) + 2))\" y=\"\(number(y + 3))\" width=\"\(number(column - 4))\" height=\"\(number(row - 6))\" rx=\"2\"><title>\(text("PyTorch \(release.version)：Python 3.\(minor)"))</title></rect>"
            }
        }
        out += "</svg><figcaption>每个小版本系列取其最新版本；有色格子表示官方为该 Python 版本发布了 wheel。数据见 pytorch.yaml。</figcaption></figure>\n"
        return out
    }
}
