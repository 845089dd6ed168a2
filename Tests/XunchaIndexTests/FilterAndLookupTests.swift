import NoticeParsing
import XCTest
@testable import XunchaIndex

/// Filters on notice metadata, and looking paragraphs up by location or id.
final class FilterAndLookupTests: XCTestCase {
    func testAgencyFilterMatchesPartOfTheName() throws {
        let hits = try SampleCorpus.index.search(SearchRequest(query: "整改", limit: 50, filters: SearchFilters(agency: "大数据"))).hits
        XCTAssertFalse(hits.isEmpty)
        XCTAssertTrue(hits.allSatisfy { $0.notice?.metadata.agency?.contains("大数据") == true })
    }

    func testInspectionRoleAndDateFilters() throws {
        let index = SampleCorpus.index
        let patrol = try index.search(SearchRequest(query: "整改", limit: 50, filters: SearchFilters(inspection: "巡视"))).hits
        XCTAssertFalse(patrol.isEmpty)
        XCTAssertTrue(patrol.allSatisfy { $0.notice?.metadata.inspection == "巡视" })
        let problems = try index.search(SearchRequest(query: "整改", limit: 50, filters: SearchFilters(role: .problem))).hits
        XCTAssertTrue(problems.allSatisfy { $0.record.role == .problem })
        let dated = try index.search(SearchRequest(query: "整改", limit: 50,
                                                   filters: SearchFilters(from: "2021-01-01", to: "2021-12-31"))).hits
        XCTAssertFalse(dated.isEmpty)
        for hit in dated {
            let date = try XCTUnwrap(hit.notice.flatMap { $0.metadata.publishDate ?? $0.metadata.feedbackDate })
            XCTAssertTrue(date.hasPrefix("2021"), date)
        }
    }

    func testUnknownAgencyFindsNothing() throws {
        XCTAssertTrue(try SampleCorpus.index.search(SearchRequest(query: "整改", filters: SearchFilters(agency: "不存在的单位"))).hits.isEmpty)
    }

    func testBadFilterValuesAreNamedWithTheirValues() {
        let cases: [(SearchFilters, FilterError)] = [
            (SearchFilters(inspection: "检查"), .unknownInspection("检查", accepted: ["巡视", "巡察"])),
            (SearchFilters(from: "2021-13-01"), .badDate(.from, text: "2021-13-01")),
            (SearchFilters(to: "tomorrow"), .badDate(.to, text: "tomorrow")),
            (SearchFilters(from: "2022-01-01", to: "2021-01-01"), .fromAfterTo(from: "2022-01-01", to: "2021-01-01")),
            (SearchFilters(year: 1800), .yearOutOfRange(1800, bounds: SearchFilters.years)),
        ]
        for (filters, expected) in cases {
            XCTAssertThrowsError(try filters.validated()) { error in
                XCTAssertEqual(error as? FilterError, expected)
                XCTAssertFalse("\(error)".contains("--"), "the library names no option: \(error)")
            }
        }
    }

    func testLookupByLocationAndByID() throws {
        let index = SampleCorpus.index
        let hit = try XCTUnwrap(index.search(SearchRequest(query: "\"三重一大\"", limit: 1)).hits.first)
        let byLocation = try index.paragraph(hit.record.location.description)
        let byID = try index.paragraph(hit.record.id)
        XCTAssertEqual(byLocation, byID)
        XCTAssertEqual(byLocation.text, hit.record.text)
        XCTAssertThrowsError(try index.paragraph("002_31241be4ef401e8a.txt:99999"))
        XCTAssertThrowsError(try index.paragraph("nonsense"))
    }

    func testProblemsListTheMeasuresThatAnswerThem() throws {
        let index = SampleCorpus.index
        let problems = try index.search(SearchRequest(query: "三重一大", limit: 20, filters: SearchFilters(role: .problem))).hits
        let answered = try problems.map { try index.measures(answering: $0.record.location) }.filter { !$0.isEmpty }
        XCTAssertFalse(answered.isEmpty)
        for measures in answered {
            XCTAssertTrue(measures.allSatisfy { $0.role == .measure && $0.problem != nil })
        }
    }

    func testNoticesAreListedInCorpusOrder() throws {
        let notices = try SampleCorpus.index.notices()
        XCTAssertEqual(notices.count, 38)
        XCTAssertEqual(notices.map(\.source), notices.map(\.source).sorted())
    }
}
