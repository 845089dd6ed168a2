import XCTest
@testable import WebPages

/// Every piece of text reaches a page through one escaping, inert in content and attributes alike.
final class EscapingTests: XCTestCase {
    func testMarkupAndQuotesBecomeText() {
        XCTAssertEqual(HTML.escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;")
        XCTAssertEqual(HTML.escape("\" onmouseover='x' a=&"), "&quot; onmouseover=&#39;x&#39; a=&amp;")
        XCTAssertEqual(HTML.escape("三重一大\u{0}"), "三重一大\u{FFFD}")
    }

    func testASnippetEscapesAroundItsMarks() {
        let text = "a<b>三重一大</b>\"c"
        let range = text.range(of: "三重一大")!
        XCTAssertEqual(Snippet.html(text, highlights: [range]), "a&lt;b&gt;<mark>三重一大</mark>&lt;/b&gt;&quot;c")
    }

    func testQueryStringsRoundTripChineseAndReservedCharacters() {
        let link = QueryString.link("/search", [("q", "\"三重一大\" & a=b"), ("year", "2021"), ("agency", "")])
        XCTAssertEqual(link, "/search?q=%22%E4%B8%89%E9%87%8D%E4%B8%80%E5%A4%A7%22%20%26%20a%3Db&year=2021")
        let parsed = QueryString.parse(String(link.split(separator: "?")[1]))
        XCTAssertEqual(parsed.map(\.0), ["q", "year"])
        XCTAssertEqual(parsed.first?.1, "\"三重一大\" & a=b")
        XCTAssertEqual(QueryString.decode("a+b%2"), "a b%2")
    }
}
