import ChineseText
import XCTest

final class SegmentationTests: XCTestCase {
    let analyzer = AnalyzerFixture.bundled

    func testLexiconTermsStayWholeInCorpusSentences() {
        let sentences: [(String, [String])] = [
            ("8.部分“三重一大”事项执行不严格，“末位表态制”执行不到位。", ["三重一大", "末位表态制"]),
            ("整改任务：班子成员履行“一岗双责”不到位", ["一岗双责", "班子成员"]),
            ("一是认真学习贯彻上级有关执行民主集中制意见精神", ["民主集中制"]),
            ("党委书记坚持末位表态，形成决议并印发会议纪要", ["末位表态", "党委书记", "会议纪要"]),
            ("针对“违反中央八项规定精神依然存在”", ["中央八项规定精神"]),
            ("针对“关于执行‘三会一课’制度不严格”", ["三会一课"]),
        ]
        for (sentence, terms) in sentences {
            let tokens = analyzer.tokens(in: sentence)
            for term in terms {
                let token = tokens.first { $0.text == term }
                XCTAssertNotNil(token, "\(term) in \(tokens.map(\.text))")
                XCTAssertEqual(token?.isLexiconTerm, true, term)
            }
        }
    }

    func testIcuAloneWouldSplitTheseTerms() {
        let plain = ChineseAnalyzer(lexicon: "", synonyms: "")
        XCTAssertFalse(plain.words("落实一岗双责").contains("一岗双责"))
        XCTAssertEqual(analyzer.words("落实一岗双责"), ["落实", "一岗双责"])
    }

    func testShortTermsDoNotCutOtherWords() {
        XCTAssertEqual(analyzer.words("培训费用"), ["培训", "费用"])
        XCTAssertFalse(analyzer.words("调整改革方向").contains("整改"))
    }

    func testCompoundsGiveTheirParts() {
        let token = analyzer.tokens(in: "主要负责人").first
        XCTAssertEqual(token?.text, "主要负责人")
        XCTAssertEqual(token?.parts.prefix(2), ["主要", "负责人"])

        let spirit = analyzer.tokens(in: "中央八项规定精神").first
        XCTAssertEqual(spirit?.parts.contains("八项规定"), true, "\(spirit?.parts ?? [])")
        XCTAssertEqual(spirit?.parts.contains("精神"), true)
    }

    func testPartsLeaveOutSingleCharactersAndPlainWordsHaveNone() {
        let tokens = analyzer.tokens(in: "研究一岗双责")
        XCTAssertEqual(tokens.first?.parts, [])
        XCTAssertTrue(tokens.allSatisfy { $0.parts.allSatisfy { $0.unicodeScalars.count >= 2 } })
    }

    func testLatinAndDigitRunsAreSingleLowercasedTokens() {
        let latin = analyzer.tokens(in: "2021年共下发ＰＤＦ文件36份，涉及A4纸与OA系统、COVID-19")
            .map(\.text).filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
        XCTAssertEqual(latin, ["2021", "pdf", "36", "a4", "oa", "covid", "19"])
        XCTAssertTrue(analyzer.words("金额3.5万元").contains("3.5"))
    }

    func testRangesPointIntoTheOriginalText() {
        let text = "针对“ＡＢＣ公务用车”问题"
        for token in analyzer.tokens(in: text) {
            XCTAssertEqual(TextFolding.fold(String(text[token.range])).lowercased(), token.text)
        }
        let car = analyzer.tokens(in: text).first { $0.text == "公务用车" }
        XCTAssertEqual(car.map { String(text[$0.range]) }, "公务用车")
    }

    func testEmptyAndPunctuationOnlyInputGiveNoTokens() {
        XCTAssertEqual(analyzer.tokens(in: ""), [])
        XCTAssertEqual(analyzer.tokens(in: "，。“”（）！？ 、\n\t\u{3000}…—"), [])
    }

    func testUserQueriesMeetTheNoticesWording() {
        XCTAssertTrue(analyzer.words("领导班子研究问题时一把手先定调").contains("一把手"))
        XCTAssertTrue(analyzer.words("领导班子研究问题时一把手先定调").contains("先定调"))
        XCTAssertTrue(analyzer.synonyms(of: "先定调").contains("末位表态"))
        XCTAssertTrue(analyzer.words("办公室面积超过标准").contains("超过标准"))
        XCTAssertTrue(analyzer.synonyms(of: "超过标准").contains("超标"))
        XCTAssertTrue(analyzer.words("报销单据没有附件").contains("没有附件"))
        XCTAssertTrue(analyzer.synonyms(of: "没有附件").contains("附件不全"))
    }

    func testStopWords() {
        XCTAssertTrue(analyzer.isStopWord("的"))
        XCTAssertTrue(analyzer.isStopWord("和"))
        XCTAssertFalse(analyzer.isStopWord("整改"))
    }

    func testLongLineSegmentsInReasonableTime() throws {
        let paragraph = try AnalyzerFixture.corpusLines().max { $0.utf8.count < $1.utf8.count }!
        var line = ""
        while line.utf8.count < 1_000_000 { line += paragraph }
        let start = Date()
        let tokens = analyzer.tokens(in: line)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertGreaterThan(tokens.count, 100_000)
        XCTAssertLessThan(seconds, 10, "1 MB line took \(seconds) s")
        XCTAssertEqual(String(line[tokens.last!.range]).isEmpty, false)
    }
}
