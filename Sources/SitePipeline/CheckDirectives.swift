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
        var html = HTML()
        html.element("div", ["class": "check", "id": anchor(check.id)]) { html in
            html.element("div", ["class": "check-head"]) { html in
                html.element("span", ["class": "check-label"], text: ui.text(.checkLabel))
                let needs = requirementLabels(check)
                if !needs.isEmpty {
                    html += " "
                    html.element("span", ["class": "check-needs"], text: ui.text(.checkNeeds, ["needs": needs.joined(separator: " · ")]))
                }
            }
            html.raw(CodeBlockRenderer.render(info: check.language.rawValue, code: check.code, ui: ui))
            html.element("p", ["class": "check-explain"], text: check.explanation)
            if let sample = check.sampleOutput {
                html.element("div", ["class": "check-sample"]) { html in
                    html.element("div", ["class": "check-sample-title"], text: ui.text(.checkSample))
                    html.element("pre") { $0.element("code", text: sample.hasSuffix("\n") ? String(sample.dropLast()) : sample) }
                }
            }
            // Machines where it ran come first; those that skipped it follow.
            let found = records.compactMap { record in record.result(for: check.id).map { (record, $0) } }
            let runs = found.filter { $0.1.status != .skip } + found.filter { $0.1.status == .skip }
            if runs.isEmpty {
                html.element("p", ["class": "check-none"], text: ui.text(.checkNone))
            } else {
                html.element("p", ["class": "check-runs-title"], text: ui.text(.checkRunsTitle))
                html.element("ul", ["class": "check-runs"]) { html in
                    for (record, result) in runs { html.raw(badge(check: check, record: record, result: result)) }
                }
            }
            // How the runner decides pass or fail is for maintainers: folded.
            var rule: [String] = check.expectations.map { ui.html(.checkRuleMatchHTML, ["pattern": Self.code("/" + $0 + "/")]) }
            if check.exitCode != 0 || rule.isEmpty { rule.append(ui.html(.checkRuleExit, ["code": String(check.exitCode)])) }
            var runner = HTML()
            runner.element("a", ["href": root + "downloads/run_checks.py"], text: "run_checks.py")
            html.element("details", ["class": "check-how"]) { html in
                html.element("summary", text: ui.text(.checkHow))
                html.element("p", ["class": "check-expect"]) { html in
                    html.raw(ui.html(.checkHowHTML, ["rules": rule.joined(separator: ui.html(.checkRuleSeparator)), "timeout": String(check.timeout),
                                                     "id": Self.code(check.id), "runner": runner.description]))
                }
            }
        }
        return html.description + "\n"
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
        var html = HTML()
        html.element("li", ["class": "check-run " + className]) { html in
            html.element("details", ["open": verdict == .failing ? "" : nil]) { html in
                html.element("summary") { html in
                    html.element("span", ["class": "check-mark", "aria-hidden": "true"], text: mark)
                    html += " "
                    html.text(word + environment)
                }
                html.element("div", ["class": "check-run-body"]) { html in
                    switch verdict {
                    case .stale:
                        html.element("p") { $0.raw(ui.html(.checkStaleExplainHTML, ["old": Self.code(result.hash), "new": Self.code(check.hash)])) }
                    case .skipped:
                        html.element("p", text: ui.text(.checkNotRun, ["reason": result.reason ?? ui.text(.checkMissingRequirement)]))
                    case .failing:
                        html.element("p", text: result.reason ?? ui.text(.checkNotPassed))
                    case .verified:
                        break
                    }
                    if verdict != .skipped {
                        let facts = [ui.text(.checkExitCode, ["code": result.exitCode.map(String.init) ?? ui.text(.checkNoExitCode)]),
                                     ui.text(.checkDuration, ["duration": Self.seconds(result.duration, ui: ui)])]
                        html.element("p", ["class": "check-run-facts"], text: facts.joined(separator: " · "))
                        if !result.stdout.isEmpty { output(&html, ui.text(.checkStdout), result.stdout) }
                        if !result.stderr.isEmpty { output(&html, ui.text(.checkStderr), result.stderr) }
                    }
                }
            }
        }
        return html.description
    }

    /// A run's duration as a reader reads it: "不到 0.1 秒", "0.4 秒", "12 秒".
    static func seconds(_ value: Double, ui: SiteText) -> String {
        guard value.isFinite, value >= 0.05 else { return ui.text(.checkUnderTenthSecond) }
        return ui.text(.checkSeconds, ["seconds": value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))])
    }

    /// `<code>text</code>`, for the texts whose `{name}` takes markup.
    private static func code(_ text: String) -> String {
        var html = HTML()
        html.element("code", text: text)
        return html.description
    }

    private func output(_ html: inout HTML, _ title: String, _ text: String) {
        html.element("div", ["class": "check-output-title"], text: title)
        html.element("pre", ["class": "check-output"]) { $0.element("code", text: text.hasSuffix("\n") ? String(text.dropLast()) : text) }
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
