import NoticeParsing
import XCTest
@testable import XunchaIndex

/// `--agency` across the ways an agency's name is written, and `--year`/`--from`/`--to` for a notice dated only by
/// the year its title names.
final class AgencyAndYearFilterTests: XCTestCase {
    private func agencies(_ filters: SearchFilters) throws -> Set<String> {
        Set(try SampleCorpus.index.notices(filters: filters).compactMap(\.metadata.agency))
    }

    private func notices(_ filters: SearchFilters) throws -> Set<String> {
        Set(try SampleCorpus.index.notices(filters: filters).map(\.key))
    }

    func testMarketRegulatorsAreFoundByAnyOfTheirNames() throws {
        let regulators: Set = ["区市场监管局", "XX市市场监督管理局", "防城港市市场监督管理局", "铜陵市市场监督管理局", "县市监局"]
        XCTAssertEqual(try agencies(SearchFilters(agency: "市场监管局")), regulators)
        XCTAssertEqual(try agencies(SearchFilters(agency: "市场监督管理局")), regulators)
        XCTAssertEqual(try agencies(SearchFilters(agency: "市监局")), regulators)
        XCTAssertEqual(try agencies(SearchFilters(agency: "区市场监督管理局")), regulators, "a leading 区 is the level, not a name")
        XCTAssertEqual(try agencies(SearchFilters(agency: "中共铜陵市市场监管局党组")), ["铜陵市市场监督管理局"])
    }

    func testOtherAliasesAndPartyBodies() throws {
        XCTAssertEqual(try agencies(SearchFilters(agency: "发改局")), ["沈阳市和平区发展和改革局"])
        XCTAssertEqual(try agencies(SearchFilters(agency: "县住建局")), ["南安市住房和城乡建设局"])
        XCTAssertEqual(try agencies(SearchFilters(agency: "中共湘东区委")), ["湘东区"])
        XCTAssertEqual(try agencies(SearchFilters(agency: "漳州市台湾同胞联谊会")), ["漳州市台联"])
        XCTAssertEqual(try agencies(SearchFilters(agency: "大数据")), ["南京市大数据管理局"])
        XCTAssertEqual(try agencies(SearchFilters(agency: "不存在的单位")), [])
    }

    func testSearchUsesTheSameAgencyNames() throws {
        let hits = try SampleCorpus.index.search(SearchRequest(query: "整改", limit: 200, filters: SearchFilters(agency: "市场监管局"))).hits
        XCTAssertTrue(hits.contains { $0.notice?.metadata.agency == "铜陵市市场监督管理局" })
        XCTAssertTrue(hits.allSatisfy { ($0.notice?.metadata.agency ?? "").contains("市") })
    }

    func testANoticeDatedOnlyByItsTitleHasItsYear() throws {
        let titled = "000_8d2eff55063ca2b4.txt:1"    // 区市场监管局党组2022年巡察整改进展情况报告, no date in its text
        XCTAssertTrue(try notices(SearchFilters(year: 2022)).contains(titled))
        XCTAssertFalse(try notices(SearchFilters(year: 2021)).contains(titled))
        XCTAssertTrue(try notices(SearchFilters(from: "2022-03-01", to: "2022-06-30")).contains(titled))
        XCTAssertTrue(try notices(SearchFilters(from: "2021-07-01")).contains(titled))
        XCTAssertFalse(try notices(SearchFilters(from: "2023-01-01")).contains(titled))
        XCTAssertFalse(try notices(SearchFilters(to: "2021-12-31")).contains(titled))
        // Dated notices keep their own dates.
        let dated = try SampleCorpus.index.notices(filters: SearchFilters(from: "2021-07-01", to: "2021-07-31"))
        XCTAssertFalse(dated.isEmpty)
        for notice in dated where notice.key != titled {
            let date = try XCTUnwrap(notice.metadata.indexDate)
            XCTAssertTrue(date.hasPrefix("2021-07"), date)
        }
    }
}
