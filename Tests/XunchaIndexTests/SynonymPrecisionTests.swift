import XCTest
@testable import XunchaIndex

/// A broader term brought in by a synonym group counts less than the query's own word; paragraphs matched
/// only through their heading rank below those that say it themselves.
final class SynonymPrecisionTests: XCTestCase {
    private func problems(_ query: String, limit: Int) throws -> [SearchHit] {
        try SampleCorpus.index.search(SearchRequest(query: query, limit: limit, filters: SearchFilters(role: .problem))).hits
    }

    func testProblemsAboutSanZhongYiDaComeBeforeMajorDecisionsOfSuperiors() throws {
        let hits = try problems("三重一大", limit: 20)
        let aboutIt = hits.prefix(10).filter { hit in
            hit.record.text.contains("三重一大") || hit.record.section.contains { $0.contains("三重一大") }
        }
        XCTAssertGreaterThanOrEqual(aboutIt.count, 9, hits.prefix(10).map(\.record.text).joined(separator: "\n"))
        // 贯彻重大决策部署 (carrying out superiors' decisions) shares only the broader term 重大决策.
        let lastOwn = try XCTUnwrap(hits.lastIndex { $0.record.text.contains("三重一大") })
        let firstBroader = try XCTUnwrap(hits.firstIndex { $0.record.text.contains("重大决策部署") })
        XCTAssertLessThan(lastOwn, firstBroader)
    }

    func testHeadingOnlyMatchesRankBelowDirectOnes() throws {
        let hits = try problems("三重一大", limit: 100)
        let direct = hits.indices.filter { hits[$0].record.text.contains("三重一大") }
        let headingOnly = hits.indices.filter { index in
            !hits[index].record.text.contains("三重一大") && hits[index].record.section.contains { $0.contains("三重一大") }
        }
        XCTAssertFalse(headingOnly.isEmpty)
        XCTAssertLessThan(try XCTUnwrap(direct.max()), try XCTUnwrap(headingOnly.min()))
    }

    func testANegationOfAWordThatIsNowhereChangesNothing() throws {
        let plain = try problems("三重一大", limit: 100).map(\.record.location)
        XCTAssertEqual(try problems("三重一大 NOT 鳄鱼", limit: 100).map(\.record.location), plain)
    }

    /// A term searched alone: paragraphs that say it come before those that say only one of its equivalents
    /// (营商环境 against 放管服 or 四送一服, 廉政谈话 against 提醒谈话); the sample has more than ten of each.
    func testATermSearchedAloneFindsItsOwnWordingFirst() throws {
        for term in ["营商环境", "廉政谈话"] {
            let hits = try SampleCorpus.index.search(SearchRequest(query: term, limit: 10)).hits
            XCTAssertEqual(hits.count, 10)
            XCTAssertTrue(hits.allSatisfy { $0.record.text.contains(term) },
                          term + ":\n" + hits.map(\.record.text).joined(separator: "\n"))
        }
    }
}
