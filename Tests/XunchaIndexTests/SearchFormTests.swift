import Foundation
import XCTest
@testable import XunchaIndex

/// The search form written scalar by scalar is the definition (folded, split at whitespace Characters, joined
/// by one space) wherever it is used: on every line of the sample corpus and on the texts where Characters and
/// scalars part ways.
final class SearchFormTests: XCTestCase {
    func testEveryLineOfTheSampleCorpusTakesTheSameFormScalarByScalar() throws {
        let folder = SampleCorpus.corpus
        var lines = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                XCTAssertEqual(SearchForm.of(String(line)), SearchForm.bySpaces(String(line)), String(line))
                lines += 1
            }
        }
        XCTAssertGreaterThan(lines, 1_000)
    }

    func testTextsWhereCharactersAndScalarsPartWaysTakeTheDefinition() {
        let texts = [
            "", " ", "\u{3000}三重\u{3000}\u{3000}一大\t", "ＡＢＣ　ｄｅｆ，（一）", "a\r\nb", "a\r\n\r\nb", " \u{301}x",
            "e\u{301} f", "한국 어", "x\u{200D} y", "\u{0600} a", "🇨🇳 中国", "①、Ⅱ。■", "中\u{2028}文\u{85}了", "“三重一大”…—",
            "\u{302A}字 字", "ｶﾞ ｷ", "\u{00A0}\u{00A0}a\u{2003}b\u{202F}", "\u{1680}a", "\u{FEFF}a b",
        ]
        for text in texts {
            XCTAssertEqual(SearchForm.of(text), SearchForm.bySpaces(text), text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }

    func testAStoredParagraphsTextEndsAtItsFirstNewlineCharacter() {
        XCTAssertEqual(StoredParagraph.text(of: "三重一大\n{\"a\":1}"), "三重一大")
        XCTAssertEqual(StoredParagraph.text(of: "无换行"), "无换行")
        // A carriage return before the newline makes one Character of the two: it does not end the text there.
        XCTAssertEqual(StoredParagraph.text(of: "a\r\nb\nc"), "a\r\nb")
        XCTAssertEqual(StoredParagraph.text(of: "\n{}"), "")
    }
}
