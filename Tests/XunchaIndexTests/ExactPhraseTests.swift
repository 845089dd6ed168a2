import XCTest
@testable import XunchaIndex

/// A quoted phrase returns exactly the paragraphs whose text contains it: grep is the oracle.
final class ExactPhraseTests: XCTestCase {
    func testPhrasesEqualGrep() throws {
        let phrases = ["三重一大", "八项规定", "公务用车", "民主生活会", "意识形态", "选人用人", "小金库",
                       "主体责任", "党费", "整改情况", "一岗双责", "《", "2021年"]
        for phrase in phrases {
            let expected = SampleCorpus.grep(phrase)
            let found = try SampleCorpus.index.locations("\"\(phrase)\"")
            XCTAssertEqual(found.count, Set(found).count, "\(phrase): a paragraph listed twice")
            XCTAssertEqual(Set(found), expected, "\(phrase): xuncha and grep differ")
        }
    }

    func testSingleCharacterPhraseIsExactToo() throws {
        XCTAssertEqual(Set(try SampleCorpus.index.locations("\"贪\"")), SampleCorpus.grep("贪"))
    }

    func testFullWidthAndHalfWidthPunctuationSearchAlike() throws {
        let fullWidth = try SampleCorpus.index.locations("\"（一）\"")
        let halfWidth = try SampleCorpus.index.locations("\"(一)\"")
        XCTAssertFalse(fullWidth.isEmpty)
        XCTAssertEqual(Set(fullWidth), Set(halfWidth))
    }

    func testPhraseCombinedWithExclusion() throws {
        let all = Set(try SampleCorpus.index.locations("\"三重一大\""))
        let without = Set(try SampleCorpus.index.locations("\"三重一大\" -\"集体决策\""))
        let excluded = SampleCorpus.grep("三重一大").intersection(SampleCorpus.grep("集体决策"))
        XCTAssertFalse(excluded.isEmpty)
        XCTAssertEqual(without, all.subtracting(excluded))
    }

    func testPhraseAndPhrase() throws {
        let both = Set(try SampleCorpus.index.locations("\"三重一大\" AND \"制度\""))
        XCTAssertEqual(both, SampleCorpus.grep("三重一大").intersection(SampleCorpus.grep("制度")))
    }

    func testPhraseOrPhrase() throws {
        let either = Set(try SampleCorpus.index.locations("\"小金库\" OR \"公务用车\""))
        XCTAssertEqual(either, SampleCorpus.grep("小金库").union(SampleCorpus.grep("公务用车")))
    }

    func testNoiseIsNeverIndexed() throws {
        for noise in ["dadawk01", "paidbegin", "更多公文素材", "微信：dadawk"] {
            XCTAssertEqual(try SampleCorpus.index.locations("\"\(noise)\""), [], noise)
        }
        XCTAssertEqual(try SampleCorpus.index.locations("dadawk01"), [])
    }
}
