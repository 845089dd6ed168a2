import Foundation
import XCTest
@testable import NoticeParsing

/// The fast paths of `PlainText` must answer exactly what Foundation and Character-based String operations answer.
final class PlainTextTests: XCTestCase {
    private let samples = [
        "", "整改", "一、关于“对支部指导不力。支部…”问题", "ＡＢＣ　全角 text", "1.5级 (1) ①②",
        "e\u{301}x 组合", "巡视\u{301}组", "\u{F9BE}材料", "emoji 👨‍👩‍👧《制度👍》", "\u{00A0}\u{3000} 空白\u{2003}",
        "区党委第六巡视组", "Copyright © 2020", "\u{302A}声调", "ſK İ",
    ]
    private let needles = ["巡视", "组", "e", "料", "《", "\u{8C48}", "组合", "👍", " ", "K", "第六"]

    func testCountAndPrefixAgreeWithCharacters() {
        for text in samples {
            XCTAssertEqual(PlainText.count(text), text.count, text)
            for n in [0, 1, 2, 3, 5, 8, 40] {
                XCTAssertEqual(PlainText.prefix(text, n), String(text.prefix(n)), "\(text) \(n)")
            }
        }
    }

    func testSearchAgreesWithFoundation() {
        for text in samples {
            for needle in needles {
                XCTAssertEqual(PlainText.contains(text, needle), text.contains(needle), "\(text) / \(needle)")
                XCTAssertEqual(PlainText.range(of: needle, in: text), text.range(of: needle), "\(text) / \(needle)")
            }
        }
    }

    func testTrimmingAgreesWithFoundation() {
        for text in samples + ["\t 整改 \u{3000}", " \u{301}a ", "\u{2000}\u{200B}"] {
            XCTAssertEqual(PlainText.trimmingWhitespaces(text), text.trimmingCharacters(in: .whitespaces), text)
        }
    }
}
