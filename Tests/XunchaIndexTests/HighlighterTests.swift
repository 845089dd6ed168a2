import XCTest
@testable import XunchaIndex

/// What is highlighted in a paragraph, as offsets into its own text: words searched for (synonyms and parts of
/// longer words included) and exact phrases however they were written.
final class HighlighterTests: XCTestCase {
    private func highlighted(_ text: String, terms: Set<String> = [], phrases: [String] = []) -> [String] {
        Highlighter(analyzer: SampleCorpus.analyzer, terms: terms, phrases: phrases).ranges(in: text).map { String(text[$0]) }
    }

    private func offsets(_ text: String, terms: Set<String> = [], phrases: [String] = []) -> [Range<Int>] {
        Highlighter(analyzer: SampleCorpus.analyzer, terms: terms, phrases: phrases).ranges(in: text).map {
            text.distance(from: text.startIndex, to: $0.lowerBound)..<text.distance(from: text.startIndex, to: $0.upperBound)
        }
    }

    func testWordsAreHighlightedWhereverTheyOccur() {
        let text = "严格执行“三重一大”集体决策制度，三重一大事项必须集体研究。"
        XCTAssertEqual(highlighted(text, terms: ["三重一大"]), ["三重一大", "三重一大"])
        XCTAssertEqual(offsets(text, terms: ["三重一大"]), [5..<9, 17..<21])
    }

    func testALongerWordIsHighlightedForItsPart() {
        // 主要负责人 is one word of the lexicon; a search for 负责人 matched it through its part.
        XCTAssertEqual(highlighted("单位主要负责人未履行第一责任。", terms: ["负责人"]), ["主要负责人"])
    }

    func testAPhraseIsFoundAsWrittenOrFolded() {
        let text = "落实“三重一大”制度，ＡＢＣ公司整改。"
        XCTAssertEqual(highlighted(text, phrases: ["制度,abc"]), ["制度，ＡＢＣ"], "half-width punctuation finds full-width")
        XCTAssertEqual(offsets(text, phrases: ["制度,abc"]), [8..<14])
        XCTAssertEqual(highlighted(text, phrases: ["abc公司"]), ["ＡＢＣ公司"], "half-width finds full-width")
        XCTAssertEqual(offsets(text, phrases: ["abc公司"]), [11..<16])
        XCTAssertEqual(highlighted(text, phrases: ["  "]), [], "a phrase of spaces highlights nothing")
        XCTAssertEqual(highlighted("短", phrases: ["更长的短语"]), [])
    }

    func testAPhraseAtTheEndOfTheTextEndsThere() {
        let text = "整改落实三重一大"
        XCTAssertEqual(offsets(text, phrases: ["三重一大"]), [4..<8])
        XCTAssertEqual(Highlighter(analyzer: SampleCorpus.analyzer, terms: [], phrases: ["三重一大"]).ranges(in: text).last?.upperBound,
                       text.endIndex)
    }

    func testOverlappingAndTouchingHighlightsAreJoined() {
        let text = "三重一大集体决策制度"
        XCTAssertEqual(highlighted(text, terms: ["三重一大"], phrases: ["一大集体"]), ["三重一大集体"])
        XCTAssertEqual(highlighted(text, phrases: ["三重", "一大"]), ["三重一大"], "touching ranges are one")
        XCTAssertEqual(highlighted("三重三重", phrases: ["三重"]), ["三重三重"])
    }

    func testOffsetsHoldInTextsWithControlCharactersAndWideCharacters() {
        // The command line escapes control characters when it prints; the offsets stay those of the text itself.
        let text = "\u{1B}[31m红色\u{1B}[0m 𠀀😀 落实三重一大\u{7}制度"
        XCTAssertEqual(highlighted(text, terms: ["三重一大"]), ["三重一大"])
        XCTAssertEqual(highlighted(text, phrases: ["三重一大\u{7}制度"]), ["三重一大\u{7}制度"])
        XCTAssertEqual(highlighted(text, phrases: ["😀 落实"]), ["😀 落实"])
        let ranges = Highlighter(analyzer: SampleCorpus.analyzer, terms: ["三重一大"], phrases: []).ranges(in: text)
        XCTAssertEqual(ranges, [text.range(of: "三重一大")!])
        XCTAssertEqual(ranges.map { text.utf16.distance(from: text.utf16.startIndex, to: $0.lowerBound) }, [19],
                       "two characters outside the basic plane count twice in UTF-16")
    }

    func testNothingAskedNothingHighlighted() {
        XCTAssertEqual(highlighted("三重一大"), [])
    }
}
