import Foundation

/// Horizontal bar charts as inline SVG, drawn at build time. Colours come from CSS classes (`bench-bar`,
/// `bench-bar-cited`, `bench-spread`) and text uses `currentColor`, so the theme's dark mode and print styles apply.
public enum BenchChart {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var detail: String
        public var value: Double
        public var spread: BenchSpread?
        public var cited: Bool

        public init(label: String, detail: String, value: Double, spread: BenchSpread?, cited: Bool) {
            self.label = label
            self.detail = detail
            self.value = value
            self.spread = spread
            self.cited = cited
        }
    }

    /// The words the chart writes, in the page's language: the axis caption ("TFLOP/s, longer is better") and
    /// what follows a cited bar's value.
    public struct Labels: Sendable {
        public var axis: String
        public var citedSuffix: String

        public init(axis: String, citedSuffix: String) {
            self.axis = axis
            self.citedSuffix = citedSuffix
        }
    }

    /// The SVG for `bars`; `title` is read by screen readers. Two drawings: the wide one (labels left of the bars)
    /// and a narrow one for phones (each label above its bar, text at its real size), of which the stylesheet shows one.
    public static func svg(title: String, labels: Labels, bars: [Bar]) -> String {
        wide(title: title, labels: labels, bars: bars) + narrow(title: title, labels: labels, bars: bars)
    }

    static func wide(title: String, labels: Labels, bars: [Bar]) -> String {
        let width = 720.0, labelWidth = 250.0, valueWidth = 110.0, rowHeight = 34.0, top = 8.0
        let plot = width - labelWidth - valueWidth
        let maximum = self.maximum(bars)
        let height = top * 2 + rowHeight * Double(bars.count) + 18
        var out = open("bench-chart bench-chart-wide", width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            out += "<g class=\"bench-row\">"
            out += "<text class=\"bench-label\" x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 14))\" text-anchor=\"end\">\(escape(clip(bar.label, 34)))</text>"
            out += "<text class=\"bench-detail\" x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 27))\" text-anchor=\"end\">\(escape(clip(bar.detail, 40)))</text>"
            out += barShapes(bar, x: labelWidth, y: y + 5, height: 20, plot: plot, maximum: maximum, citedSuffix: labels.citedSuffix)
            out += "</g>"
        }
        let axisY = top + rowHeight * Double(bars.count) + 12
        out += "<text class=\"bench-axis\" x=\"\(fmt(labelWidth))\" y=\"\(fmt(axisY))\">\(escape(labels.axis))</text>"
        return out + "</svg>"
    }

    static func narrow(title: String, labels: Labels, bars: [Bar]) -> String {
        let width = 360.0, valueWidth = 92.0, rowHeight = 56.0, top = 4.0
        let plot = width - valueWidth
        let maximum = self.maximum(bars)
        let height = top * 2 + rowHeight * Double(bars.count) + 18
        var out = open("bench-chart bench-chart-narrow", width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            out += "<g class=\"bench-row\">"
            out += "<text class=\"bench-label\" x=\"0\" y=\"\(fmt(y + 13))\">\(escape(clip(bar.label, 44)))</text>"
            out += "<text class=\"bench-detail\" x=\"0\" y=\"\(fmt(y + 27))\">\(escape(clip(bar.detail, 52)))</text>"
            out += barShapes(bar, x: 0, y: y + 33, height: 16, plot: plot, maximum: maximum, citedSuffix: labels.citedSuffix)
            out += "</g>"
        }
        let axisY = top + rowHeight * Double(bars.count) + 12
        out += "<text class=\"bench-axis\" x=\"0\" y=\"\(fmt(axisY))\">\(escape(labels.axis))</text>"
        return out + "</svg>"
    }

    private static func maximum(_ bars: [Bar]) -> Double {
        max(bars.map { max($0.value, $0.spread?.max ?? 0) }.max() ?? 1, .leastNonzeroMagnitude)
    }

    private static func open(_ classes: String, width: Double, height: Double, title: String) -> String {
        "<svg class=\"\(classes)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" "
            + "width=\"\(fmt(width))\" height=\"\(fmt(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
            + "<title>\(escape(title))</title>"
    }

    /// The bar, its spread whiskers and its value, starting at `x`, top at `y`.
    private static func barShapes(_ bar: Bar, x: Double, y: Double, height: Double, plot: Double, maximum: Double, citedSuffix: String) -> String {
        let length = max(1, plot * bar.value / maximum)
        var out = "<rect class=\"bench-bar\(bar.cited ? " bench-bar-cited" : "")\" x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(length))\" height=\"\(fmt(height))\" rx=\"3\"/>"
        let middle = y + height / 2
        if let spread = bar.spread, spread.max > spread.min {
            let x1 = x + plot * spread.min / maximum, x2 = x + plot * spread.max / maximum
            out += "<path class=\"bench-spread\" d=\"M\(fmt(x1)) \(fmt(middle))H\(fmt(x2))M\(fmt(x1)) \(fmt(middle - 6))V\(fmt(middle + 6))M\(fmt(x2)) \(fmt(middle - 6))V\(fmt(middle + 6))\"/>"
        }
        let end = x + max(length, bar.spread.map { plot * $0.max / maximum } ?? 0)
        out += "<text class=\"bench-value\" x=\"\(fmt(end + 6))\" y=\"\(fmt(middle + 5))\">\(escape(number(bar.value)))\(bar.cited ? escape(citedSuffix) : "")</text>"
        return out
    }

    /// Three significant digits, without exponent: 48.9, 782, 0.0409, 4217.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(value))))
        let decimals = max(0, 2 - magnitude)
        return String(format: "%.\(decimals)f", value)
    }

    private static func fmt(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    private static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
