import Foundation
@testable import Server
import XCTest

final class SitePathTests: XCTestCase {
    private let files: Set<String> = ["index.html", "cuda/toolkit/index.html", "assets/style.css", "downloads/run_checks.py", "中文/index.html"]
    private func resolve(_ raw: String) -> SitePath.Resolution { SitePath.resolve(raw) { self.files.contains($0) } }

    func testFoldersServeTheirIndexAndRedirectWithoutASlash() {
        XCTAssertEqual(resolve("/"), .file("index.html"))
        XCTAssertEqual(resolve("/cuda/toolkit/"), .file("cuda/toolkit/index.html"))
        XCTAssertEqual(resolve("/cuda/toolkit"), .redirect("/cuda/toolkit/"))
        XCTAssertEqual(resolve("/assets/style.css"), .file("assets/style.css"))
        XCTAssertEqual(resolve("/%E4%B8%AD%E6%96%87/"), .file("中文/index.html"))
        XCTAssertEqual(resolve("/missing.html"), .notFound)
    }

    func testTraversalTricksAreRefused() {
        for raw in ["/../index.html", "/cuda/../index.html", "/%2e%2e/index.html", "/%2E%2E%2Findex.html", "/cuda%2ftoolkit/index.html",
                    "/..\\index.html", "/%5c..%5cindex.html", "//index.html", "/./index.html", "/.git/config", "/%00index.html"] {
            XCTAssertEqual(resolve(raw), .notFound, raw)
        }
        XCTAssertEqual(resolve("index.html"), .badRequest)
        XCTAssertEqual(resolve("/%ZZ"), .badRequest)
    }

    func testContentTypes() {
        XCTAssertEqual(SitePath.contentType("a/index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(SitePath.contentType("search/t0.js"), "text/javascript; charset=utf-8")
        XCTAssertEqual(SitePath.contentType("downloads/run_checks.py"), "text/plain; charset=utf-8")
        XCTAssertEqual(SitePath.contentType("x.bin"), "application/octet-stream")
    }
}

final class LiveReloadTests: XCTestCase {
    func testTheScriptGoesBeforeTheLastBodyClose() {
        let page = Data("<html><body><p>&lt;/body&gt;</p></body></html>".utf8)
        let injected = String(decoding: DevServer.inject(page), as: UTF8.self)
        XCTAssertEqual(injected, "<html><body><p>&lt;/body&gt;</p><script src=\"/__gpukb/live.js\"></script>\n</body></html>")
    }

    func testEventDataIsOneLineOfJSON() throws {
        let quoted = LiveReload.quote("a.md:1:2: error: \"x\"\n  | <b>\t")
        XCTAssertFalse(quoted.contains("\n"))
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        XCTAssertEqual(decoded, ["a.md:1:2: error: \"x\"\n  | <b>\t"])
    }

    func testANewClientHearsTheCurrentErrorThenLaterEvents() async {
        let live = LiveReload()
        await live.failed("bad.md:3:1: error: broken")
        let (_, stream) = await live.subscribe()
        await live.reloaded(paths: ["a/index.html"])
        var iterator = stream.makeAsyncIterator()
        let hello = await iterator.next()
        let error = await iterator.next()
        let reload = await iterator.next()
        XCTAssertEqual(hello, "event: hello\ndata: {\"build\":0}\n\n")
        XCTAssertTrue(error?.hasPrefix("event: build-error\ndata: {\"text\":\"bad.md:3:1") == true)
        XCTAssertEqual(reload, "event: reload\ndata: {\"build\":1,\"paths\":[\"a/index.html\"]}\n\n")
    }
}
