import ChineseText
import XCTest

/// A synonym group's `>` parts the members a word implies (broader terms) from its equivalents.
final class SynonymDirectionTests: XCTestCase {
    func testMembersAfterTheMarkAreBroaderForTheMembersBefore() {
        let own = ChineseAnalyzer(lexicon: "", synonyms: "三重一大 三重一大事项 > 重大决策 大额资金\n公车 公务用车")
        XCTAssertEqual(own.wordings(of: "三重一大"),
                       SynonymWordings(equivalents: ["三重一大事项"], broader: ["重大决策", "大额资金"]))
        // Whatever implies a broader term is about it: from there the group is searched as a whole.
        XCTAssertEqual(own.wordings(of: "重大决策"),
                       SynonymWordings(equivalents: ["三重一大", "三重一大事项", "大额资金"], broader: []))
        XCTAssertEqual(own.wordings(of: "公车"), SynonymWordings(equivalents: ["公务用车"], broader: []))
        XCTAssertEqual(own.wordings(of: "鳄鱼"), SynonymWordings(equivalents: [], broader: []))
        // Other uses of the groups see every member, as before.
        XCTAssertEqual(own.synonyms(of: "三重一大"), ["三重一大事项", "重大决策", "大额资金"])
        XCTAssertEqual(own.synonymGroupCount, 2)
        XCTAssertTrue(own.tokens(in: "重大决策").allSatisfy { $0.isLexiconTerm })
    }

    func testTheMarkDoesNotChangeTheAnalysisVersion() {
        // Direction only weighs a query's words; the index is the same.
        XCTAssertEqual(ChineseAnalyzer(lexicon: "", synonyms: "三重一大 > 重大决策").version,
                       ChineseAnalyzer(lexicon: "", synonyms: "三重一大 重大决策").version)
    }

    func testAMarkWithNothingBeforeItIsIgnored() {
        let own = ChineseAnalyzer(lexicon: "", synonyms: "> 公车 公务用车")
        XCTAssertEqual(own.wordings(of: "公车").equivalents, [])
        XCTAssertEqual(own.wordings(of: "公车").broader, ["公务用车"])
    }

    func testTheShippedGroupOfSanZhongYiDaIsDirected() {
        let wordings = AnalyzerFixture.bundled.wordings(of: "三重一大")
        XCTAssertTrue(wordings.broader.contains("重大决策"))
        XCTAssertFalse(wordings.equivalents.contains("重大决策"))
        XCTAssertTrue(AnalyzerFixture.bundled.wordings(of: "重大决策").equivalents.contains("三重一大"))
    }
}
