import Foundation
import XCTest
@testable import XunchaIndex

/// Query cost is bounded: repeats collapse, and past the documented limits a query is refused with a
/// sentence. The accepted worst cases answer quickly (the bound here is loose, for debug builds on a busy
/// machine; `scripts/bench/query-limits` measures them).
final class QueryCostTests: XCTestCase {
    func search(_ query: String) throws -> SearchResult {
        try SampleCorpus.index.search(SearchRequest(query: query, limit: 20, highlights: false))
    }

    func testRepeatedPartsCountOnce() throws {
        XCTAssertEqual(try QueryParser.parse("三重一大 OR 三重一大 OR 三重一大"), .text("三重一大"))
        XCTAssertEqual(try QueryParser.parse("\"a\" \"a\" AND \"a\""), .phrase("a"))
        XCTAssertEqual(try QueryParser.parse("\"a\" -\"b\" -\"b\""), .andNot(.phrase("a"), .phrase("b")))
        let repeated = String(repeating: "三重一大 OR ", count: 1_200) + "三重一大"
        XCTAssertLessThanOrEqual(repeated.count, QueryLimits.maximumLength)
        XCTAssertEqual(try search(repeated).hits.map(\.record.location), try search("三重一大").hits.map(\.record.location))
    }

    func testTooManyOperandsAreRefused() throws {
        let phrases = (0..<(QueryLimits.maximumOperands + 1)).map { "\"词\($0)\"" }
        XCTAssertThrowsError(try QueryParser.parse(phrases.joined(separator: " OR "))) { error in
            guard case IndexError.badQuery(let reason)? = error as? IndexError else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("at most \(QueryLimits.maximumOperands)"), reason)
        }
        XCTAssertNoThrow(try QueryParser.parse(phrases.dropLast().joined(separator: " OR ")))
    }

    func testTheCostliestAcceptedQueriesAnswer() throws {
        let text = try String(contentsOf: SampleCorpus.corpus.appendingPathComponent("002_31241be4ef401e8a.txt"), encoding: .utf8)
        let characters = Array(text.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        let count = QueryLimits.maximumOperands
        // Single characters have no pair to select by: every paragraph is checked.
        let singles = Array(Set(characters)).sorted().prefix(count).map { "\"\($0)\"" }
        // Three characters taken from the corpus: many candidates, each checked against every phrase.
        let triples = stride(from: 0, to: count * 97, by: 97).map { "\"\(String(characters[$0..<$0 + 3]))\"" }
        let paste = String(String(characters).prefix(QueryLimits.maximumLength))
        let queries = [singles.joined(separator: " OR "), triples.joined(separator: " OR "),
                       "(" + triples.joined(separator: " ") + ")", paste, "三重一大 -" + singles.dropLast().joined(separator: " -")]
        for query in queries {
            let started = Date()
            _ = try search(query)
            XCTAssertLessThan(Date().timeIntervalSince(started), 20, String(query.prefix(60)))
        }
    }
}
