import NoticeParsing
import XCTest
@testable import XunchaIndex

/// A notice whole, by the short id of its first line, and plans from paragraphs picked by hand.
final class WholeNoticeTests: XCTestCase {
    func testEveryNoticeOpensByItsIdWithAllItsParagraphsInOrder() throws {
        let index = SampleCorpus.index
        let notices = try index.notices()
        XCTAssertFalse(notices.isEmpty)
        for notice in notices {
            let whole = try XCTUnwrap(try index.wholeNotice(id: notice.id), notice.key)
            XCTAssertEqual(whole.notice, notice)
            XCTAssertEqual(whole.paragraphs.count, notice.paragraphs, notice.key)
            XCTAssertEqual(whole.paragraphs.map(\.line), whole.paragraphs.map(\.line).sorted())
            XCTAssertTrue(whole.paragraphs.allSatisfy { $0.noticeKey == notice.key })
        }
    }

    func testAnIdThatOpensNoNoticeIsNil() throws {
        let index = SampleCorpus.index
        XCTAssertNil(try index.wholeNotice(id: "000000000000"))
        XCTAssertNil(try index.wholeNotice(id: "../../etc/passwd"))
        // A paragraph inside a notice has an id, but it does not open the notice.
        let inside = try index.paragraph("002_31241be4ef401e8a.txt:790")
        XCTAssertNil(try index.wholeNotice(id: inside.id))
    }

    func testAPlanFromPickedMeasuresGroupsThemUnderTheirProblems() throws {
        let index = SampleCorpus.index
        let measure = try index.paragraph("002_31241be4ef401e8a.txt:791")
        let problem = try index.paragraph("002_31241be4ef401e8a.txt:790")
        let otherProblem = try XCTUnwrap(try index.search(SearchRequest(query: "三重一大", limit: 50)).hits
            .first { $0.record.role == .problem && $0.record.location != problem.location }?.record)
        let plan = try index.plan(chosen: [measure.id, otherProblem.id, "unknown", problem.id])
        XCTAssertEqual(plan.entries.map(\.number), [1, 2])
        XCTAssertEqual(plan.entries[0].problem.text, problem.text)
        XCTAssertEqual(plan.entries[0].suggested.map(\.text), [measure.text])
        XCTAssertEqual(plan.entries[0].suggested.first?.sources.first?.line, 791)
        XCTAssertEqual(plan.entries[0].precedents.first?.measures.map(\.id), [measure.id])
        XCTAssertEqual(plan.entries[1].problem.text, otherProblem.text)
        XCTAssertTrue(plan.entries[1].suggested.isEmpty)
    }
}

/// The level filter: the notices whose metadata names that level, and their paragraphs.
final class LevelFilterTests: XCTestCase {
    func testALevelKeepsExactlyTheNoticesAtIt() throws {
        let index = SampleCorpus.index
        let notices = try index.notices()
        let levels = Set(notices.compactMap(\.metadata.level))
        XCTAssertGreaterThan(levels.count, 1)
        for level in levels {
            let expected = notices.filter { $0.metadata.level == level }.map(\.key)
            XCTAssertEqual(try index.notices(filters: SearchFilters(level: level)).map(\.key), expected, level)
            let hits = try index.search(SearchRequest(query: "整改", limit: 200, filters: SearchFilters(level: level))).hits
            XCTAssertFalse(hits.isEmpty, level)
            XCTAssertTrue(hits.allSatisfy { expected.contains($0.record.noticeKey) }, level)
        }
        XCTAssertTrue(try index.search(SearchRequest(query: "整改", filters: SearchFilters(level: "无此层级"))).hits.isEmpty)
    }
}

/// The exact agency filter: the hits of exactly the agency a facet names, as many as the facet counted.
final class ExactAgencyFilterTests: XCTestCase {
    func testAFacetsAgencyGivesAsManyHitsAsItCounted() throws {
        let index = SampleCorpus.index
        let request = SearchRequest(query: "三重一大 集体决策", limit: 1000)
        let facets = try index.facets(for: request)
        XCTAssertFalse(facets.agency.isEmpty)
        for facet in facets.agency.prefix(5) {
            var filtered = request
            filtered.filters.exactAgency = facet.value
            let result = try index.search(filtered)
            XCTAssertEqual(result.count, .exact(facet.count), facet.value)
            XCTAssertTrue(result.hits.allSatisfy { $0.notice?.metadata.agency == facet.value }, facet.value)
        }
    }
}
