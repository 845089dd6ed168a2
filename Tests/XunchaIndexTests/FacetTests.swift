import XCTest
@testable import XunchaIndex
import NoticeParsing

/// Facets count exactly what the search finds: every count equals the total of the search narrowed by it.
final class FacetTests: XCTestCase {
    let index = SampleCorpus.index
    let queries = ["三重一大 集体决策", "\"三重一大\"", "三重一大 -学校", "公务用车", "吃喝风", "\"小金库\" OR \"公务用车\""]

    private func total(_ query: String, _ filters: SearchFilters = SearchFilters()) throws -> Int {
        let count = try index.search(SearchRequest(query: query, limit: 1, filters: filters, highlights: false)).count
        XCTAssertTrue(count.isExact, query)
        return count.lowerBound
    }

    func testFacetsCountEveryHitTheSearchListsByItsNoticeAndRole() throws {
        for query in queries {
            let facets = try index.facets(for: SearchRequest(query: query))
            let hits = try index.search(SearchRequest(query: query, limit: 100_000)).hits
            XCTAssertGreaterThan(hits.count, 0, query)
            XCTAssertTrue(facets.isExact, query)
            XCTAssertEqual(facets.counted, hits.count, query)
            var roles: [String: Int] = [:], agencies: [String: Int] = [:], years: [String: Int] = [:]
            var inspections: [String: Int] = [:], regions: [String: Int] = [:]
            for hit in hits {
                roles[hit.record.role.rawValue, default: 0] += 1
                guard let metadata = hit.notice?.metadata else { continue }
                if let agency = metadata.agency { agencies[agency, default: 0] += 1 }
                if let inspection = metadata.inspection { inspections[inspection, default: 0] += 1 }
                if let year = metadata.indexDate?.prefix(4) ?? metadata.titleYear.map({ String($0)[...] }) {
                    years[String(year), default: 0] += 1
                }
                for place in Set(metadata.region) { regions[place, default: 0] += 1 }
            }
            func counts(_ values: [SearchFacets.Count]) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: values.map { ($0.value, $0.count) })
            }
            XCTAssertEqual(counts(facets.role), roles, query)
            XCTAssertEqual(counts(facets.agency), agencies, query)
            XCTAssertEqual(counts(facets.year), years, query)
            XCTAssertEqual(counts(facets.inspection), inspections, query)
            XCTAssertEqual(counts(facets.region), regions, query)
            XCTAssertEqual(facets.agency, facets.agency.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value })
            XCTAssertEqual(facets.year.map(\.value), facets.year.map(\.value).sorted(by: >))
        }
    }

    func testARoleOrYearChosenFromTheFacetsNarrowsTheSearchToAboutItsCount() throws {
        // Folding may keep another copy of identical paragraphs once narrowed, so a count may move by a few.
        let query = "三重一大 集体决策"
        let facets = try index.facets(for: SearchRequest(query: query))
        for role in facets.role {
            let narrowed = try total(query, SearchFilters(role: ParagraphRole(rawValue: role.value)))
            XCTAssertEqual(Double(narrowed), Double(role.count), accuracy: max(2, Double(role.count) * 0.1), role.value)
        }
    }

    func testFacetsOfAFilteredSearchCountOnlyWhatTheFilterLeaves() throws {
        let filters = SearchFilters(role: .measure)
        let facets = try index.facets(for: SearchRequest(query: "三重一大", filters: filters))
        XCTAssertEqual(facets.role.map(\.value), ["measure"])
        XCTAssertEqual(facets.role.first?.count, try total("三重一大", filters))
    }

    func testASearchWithItsFacetsAnswersAsTheSearchAndTheFacetsAskedApart() throws {
        for query in queries + ["\"三重一大\" 集体决策", "\"集体决策\" -\"三重一大\""] {
            for request in [SearchRequest(query: query), SearchRequest(query: query, limit: 3, offset: 4),
                            SearchRequest(query: query, filters: SearchFilters(role: .measure))] {
                let (result, facets) = try index.searchWithFacets(request)
                let alone = try index.search(request)
                XCTAssertEqual(facets, try index.facets(for: request), query)
                XCTAssertEqual(result.hits.map(\.record.id), alone.hits.map(\.record.id), query)
                XCTAssertEqual(result.hits.map(\.highlights), alone.hits.map(\.highlights), query)
                XCTAssertEqual(result.count, alone.count, query)
            }
        }
    }

    func testCandidatesCheckedInOneDatabaseAreCheckedAgainInAnother() throws {
        // The index reopened at a new commit between a search and its facets: ids may name other paragraphs.
        let shared = SharedCandidates()
        var checks = 0
        let first = index.database
        XCTAssertTrue(shared.reading(first).accepts(1) { checks += 1; return true })
        XCTAssertTrue(shared.reading(first).accepts(1) { checks += 1; return false })
        XCTAssertEqual(checks, 1, "decided once while the database is the same")
        let reopened = try LiveGeneration.openCommit(index.directory).database
        XCTAssertFalse(shared.reading(reopened).accepts(1) { checks += 1; return false })
        XCTAssertEqual(checks, 2, "decided again in another database")
    }

    func testAQueryWithNoMatchesHasNoFacets() throws {
        let facets = try index.facets(for: SearchRequest(query: "\"这段文字不在任何通报里\""))
        XCTAssertEqual(facets.counted, 0)
        XCTAssertTrue(facets.agency.isEmpty && facets.role.isEmpty)
    }
}
