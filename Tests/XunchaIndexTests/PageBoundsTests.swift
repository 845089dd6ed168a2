import XCTest
@testable import XunchaIndex

/// Any offset and limit a caller passes gives an answer: sizes are clamped where they meet, never overflow.
final class PageBoundsTests: XCTestCase {
    func testHugeOffsetsAndLimitsAnswerWithoutOverflow() throws {
        let index = SampleCorpus.index
        for query in ["整改", "\"三重一大\""] {
            let far = try index.search(SearchRequest(query: query, limit: 5, offset: Int.max))
            XCTAssertTrue(far.hits.isEmpty, query)
            let all = try index.search(SearchRequest(query: query, limit: Int.max, offset: 0))
            XCTAssertFalse(all.hits.isEmpty, query)
            let both = try index.search(SearchRequest(query: query, limit: Int.max, offset: Int.max))
            XCTAssertTrue(both.hits.isEmpty, query)
            let fromFourBillion = try index.search(SearchRequest(query: query, limit: 10, offset: 4_294_967_296))
            XCTAssertTrue(fromFourBillion.hits.isEmpty, query)
        }
        XCTAssertFalse(try index.precedents(for: "一把手先定调", limit: 2_000_000_000_000_000_000).isEmpty)
        XCTAssertFalse(try index.similar(to: "002_31241be4ef401e8a.txt:1216", limit: Int.max).result.hits.isEmpty)
    }
}
