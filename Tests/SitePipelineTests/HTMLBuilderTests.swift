import Testing
@testable import SitePipeline

/// HTML written in Swift escapes what it is given unless the code says the piece already is HTML.
@Suite struct HTMLBuilderTests {
    @Test func textAndAttributeValuesAreEscapedAndRawMarkupIsNot() {
        var html = HTML()
        html.element("a", ["href": "x.html?a=1&b=\"2\"", "title": "<script>"], text: "R&D <b>")
        html.raw("<br>")
        #expect(html.description == "<a href=\"x.html?a=1&amp;b=&quot;2&quot;\" title=\"&lt;script&gt;\">R&amp;D &lt;b&gt;</a><br>")
    }

    @Test func anEmptyValueWritesTheBareNameAndNilLeavesTheAttributeOut() {
        var html = HTML()
        html.element("p", ["class": nil, "hidden": ""], text: "x")
        html.open("details", ["open": "", "id": "d"])
        #expect(html.description == "<p hidden>x</p><details open id=\"d\">")
    }

    @Test func piecesNestAndConcatenate() {
        var list = HTML()
        list.element("ul") { ul in
            for item in ["a", "<b>"] { ul.element("li", text: item) }
        }
        var page: HTML = "<main>"
        page += list
        page += .text("&")
        #expect(page.description == "<main><ul><li>a</li><li>&lt;b&gt;</li></ul>&amp;")
    }
}
