import Diagnostics
import Foundation
@testable import Snippets
import XCTest

final class CheckParserTests: XCTestCase {
    private let start = SourceLocation(path: "content/driver/linux.md", line: 12, column: 4)

    private func parse(_ info: String, code: String = "nvidia-smi\n", sample: String? = nil) -> (Check?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let check = CheckParser.parse(info: info, code: code, sampleOutput: sample, infoStart: start, into: &bag)
        return (check, bag.all)
    }

    func testOnlyASecondWordCheckMarksALiveCheck() {
        XCTAssertTrue(CheckParser.isCheck(info: "sh check id=a"))
        XCTAssertTrue(CheckParser.isCheck(info: "python\tcheck"))
        XCTAssertFalse(CheckParser.isCheck(info: "sh"))
        XCTAssertFalse(CheckParser.isCheck(info: "check sh"))
        XCTAssertFalse(CheckParser.isCheck(info: "sh checks id=a"))
    }

    func testReadsEveryAttributeWithQuotedValues() throws {
        let (check, diagnostics) = parse(#"bash check id=driver-version requires=gpu,linux timeout=20 expect="Driver Version: \d+" expect="CUDA Version: [0-9.]+" exit=0 explain="驱动已加载；表头里的 \"CUDA Version\" 是上限。""#,
                                         sample: "| Driver Version: 580 |\n")
        XCTAssertEqual(diagnostics, [])
        let parsed = try XCTUnwrap(check)
        XCTAssertEqual(parsed.id, "driver-version")
        XCTAssertEqual(parsed.language, .sh)
        XCTAssertEqual(parsed.requires, [.gpu, .linux])
        XCTAssertEqual(parsed.timeout, 20)
        XCTAssertEqual(parsed.expectations, [#"Driver Version: \d+"#, "CUDA Version: [0-9.]+"])
        XCTAssertEqual(parsed.explanation, "驱动已加载；表头里的 \"CUDA Version\" 是上限。")
        XCTAssertEqual(parsed.sampleOutput, "| Driver Version: 580 |\n")
        XCTAssertEqual(parsed.location.line, 12)
    }

    func testDefaultsAreThirtySecondsAndExitZero() throws {
        let check = try XCTUnwrap(parse(#"python check id=torch-version explain="版本""#, code: "import torch\n").0)
        XCTAssertEqual(check.language, .python)
        XCTAssertEqual(check.timeout, 30)
        XCTAssertEqual(check.exitCode, 0)
        XCTAssertEqual(check.requires, [])
    }

    func testReportsEveryProblemAtItsColumn() {
        let info = #"sh check id=Bad_ID requires=gpu,cuda timeout=0 expect="(" colour=red explain="" stray"#
        let (check, diagnostics) = parse(info)
        XCTAssertNil(check)
        let messages = diagnostics.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("lower-case letters") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("unknown requirement 'cuda'") && $0.contains("did you mean") || $0.contains("unknown requirement 'cuda'") })
        XCTAssertTrue(messages.contains { $0.contains("'timeout'") })
        XCTAssertTrue(messages.contains { $0.contains("not a valid regular expression") })
        XCTAssertTrue(messages.contains { $0.contains("unknown check attribute 'colour'") })
        XCTAssertTrue(messages.contains { $0.contains("'explain' is empty") })
        XCTAssertTrue(messages.contains { $0.contains("found 'stray'") })
        // id=Bad_ID: the value starts 12 scalars into the info string.
        let idError = diagnostics.first { $0.message.contains("lower-case letters") }
        XCTAssertEqual(idError?.location, SourceLocation(path: "content/driver/linux.md", line: 12, column: 4 + 12))
        let timeoutError = diagnostics.first { $0.message.contains("'timeout'") }
        XCTAssertEqual(timeoutError?.location.column, 4 + (info as NSString).range(of: "timeout=").location + "timeout=".count)
    }

    func testRequiresAnIDAndAnExplanation() {
        let messages = parse("sh check requires=gpu").1.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("needs 'id=") })
        XCTAssertTrue(messages.contains { $0.contains("needs 'explain=") })
    }

    func testAnUnclosedQuoteIsAnError() {
        let messages = parse(#"sh check id=a explain="never closed"#).1.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("not closed") }, "\(messages)")
    }

    func testPromptsAreRefusedAtTheirLine() {
        let diagnostics = parse(#"sh check id=a explain="x""#, code: "echo hi\n$ nvidia-smi\n").1
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.location.line, 14)
        XCTAssertTrue(diagnostics.first?.message.contains("'$ ' prompt") == true)
    }

    func testUnknownLanguageIsAnError() {
        let messages = parse(#"ruby check id=a explain="x""#).1.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("found 'ruby'") })
    }
}

final class CheckHashAndVerdictTests: XCTestCase {
    private func check(code: String = "nvcc -V\n", expect: [String] = ["release"], exit: Int = 0, explain: String = "a") -> Check {
        Check(id: "nvcc-version", language: .sh, code: code, expectations: expect, exitCode: exit, explanation: explain,
              location: SourceLocation(path: "x.md", line: 1))
    }

    func testHashIsStableAndCoversCodeExpectationsAndExit() {
        let base = check()
        XCTAssertEqual(base.hash, check().hash)
        XCTAssertTrue(base.hash.hasPrefix("fnv1a64:"))
        XCTAssertEqual(base.hash.count, "fnv1a64:".count + 16)
        XCTAssertNotEqual(base.hash, check(code: "nvcc --version\n").hash)
        XCTAssertNotEqual(base.hash, check(expect: ["release \\d+"]).hash)
        XCTAssertNotEqual(base.hash, check(exit: 1).hash)
        XCTAssertEqual(base.hash, check(explain: "the wording changed").hash)
        // Field boundaries count: moving text from code into an expectation changes the hash.
        XCTAssertNotEqual(check(code: "ab", expect: ["c"]).hash, check(code: "a", expect: ["bc"]).hash)
    }

    func testKnownHashOfAnEmptyCheckMatchesFNV1a() {
        // FNV-1a 64 of "sh" NUL "" NUL "0": computed independently in Python.
        let empty = Check(id: "x", language: .sh, code: "", explanation: "x", location: SourceLocation(path: "x"))
        XCTAssertEqual(empty.hash, "fnv1a64:" + Self.fnv(Array("sh\u{0}\u{0}0".utf8)))
    }

    private static func fnv(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 14_695_981_039_346_656_037
        for byte in bytes { value = (value ^ UInt64(byte)) &* 1_099_511_628_211 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func testVerdictsFollowStatusAndHash() {
        let current = check()
        func result(_ status: CheckResult.Status, hash: String? = nil) -> CheckResult {
            CheckResult(id: current.id, hash: hash ?? current.hash, status: status, exitCode: 0, duration: 0.1, stdout: "", stderr: "", reason: nil)
        }
        XCTAssertEqual(CheckVerdict(check: current, result: result(.pass)), .verified)
        XCTAssertEqual(CheckVerdict(check: current, result: result(.fail)), .failing)
        XCTAssertEqual(CheckVerdict(check: current, result: result(.timeout)), .failing)
        XCTAssertEqual(CheckVerdict(check: current, result: result(.pass, hash: "fnv1a64:0000000000000000")), .stale)
        XCTAssertEqual(CheckVerdict(check: current, result: result(.fail, hash: "fnv1a64:0000000000000000")), .stale)
        XCTAssertEqual(CheckVerdict(check: current, result: result(.skip, hash: "fnv1a64:0000000000000000")), .skipped)
    }
}

final class CheckRecordTests: XCTestCase {
    private let good = """
    {
     "schema": "gpukb-checks/1",
     "runner": "run_checks.py 1",
     "command": "python3 run_checks.py",
     "environment": {"date": "2026-11-21", "os": "linux", "gpus": ["NVIDIA H200"], "gpu_count": 1, "driver_version": "580.159.04"},
     "results": [
      {"id": "nvcc-version", "hash": "fnv1a64:0123456789abcdef", "status": "pass", "exit_code": 0, "duration_s": 0.05,
       "stdout": "Cuda compilation tools, release 13.0\\n", "stderr": "", "reason": null, "expect_failed": []},
      {"id": "docker-runtime", "hash": "fnv1a64:0123456789abcdef", "status": "skip", "exit_code": null, "duration_s": 0,
       "stdout": "", "stderr": "", "reason": "requires docker: docker not found", "expect_failed": []}
     ]
    }
    """

    func testParsesARunnerRecord() throws {
        var bag = DiagnosticBag()
        let parsed = CheckRecordLoader.parse(good, file: "a.json", display: "content/data/checks/a.json", into: &bag)
        let record = try XCTUnwrap(parsed, "\(bag.all)")
        XCTAssertEqual(bag.all, [])
        XCTAssertEqual(record.environment.gpus, ["NVIDIA H200"])
        XCTAssertEqual(record.environment.driver, "580.159.04")
        XCTAssertEqual(record.results.map(\.status), [.pass, .skip])
        XCTAssertEqual(record.result(for: "nvcc-version")?.stdout, "Cuda compilation tools, release 13.0\n")
        XCTAssertEqual(record.result(for: "docker-runtime")?.reason, "requires docker: docker not found")
    }

    func testMalformedRecordsAreReportedWithPositions() {
        let bad = good.replacingOccurrences(of: "\"status\": \"pass\"", with: "\"status\": \"passed\"")
            .replacingOccurrences(of: "gpukb-checks/1", with: "gpukb-bench/1")
        var bag = DiagnosticBag()
        XCTAssertNil(CheckRecordLoader.parse(bad, file: "a.json", display: "a.json", into: &bag))
        let errors = bag.sorted()
        XCTAssertTrue(errors.contains { $0.message.contains("unknown schema") && $0.location.line == 2 }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.message.contains("unknown status 'passed'") && $0.location.line == 7 }, "\(errors)")
    }

    func testBrokenJSONHasALine() {
        var bag = DiagnosticBag()
        XCTAssertNil(CheckRecordLoader.parse("{\n \"schema\": \"gpukb-checks/1\",\n \"results\": [\n", file: "a.json", display: "a.json", into: &bag))
        XCTAssertTrue(bag.hasErrors)
        XCTAssertGreaterThan(bag.all.first?.location.line ?? 0, 0)
    }
}

final class RunnerExportTests: XCTestCase {
    private let template = """
    import json
    GPUKB_CHECKS = None  # gpukb:checks
    # gpukb:fingerprint
    print(len(GPUKB_CHECKS))
    """
    private let bench = """
    import os
    # --- gpukb:fingerprint begin ---
    def environment_fingerprint():
        return {}
    # --- gpukb:fingerprint end ---
    def main(): pass
    """

    func testSplicesTheChecksAndTheFingerprintBlock() throws {
        let check = Check(id: "quote", language: .sh, code: "echo \"<b>\" '\\n'\n", requires: [.gpu], expectations: ["<b>"],
                          explanation: "x", location: SourceLocation(path: "content/a.md", line: 3))
        let runner = try RunnerExport.make(template: template, fingerprintSource: bench, checks: [check])
        XCTAssertFalse(runner.contains("GPUKB_CHECKS = None"))
        XCTAssertFalse(runner.contains("# gpukb:fingerprint\n"))
        XCTAssertTrue(runner.contains("# --- gpukb:fingerprint begin ---\ndef environment_fingerprint():\n    return {}\n# --- gpukb:fingerprint end ---"))
        XCTAssertFalse(runner.contains("def main()"), "only the block is spliced")
        XCTAssertTrue(runner.contains("\"hash\": \"\(check.hash)\""))
        XCTAssertTrue(runner.contains("\"page\": \"content/a.md\""))
    }

    func testMissingMarkersAreNamed() {
        XCTAssertThrowsError(try RunnerExport.make(template: "print(1)", fingerprintSource: bench, checks: [])) { error in
            XCTAssertTrue("\(error)".contains("gpukb:checks"))
        }
        XCTAssertThrowsError(try RunnerExport.make(template: template, fingerprintSource: "def f(): pass", checks: [])) { error in
            XCTAssertTrue("\(error)".contains("fingerprint begin"))
        }
    }
}
