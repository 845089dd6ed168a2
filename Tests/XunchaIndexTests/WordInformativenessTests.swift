import XCTest
@testable import XunchaIndex

/// General words of a question (太, 干, 没有, 很多) count less than the words that carry it.
final class WordInformativenessTests: XCTestCase {
    func testCommonWordsWeighLessThanRareOnes() {
        let analyzer = SampleCorpus.analyzer
        let tai = WordInformativeness.weight(of: "太", analyzer: analyzer, ranking: .standard)
        let meiyou = WordInformativeness.weight(of: "没有", analyzer: analyzer, ranking: .standard)
        XCTAssertLessThan(tai, 0.7)
        XCTAssertLessThan(meiyou, 0.3)
        XCTAssertEqual(WordInformativeness.weight(of: "换岗", analyzer: analyzer, ranking: .standard), 1)
        XCTAssertEqual(WordInformativeness.weight(of: "三重一大", analyzer: analyzer, ranking: .standard), 1)
    }

    func testAParagraphMatchingOnlyTaiStaysOutOfTheTop() throws {
        // 001…:32 says 标准太高、要求太严、管得太死: it shares only 太 with the question.
        let hits = try SampleCorpus.index.search(SearchRequest(query: "单位开会太多太频繁", limit: 10)).hits
        let onlyTai = hits.firstIndex { $0.record.location.description == "001_8be801cd753d7ffb.txt:32" } ?? hits.count
        XCTAssertGreaterThanOrEqual(onlyTai, 3, "the paragraph matching only 太 ranks in the top 3")
        XCTAssertTrue(hits.prefix(3).allSatisfy { $0.record.text.contains("会") })
    }

    func testAPrisonParagraphMatchedByGanRanksBelowAccountantsAndRotation() throws {
        // 002…:30 is about visiting prison police (干警); it shares 干 with the question, nothing of its subject.
        let hits = try SampleCorpus.index.search(SearchRequest(query: "会计人员干了很多年也没有换岗", limit: 10)).hits
        XCTAssertFalse(hits.contains { $0.record.location.description == "002_31241be4ef401e8a.txt:30" })
        XCTAssertTrue(hits.prefix(4).allSatisfy { hit in ["会计", "出纳", "财务人员", "轮岗"].contains { hit.record.text.contains($0) } })
    }
}
