import ChineseText
import XCTest

/// How common a word is in Chinese at large, from the shipped frequency list.
final class GeneralWordFrequencyTests: XCTestCase {
    let analyzer = AnalyzerFixture.bundled

    func testGeneralWordsAreListedAndDomainTermsAreNot() throws {
        let tai = try XCTUnwrap(analyzer.generalShare(of: "太"))
        let meiyou = try XCTUnwrap(analyzer.generalShare(of: "没有"))
        XCTAssertGreaterThan(tai, 1e-4)
        XCTAssertGreaterThan(meiyou, tai)
        XCTAssertNotNil(analyzer.generalShare(of: "干"))
        XCTAssertNotNil(analyzer.generalShare(of: "很多"))
        XCTAssertNil(analyzer.generalShare(of: "三重一大"))
        XCTAssertNil(analyzer.generalShare(of: "换岗"))
        XCTAssertNil(analyzer.generalShare(of: ""))
    }

    func testTheFileIsSearchedByWholeWords() {
        let own = ChineseAnalyzer(lexicon: "", synonyms: "", wordFrequencies: "# comment\ntotal\t1000\n一\t10\n一下\t5\n太\t20\n")
        XCTAssertEqual(own.generalShare(of: "一"), 0.01)
        XCTAssertEqual(own.generalShare(of: "一下"), 0.005)
        XCTAssertEqual(own.generalShare(of: "太"), 0.02)
        XCTAssertNil(own.generalShare(of: "一下子"))
        XCTAssertNil(own.generalShare(of: "下"))
        XCTAssertNil(ChineseAnalyzer(lexicon: "", synonyms: "").generalShare(of: "太"))
    }
}
