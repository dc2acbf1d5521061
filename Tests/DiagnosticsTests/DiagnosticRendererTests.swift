import Diagnostics
import Testing

@Suite struct DiagnosticRendererTests {
    @Test func rendersPathLineColumnTheLineAndACaretUnderWideCharacters() {
        let renderer = DiagnosticRenderer(sourceText: { _ in "第一行\n标题：x\n" })
        let text = renderer.render(.error("expected a string", at: SourceLocation(path: "a.md", line: 2, column: 4)))
        #expect(text == "a.md:2:4: error: expected a string\n  |\n2 | 标题：x\n  |       ^\n")
    }

    @Test func showsTheRightLineOfAFileWithWindowsLineEndings() {
        let renderer = DiagnosticRenderer(sourceText: { _ in "---\r\ntitle: x\r\nweight: y\r\n---\r\n" })
        let text = renderer.render(.error("expected an integer", at: SourceLocation(path: "a.md", line: 3, column: 9)))
        #expect(text == "a.md:3:9: error: expected an integer\n  |\n3 | weight: y\n  |         ^\n")
        #expect(renderer.render(.error("past the end", at: SourceLocation(path: "a.md", line: 9, column: 1))) == "a.md:9:1: error: past the end\n")
    }

    @Test func aVeryLongLineIsShownAsAWindowAroundTheColumnWithTheCaretUnderIt() {
        let line = String(repeating: "\"", count: 10_000) + "X" + String(repeating: "\"", count: 10_000)
        let renderer = DiagnosticRenderer(sourceText: { _ in "a: 1\n" + line + "\n" })
        let text = renderer.render(.error("bad", at: SourceLocation(path: "g.yaml", line: 2, column: 10_001)))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.count < 400)
        #expect(lines[2].hasPrefix("2 | …") && lines[2].hasSuffix("…"))
        let x = lines[2].firstIndex(of: "X").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let caret = lines[3].firstIndex(of: "^").map { lines[3].distance(from: lines[3].startIndex, to: $0) }
        #expect(x != nil && x == caret)
    }

    @Test func quotedCutsWhatTheUserWroteAtEightyCharacters() {
        #expect(Diagnostic.quoted("GT 730") == "'GT 730'")
        #expect(Diagnostic.quoted(String(repeating: "a", count: 10_000)) == "'" + String(repeating: "a", count: 80) + "…'")
    }

    @Test func countsErrorsButNotWarnings() {
        let renderer = DiagnosticRenderer(sourceText: { _ in nil })
        let text = renderer.render([
            .warning("w", at: SourceLocation(path: "a")),
            .error("e", at: SourceLocation(path: "b", line: 1)),
        ])
        #expect(text.hasSuffix("1 error found\n"))
        #expect(text.contains("a: warning: w\n"))
        #expect(text.contains("b:1: error: e\n"))
    }

    @Test func bagThrowsOnceWithEveryDiagnosticSorted() {
        var bag = DiagnosticBag()
        bag.add(.error("second", at: SourceLocation(path: "b.md", line: 1, column: 1)))
        bag.add(.warning("note", at: SourceLocation(path: "a.md", line: 9, column: 1)))
        bag.add(.error("first", at: SourceLocation(path: "a.md", line: 2, column: 1)))
        #expect(throws: DiagnosticsError.self) { try bag.throwIfErrors() }
        #expect(bag.sorted().map(\.message) == ["first", "note", "second"])
    }
}
