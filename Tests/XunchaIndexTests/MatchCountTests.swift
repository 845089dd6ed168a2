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

    /// Checking candidates past the page is only for the count: when they are more than the budget, the count
    /// stays a range however many are checked, so no more are checked than with no budget at all.
    func testCandidatesPastTheBudgetAreNotCheckedForNothing() throws {
        func checkedCandidates(_ query: String, budget: Int) throws -> (Int, MatchCount) {
            let checked = SharedCandidates()
            var request = SearchRequest(query: query, limit: 5, highlights: false)
            request.countingBudget = budget
            let result = try SampleCorpus.index.search(request, checked: checked)
            return (checked.count, result.count)
        }
        // Phrases of more than two characters are checked against the text (two are indexed as they are).
        for query in ["\"三重一大\"", "\"三重一大\" 集体决策", "\"领导干部\" -\"三重一大\""] {
            let (withBudget, count) = try checkedCandidates(query, budget: 20)
            let (withNone, _) = try checkedCandidates(query, budget: 0)
            XCTAssertFalse(count.isExact, "\(query): \(count)")
            XCTAssertEqual(withBudget, withNone, "\(query): candidates checked past the page")
        }
        // Within the budget every candidate is checked and the count is exact.
        let (checked, count) = try checkedCandidates("\"领导干部\"", budget: 5_000)
        XCTAssertTrue(count.isExact)
        XCTAssertGreaterThan(checked, 20)
    }

    func testACountInWordsLeadsWithItsEstimate() {
        XCTAssertEqual(MatchCount.exact(167).inWords, "167")
        XCTAssertEqual(MatchCount(lowerBound: 20, upperBound: 50_000, estimate: 9_800).inWords,
                       "about 9800 (between 20 and 50000)")
    }
}
