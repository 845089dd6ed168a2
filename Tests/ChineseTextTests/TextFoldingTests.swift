import ChineseText
import XCTest

final class TextFoldingTests: XCTestCase {
    func testFullWidthFormsBecomeAscii() {
        XCTAssertEqual(TextFolding.fold("，"), ",")
        XCTAssertEqual(TextFolding.fold("（一）"), "(一)")
        XCTAssertEqual(TextFolding.fold("ＡＢＣ１２３"), "abc123")
        XCTAssertEqual(TextFolding.fold("OA系统"), "oa系统")
    }

    func testSpacesBecomePlainSpaces() {
        XCTAssertEqual(TextFolding.fold("整改\u{3000}情况\u{00A0}通报\t"), "整改 情况 通报 ")
    }

    func testCharacterCountIsKept() {
        let text = "针对“三重一大”（决策）问题，ＡＢＣ\u{3000}e\u{301}\r\n完成。"
        XCTAssertEqual(TextFolding.fold(text).count, text.count)
        XCTAssertEqual(TextFolding.fold(text).unicodeScalars.count, text.unicodeScalars.count)
    }

    func testChineseTextIsUnchanged() {
        let text = "党委书记坚持末位表态。"
        XCTAssertEqual(TextFolding.fold(text), text)
    }
}
