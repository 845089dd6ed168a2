import XCTest
@testable import XunchaIndex

/// Counts are honest: exact when counting is cheap, otherwise a range that holds the true number, with an
/// estimate never off by a factor of two.
final class MatchCountTests: XCTestCase {
    static let queries: [(String, SearchFilters)] = [
        ("三重一大", SearchFilters()), ("\"三重一大\"", SearchFilters()), ("\"三重一大\" 集体决策", SearchFilters()),
        ("三重一大 -学校", SearchFilters()), ("问题", SearchFilters()), ("\"问题\" -\"整改\"", SearchFilters()),
        ("一把手 说了算", SearchFilters()), ("三重一大", SearchFilters(role: .problem)), ("\"党\"", SearchFilters()),
        ("\"整改\" OR \"落实\"", SearchFilters()), ("公务用车 AND 制度", SearchFilters()),
    ]

    func all(_ query: String, _ filters: SearchFilters) throws -> Int {
        try SampleCorpus.index.search(SearchRequest(query: query, limit: 100_000, filters: filters, highlights: false)).hits.count
    }

    func testCountsAreExactOnTheSampleCorpus() throws {
        for (query, filters) in Self.queries {
            let truth = try all(query, filters)
            let count = try SampleCorpus.index.search(SearchRequest(query: query, limit: 5, filters: filters)).count
            XCTAssertTrue(count.isExact, "\(query): \(count)")
            XCTAssertEqual(count.estimate, truth, query)
        }
    }

    func testBeyondTheBudgetARangeHoldsTheTruth() throws {
        for (query, filters) in Self.queries {
            let truth = try all(query, filters)
            for offset in [0, 7] {
                var request = SearchRequest(query: query, limit: 5, offset: offset, filters: filters, highlights: false)
                request.countingBudget = 20
                let count = try SampleCorpus.index.search(request).count
                XCTAssertLessThanOrEqual(count.lowerBound, truth, "\(query): \(count)")
                XCTAssertGreaterThanOrEqual(count.upperBound, truth, "\(query): \(count)")
                XCTAssertLessThanOrEqual(count.estimate, 2 * truth, "\(query): \(count), truly \(truth)")
                XCTAssertGreaterThanOrEqual(2 * count.estimate, truth, "\(query): \(count), truly \(truth)")
                if count.isExact { XCTAssertEqual(count.estimate, truth, query) }
            }
        }
    }
}
