import XCTest
import XunchaIndex

/// How a hit list cuts a paragraph: whole when short, else a window from a little before the first highlight,
/// in plain and highlighted pieces that every printer styles its own way.
final class HighlightedExcerptTests: XCTestCase {
    private func pieces(_ excerpt: HighlightedExcerpt) -> [String] {
        excerpt.pieces.map { $0.isHighlighted ? "[\($0.text)]" : $0.text }
    }

    func testAShortParagraphIsShownWholeWithItsHighlights() {
        let text = "落实三重一大制度，规范集体决策。"
        let excerpt = HighlightedExcerpt(text, highlights: [text.range(of: "三重一大")!, text.range(of: "集体决策")!])
        XCTAssertEqual(pieces(excerpt), ["落实", "[三重一大]", "制度，规范", "[集体决策]", "。"])
        XCTAssertFalse(excerpt.isCutBefore)
        XCTAssertFalse(excerpt.isCutAfter)
    }

    func testALongParagraphIsCutAroundItsFirstHighlight() {
        let text = String(repeating: "前", count: 100) + "三重一大" + String(repeating: "后", count: 200)
        let excerpt = HighlightedExcerpt(text, highlights: [text.range(of: "三重一大")!])
        XCTAssertEqual(pieces(excerpt), [String(repeating: "前", count: 30), "[三重一大]", String(repeating: "后", count: 126)])
        XCTAssertTrue(excerpt.isCutBefore)
        XCTAssertTrue(excerpt.isCutAfter)
        XCTAssertEqual(excerpt.pieces.map(\.text.count).reduce(0, +), HighlightedExcerpt.standardLength)
    }

    func testAHighlightAcrossTheWindowsEndIsCutWithIt() {
        let text = "三重一大" + String(repeating: "中", count: 6) + "集体决策" + String(repeating: "后", count: 20)
        let excerpt = HighlightedExcerpt(text, highlights: [text.range(of: "三重一大")!, text.range(of: "集体决策")!], length: 12)
        XCTAssertEqual(pieces(excerpt), ["[三重一大]", String(repeating: "中", count: 6), "[集体]"])
        XCTAssertFalse(excerpt.isCutBefore)
        XCTAssertTrue(excerpt.isCutAfter)
    }

    func testWithoutHighlightsALongParagraphShowsItsBeginning() {
        let text = String(repeating: "文", count: 300)
        let excerpt = HighlightedExcerpt(text, highlights: [])
        XCTAssertEqual(pieces(excerpt), [String(repeating: "文", count: 160)])
        XCTAssertEqual(HighlightedExcerpt(text, highlights: [], length: nil).pieces.first?.text, text)
    }
}
