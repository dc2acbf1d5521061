import Dispatch
import Foundation
import Markup
import Testing

@Suite struct MarkdownParserTests {
    @Test func keepsSourcePositionsInUnicodeScalarsWithLineOffset() throws {
        let document = try MarkdownParser.parse("# 标题\n\n中文 [链接](a.md)\n", lineOffset: 3)
        var link: MarkupNode?
        document.forEach { if case .link = $0.kind { link = $0 } }
        let found = try #require(link)
        #expect(found.start == MarkupNode.Position(line: 6, column: 4))
        #expect(found.kind == .link(destination: "a.md", title: ""))
    }

    @Test func rendersGFMExtensionsAndFootnotes() {
        let html = HTMLRenderer().render(try! MarkdownParser.parse("""
        ~~旧~~ www.example.com 注[^a]

        | a | b |
        |:--|--:|
        | 1 | 2 |

        - [x] 完成

        [^a]: 脚注
        """))
        #expect(html.contains("<del>旧</del>"))
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(html.contains("<th style=\"text-align: left\">a</th>"))
        #expect(html.contains("<td style=\"text-align: right\">2</td>"))
        #expect(html.contains("<input type=\"checkbox\" disabled checked>"))
        #expect(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"))
        #expect(html.contains("<li id=\"fn-1\">\n<p>脚注 <a href=\"#fnref-1\""))
    }

    @Test func filtersDangerousRawHTMLAndURLs() {
        let html = HTMLRenderer().render(try! MarkdownParser.parse("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script>"))
        #expect(html.contains("<a href=\"\">x</a>"))
    }

    @Test func parallelParsingGivesTheSameHTMLAsSerial() {
        let documents = (0..<300).map { index in
            """
            # 文档 \(index)

            ~~删除~~ 与 www.example\(index).com，**粗体** `code` https://nvidia.com/\(index)

            | 列 | 值 |
            |---|---|
            | cu12\(index % 10) | ~~x~~ |

            - [ ] 任务 \(index)[^n]

            [^n]: 注 \(index)
            """
        }
        let serial = documents.map { HTMLRenderer().render(try! MarkdownParser.parse($0)) }
        let results = Results(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results.set(index, HTMLRenderer().render(try! MarkdownParser.parse(documents[index])))
        }
        #expect(results.all() == serial)
    }
}

private final class Results: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.lock(); values[index] = value; lock.unlock() }
    func all() -> [String] { lock.lock(); defer { lock.unlock() }; return values }
}

@Test func nestingDeeperThanTheLimitIsRefusedAtTheFirstNodePastIt() {
    for text in [String(repeating: "> ", count: 10_000) + "x\n", String(repeating: "* ", count: 10_000) + "x\n",
                 (0..<5_000).map { String(repeating: "  ", count: $0) + "- a" }.joined(separator: "\n")] {
        #expect(throws: NestingTooDeep.self) { _ = try MarkdownParser.parse(text, lineOffset: 2) }
    }
    do {
        _ = try MarkdownParser.parse("ok\n\n" + String(repeating: ">", count: 200) + " x\n", lineOffset: 2)
        Issue.record("expected NestingTooDeep")
    } catch {
        #expect(error.line == 5 && error.column == MarkdownParser.maximumDepth + 1 && error.limit == MarkdownParser.maximumDepth)
    }
    let fine = String(repeating: "> ", count: 40) + "x\n"
    #expect((try? MarkdownParser.parse(fine)) != nil)
}

@Test func infoStringsWithArgumentsKeepTheirBackslashesAsWritten() throws {
        let document = try MarkdownParser.parse("> ```sh check expect=\"release \\d+\\.\\d+\" x=\"\\\"q\\\"\"\n> nvcc -V\n> ```\n\n```python\nprint(1)\n```\n")
        var infos: [String] = []
        document.forEach { node in if case .codeBlock(let info, _) = node.kind { infos.append(info) } }
    #expect(infos == ["sh check expect=\"release \\d+\\.\\d+\" x=\"\\\"q\\\"\"", "python"])
}

@Test func rawHTMLKeepsItsTagsButLosesEventHandlersAndScriptURLs() throws {
    let html = HTMLRenderer().render(try MarkdownParser.parse("<details><summary>更多</summary>x</details>\n\n行内 <kbd>Ctrl</kbd> <img src=x onerror=\"a()\" onload='b()' ONCLICK=c> <a href=\"JavaScript:alert(1)\">x</a>\n"))
    #expect(html.contains("<details><summary>更多</summary>") && html.contains("<kbd>Ctrl</kbd>"))
    #expect(!html.lowercased().contains(" onerror=") && !html.lowercased().contains(" onload=") && !html.lowercased().contains(" onclick="))
    #expect(html.contains("data-blocked-onerror=") && !html.lowercased().contains("javascript:"))
}
