import XCTest
@testable import XunchaIndex

/// Unquoted text is ranked retrieval that finds paragraphs sharing its words.
final class RankedSearchTests: XCTestCase {
    func testNaturalQueriesReturnRelevantParagraphs() throws {
        // The subject in any of the wordings notices use for it.
        let cases: [(query: String, expected: [String])] = [
            ("公务用车管理不规范", ["公务用车", "公车", "公务车辆"]),
            ("三重一大决策制度执行不到位", ["三重一大"]),
            ("意识形态工作责任制落实不到位", ["意识形态"]),
            ("党费收缴不规范", ["党费"]),
        ]
        for (query, expected) in cases {
            let hits = try SampleCorpus.index.search(SearchRequest(query: query, limit: 10)).hits
            XCTAssertFalse(hits.isEmpty, query)
            let relevant = hits.prefix(5).filter { hit in expected.contains { hit.record.text.contains($0) } }
            XCTAssertGreaterThanOrEqual(relevant.count, 3, "\(query): top 5 should mostly mention \(expected[0])")
        }
    }

    func testASayingKnownOnlyThroughSynonymsWidensToItsTopic() throws {
        // 吃喝风 is not in the sample; its synonyms (公款吃喝, 违规吃喝…) are in three paragraphs only. The words
        // of those best hits bring in the paragraphs on the same subject worded otherwise (公务接待).
        let hits = try SampleCorpus.index.search(SearchRequest(query: "吃喝风", limit: 10)).hits
        XCTAssertEqual(hits.count, 10)
        XCTAssertTrue(hits.prefix(2).allSatisfy { $0.record.text.contains("吃喝") })
        XCTAssertGreaterThanOrEqual(hits.filter { $0.record.text.contains("接待") }.count, 5)
        XCTAssertFalse(hits.contains { $0.record.text.contains("吃喝风") })
        // The words the best hits brought in are highlighted: they show why a paragraph matched.
        XCTAssertTrue(hits.allSatisfy { !$0.highlights.isEmpty })
    }

    func testQueriesWithTheirOwnWordsInTheIndexAreNotWidened() throws {
        let result = try SampleCorpus.index.search(SearchRequest(query: "公务接待", limit: 10))
        XCTAssertTrue(result.hits.allSatisfy { $0.record.text.contains("接待") })
    }

    func testHitsCarryNoticeAndHighlights() throws {
        let hit = try XCTUnwrap(SampleCorpus.index.search(SearchRequest(query: "三重一大", limit: 1)).hits.first)
        XCTAssertNotNil(hit.notice)
        XCTAssertFalse(hit.highlights.isEmpty)
        XCTAssertTrue(hit.highlights.contains { hit.record.text[$0].contains("三重一大") })
        XCTAssertGreaterThan(hit.score, 0)
    }

    func testOrAndNotOperators() throws {
        let index = SampleCorpus.index
        let car = Set(try index.locations("公务用车"))
        let both = Set(try index.locations("公务用车 AND 制度"))
        XCTAssertTrue(both.isSubset(of: car))
        XCTAssertLessThan(both.count, car.count)
        let excluded = try index.search(SearchRequest(query: "公务用车 -制度", limit: 1000)).hits
        XCTAssertFalse(excluded.isEmpty)
        XCTAssertTrue(excluded.allSatisfy { !$0.record.text.contains("制度") })
        let notForm = try index.search(SearchRequest(query: "公务用车 NOT 制度", limit: 1000)).hits
        XCTAssertEqual(Set(notForm.map { $0.record.location }), Set(excluded.map { $0.record.location }))
    }

    func testPagingContinuesTheRanking() throws {
        let all = try SampleCorpus.index.locations("巡察整改", limit: 20)
        let second = try SampleCorpus.index.search(SearchRequest(query: "巡察整改", limit: 10, offset: 10)).hits
        XCTAssertEqual(second.map { $0.record.location.description }, Array(all.dropFirst(10)))
    }

    func testHostileQueriesNeverCrash() throws {
        let hostile = ["\"三重一大", "(三重一大", "三重一大)", "((((", "\"\"", "AND", "OR", "NOT", "- - -", "-",
                       "三重\u{0}一大", String(repeating: "三重一大公务用车", count: 12_800), "，。！？", "***", ")(",
                       "AND OR NOT", "\"三重一大\" AND", "NOT 三重一大", "-三重一大"]
        for query in hostile {
            do {
                _ = try SampleCorpus.index.search(SearchRequest(query: query, limit: 5))
            } catch let error as IndexError {
                guard case .badQuery = error else { return XCTFail("\(query.prefix(20)): \(error)") }
                XCTAssertFalse(error.description.isEmpty)
            }
        }
    }

    func testPunctuationOnlyQueryIsABadQuery() {
        XCTAssertThrowsError(try SampleCorpus.index.search(SearchRequest(query: "，。！？"))) { error in
            guard case IndexError.badQuery = error else { return XCTFail("\(error)") }
        }
    }
}
