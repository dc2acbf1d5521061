import Bench
import Diagnostics
import Markup
import Snippets

/// Renders live checks: the snippet with its copy button, what it should print, what that means, and one badge per
/// recorded machine (verified, failing, stale or skipped), with the captured output behind a disclosure.
struct CheckDirectives: Sendable {
    let records: [CheckRecord]
    /// The reader-facing text of the site's language.
    let ui: SiteText

    /// The HTML for `check`.
    func render(_ check: Check, root: String) -> String {
        var html = "<div class=\"check\" id=\"\(HTMLEscaping.escape(anchor(check.id)))\">"
        html += "<div class=\"check-head\"><span class=\"check-label\">\(ui.html(.checkLabel))</span>"
        let needs = requirementLabels(check)
        if !needs.isEmpty { html += " <span class=\"check-needs\">\(ui.html(.checkNeeds, ["needs": needs.joined(separator: " · ")]))</span>" }
        html += "</div>"
        html += CodeBlockRenderer.render(info: check.language.rawValue, code: check.code, ui: ui)
        html += "<p class=\"check-explain\">\(HTMLEscaping.escape(check.explanation))</p>"
        if let sample = check.sampleOutput {
            html += "<div class=\"check-sample\"><div class=\"check-sample-title\">\(ui.html(.checkSample))</div>"
            html += "<pre><code>\(HTMLEscaping.escape(sample.hasSuffix("\n") ? String(sample.dropLast()) : sample))</code></pre></div>"
        }
        // Machines where it ran come first; those that skipped it follow.
        let found = records.compactMap { record in record.result(for: check.id).map { (record, $0) } }
        let runs = found.filter { $0.1.status != .skip } + found.filter { $0.1.status == .skip }
        if runs.isEmpty {
            html += "<p class=\"check-none\">\(ui.html(.checkNone))</p>"
        } else {
            html += "<p class=\"check-runs-title\">\(ui.html(.checkRunsTitle))</p><ul class=\"check-runs\">"
            for (record, result) in runs { html += badge(check: check, record: record, result: result) }
            html += "</ul>"
        }
        // How the runner decides pass or fail is for maintainers: folded.
        var rule: [String] = check.expectations.map { ui.html(.checkRuleMatchHTML, ["pattern": "<code>/\(HTMLEscaping.escape($0))/</code>"]) }
        if check.exitCode != 0 || rule.isEmpty { rule.append(ui.html(.checkRuleExit, ["code": String(check.exitCode)])) }
        html += "<details class=\"check-how\"><summary>\(ui.html(.checkHow))</summary><p class=\"check-expect\">"
        html += ui.html(.checkHowHTML, ["rules": rule.joined(separator: ui.html(.checkRuleSeparator)), "timeout": String(check.timeout),
                                        "id": "<code>\(HTMLEscaping.escape(check.id))</code>",
                                        "runner": "<a href=\"\(root)downloads/run_checks.py\">run_checks.py</a>"]) + "</p></details>"
        return html + "</div>\n"
    }

    /// Ids are unique across the site (they key the records); a record of an id no guide has is a warning.
    static func validate(checks: [Check], records: [CheckRecord], display: String, into bag: inout DiagnosticBag) {
        var first: [String: Check] = [:]
        for check in checks {
            if let earlier = first[check.id] {
                bag.add(.error("check id '\(check.id)' is already used at \(earlier.location.path):\(earlier.location.line); ids key the recorded runs, so each must be unique",
                               at: check.location))
            } else {
                first[check.id] = check
            }
        }
        for record in records {
            let unknown = record.results.map(\.id).filter { first[$0] == nil }
            guard !unknown.isEmpty else { continue }
            bag.add(.warning("\(unknown.count) recorded result(s) name checks no guide has: \(unknown.prefix(5).joined(separator: ", "))",
                             at: SourceLocation(path: "\(display)/\(record.file)"),
                             note: "a check was renamed or removed; run the checks again and re-import, or delete the record"))
        }
    }

    /// The id attribute of a check's box.
    func anchor(_ id: String) -> String { "check-" + id }

    // MARK: - Fragments

    private func badge(check: Check, record: CheckRecord, result: CheckResult) -> String {
        let verdict = CheckVerdict(check: check, result: result)
        let environment = Self.label(record.environment, ui: ui)
        let (mark, word, className): (String, String, String)
        switch verdict {
        case .verified: (mark, word, className) = ("✓", "", "check-verified")
        case .failing: (mark, word, className) = ("✗", ui.text(result.status == .timeout ? .checkTimeout : .checkFailed) + " · ", "check-failing")
        case .stale: (mark, word, className) = ("⚠", ui.text(.checkStale) + " · ", "check-stale")
        case .skipped: (mark, word, className) = ("–", ui.text(.checkSkipped) + " · ", "check-skipped")
        }
        var html = "<li class=\"check-run \(className)\"><details\(verdict == .failing ? " open" : "")><summary>"
        html += "<span class=\"check-mark\" aria-hidden=\"true\">\(mark)</span> \(HTMLEscaping.escape(word + environment))</summary>"
        html += "<div class=\"check-run-body\">"
        switch verdict {
        case .stale:
            html += "<p>" + ui.html(.checkStaleExplainHTML, ["old": "<code>\(HTMLEscaping.escape(result.hash))</code>", "new": "<code>\(HTMLEscaping.escape(check.hash))</code>"]) + "</p>"
        case .skipped:
            html += "<p>\(ui.html(.checkNotRun, ["reason": result.reason ?? ui.text(.checkMissingRequirement)]))</p>"
        case .failing:
            html += "<p>\(HTMLEscaping.escape(result.reason ?? ui.text(.checkNotPassed)))</p>"
        case .verified:
            break
        }
        if verdict != .skipped {
            let facts = [ui.text(.checkExitCode, ["code": result.exitCode.map(String.init) ?? ui.text(.checkNoExitCode)]),
                         ui.text(.checkDuration, ["duration": Self.seconds(result.duration, ui: ui)])]
            html += "<p class=\"check-run-facts\">\(HTMLEscaping.escape(facts.joined(separator: " · ")))</p>"
            if !result.stdout.isEmpty { html += output(ui.html(.checkStdout), result.stdout) }
            if !result.stderr.isEmpty { html += output(ui.html(.checkStderr), result.stderr) }
        }
        return html + "</div></details></li>"
    }

    /// A run's duration as a reader reads it: "不到 0.1 秒", "0.4 秒", "12 秒".
    static func seconds(_ value: Double, ui: SiteText) -> String {
        guard value.isFinite, value >= 0.05 else { return ui.text(.checkUnderTenthSecond) }
        return ui.text(.checkSeconds, ["seconds": value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))])
    }

    private func output(_ title: String, _ text: String) -> String {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return "<div class=\"check-output-title\">\(title)</div><pre class=\"check-output\"><code>\(HTMLEscaping.escape(body))</code></pre>"
    }

    private func requirementLabels(_ check: Check) -> [String] {
        var labels = check.requires.map { requirement -> String in
            switch requirement {
            case .gpu: return "NVIDIA GPU"
            case .nvcc: return "nvcc"
            case .torch: return "PyTorch"
            case .torchCUDA: return ui.text(.checkTorchCUDA)
            case .docker: return "Docker"
            case .nvidiaDocker: return "NVIDIA Container Toolkit"
            case .conda: return "conda"
            case .pip: return "pip"
            case .linux: return "Linux"
            case .windows: return "Windows"
            case .wsl: return "WSL"
            }
        }
        if check.language == .powershell || check.language == .cmd, !check.requires.contains(.windows) { labels.append("Windows") }
        return labels
    }

    /// `NVIDIA H200 · driver 580.159.04 · torch 2.11.0+cu130 · 2026-11-21`; a machine without a GPU says so.
    static func label(_ environment: BenchEnvironment, ui: SiteText) -> String {
        var parts: [String] = []
        if let first = environment.gpus.first {
            parts.append(environment.gpus.count > 1 ? "\(first) ×\(environment.gpus.count)" : first)
        } else {
            parts.append(ui.text(.checkNoGPU, ["machine": environment.osName ?? environment.os ?? ui.text(.checkMachine)]))
        }
        if let driver = environment.driver { parts.append("driver \(driver)") }
        if let torch = environment.torch { parts.append("torch \(torch)") }
        if let date = environment.date { parts.append(date) }
        return parts.joined(separator: " · ")
    }
}
