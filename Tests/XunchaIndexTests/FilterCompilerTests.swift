import SwiftXapian
import XCTest
@testable import XunchaIndex

/// Filters compiled without an index: the names the index holds under each prefix are given.
final class FilterCompilerTests: XCTestCase {
    private let names: [String: [String]] = [
        "A": ["A吉水县交通运输局", "A沈阳市和平区市场监督管理局", "A南京市大数据管理局"],
        "G": ["G江西省", "G吉安市", "G吉水县", "G辽宁省", "G沈阳市"],
        "U": ["U2019", "U2022"],
    ]

    private func compile(_ filters: SearchFilters) throws -> Query? {
        try FilterCompiler(termsWithPrefix: { self.names[$0] ?? [] },
                           noticesAtLevel: { $0 == "县" ? ["002.txt:1", "004.txt:1"] : [] }).compile(filters.validated())
    }

    func testNoFilterIsNoQuery() throws {
        XCTAssertNil(try compile(SearchFilters()))
    }

    func testExactValuesAreBooleanTerms() throws {
        XCTAssertEqual(try compile(SearchFilters(inspection: "巡察")), .term("I巡察"))
        XCTAssertEqual(try compile(SearchFilters(role: .measure)), .term("Rmeasure"))
        XCTAssertEqual(try compile(SearchFilters(year: 2021)), .term("Y2021"))
        var exact = SearchFilters()
        exact.exactAgency = "吉水县交通运输局"
        XCTAssertEqual(try compile(exact), .term("A吉水县交通运输局"))
        var roles = SearchFilters()
        roles.anyOfRoles = [.problem, .measure]
        XCTAssertEqual(try compile(roles), .or([.term("Rproblem"), .term("Rmeasure")]))
    }

    func testAnAgencyIsFoundByPartOfItsNameWrittenAnyUsualWay() throws {
        XCTAssertEqual(try compile(SearchFilters(agency: "交通运输局")), .term("A吉水县交通运输局"))
        XCTAssertEqual(try compile(SearchFilters(agency: "市场监管局")), .term("A沈阳市和平区市场监督管理局"),
                       "市场监管局 finds 市场监督管理局")
        XCTAssertEqual(try compile(SearchFilters(agency: "局")),
                       .or([.term("A吉水县交通运输局"), .term("A沈阳市和平区市场监督管理局"), .term("A南京市大数据管理局")]))
        XCTAssertEqual(try compile(SearchFilters(agency: "教育局")), .matchNothing)
    }

    func testARegionIsFoundByPartOfItsName() throws {
        XCTAssertEqual(try compile(SearchFilters(region: "吉")), .or([.term("G吉安市"), .term("G吉水县")]))
        XCTAssertEqual(try compile(SearchFilters(region: "江西")), .term("G江西省"))
        XCTAssertEqual(try compile(SearchFilters(region: "广东")), .matchNothing)
    }

    func testALevelIsTheNoticesAtIt() throws {
        XCTAssertEqual(try compile(SearchFilters(level: "县")), .or([.term("N002.txt:1"), .term("N004.txt:1")]))
        XCTAssertEqual(try compile(SearchFilters(level: "省")), .matchNothing)
    }

    func testADateRangeMeetsDatesAndTheYearsTitlesName() throws {
        XCTAssertEqual(try compile(SearchFilters(from: "2021-01-01", to: "2021-12-31")),
                       .valueRange(slot: 0, from: "20210101", to: "20211231"))
        XCTAssertEqual(try compile(SearchFilters(from: "2018-06-01", to: "2020-01-31")),
                       .or([.valueRange(slot: 0, from: "20180601", to: "20200131"), .term("U2019")]))
        XCTAssertEqual(try compile(SearchFilters(from: "2022-12-31")),
                       .or([.valueRange(slot: 0, from: "20221231", to: "99999999"), .term("U2022")]),
                       "an open end reaches every date")
        XCTAssertEqual(try compile(SearchFilters(to: "2019-01-01")),
                       .or([.valueRange(slot: 0, from: "00000000", to: "20190101"), .term("U2019")]))
    }

    func testSeveralFiltersAreAllRequired() throws {
        XCTAssertEqual(try compile(SearchFilters(region: "江西", inspection: "巡察", role: .problem, year: 2021)),
                       .and([.term("G江西省"), .term("I巡察"), .term("Rproblem"), .term("Y2021")]))
    }

    func testDatesAreReadInTheirUsualFormsAndChecked() throws {
        for written in ["2021-03-05", "2021/3/5", "2021.03.05", "20210305"] {
            XCTAssertEqual(try SearchFilters(from: written).validated().from, "2021-03-05", written)
        }
        XCTAssertEqual(try SearchFilters(to: "2024-02-29").validated().to, "2024-02-29", "a leap day")
        for bad in ["2021-02-29", "2021-13-01", "2021-00-10", "1899-12-31", "2201-01-01", "next year", "2021-3", "202103051"] {
            XCTAssertThrowsError(try SearchFilters(from: bad).validated(), bad) {
                XCTAssertEqual($0 as? FilterError, .badDate(.from, text: bad))
            }
        }
        XCTAssertThrowsError(try SearchFilters(from: "2022-01-01", to: "2021-12-31").validated()) {
            XCTAssertEqual($0 as? FilterError, .fromAfterTo(from: "2022-01-01", to: "2021-12-31"))
        }
    }

    func testBoundsAndValuesAreOneSetForEveryFrontEnd() throws {
        XCTAssertNoThrow(try SearchFilters(year: 1949).validated())
        XCTAssertNoThrow(try SearchFilters(year: 2200).validated())
        for year in [1948, 2201, 0] {
            XCTAssertThrowsError(try SearchFilters(year: year).validated()) {
                XCTAssertEqual($0 as? FilterError, .yearOutOfRange(year, bounds: 1949...2200))
            }
        }
        XCTAssertThrowsError(try SearchFilters(inspection: "巡查").validated()) {
            XCTAssertEqual($0 as? FilterError, .unknownInspection("巡查", accepted: ["巡视", "巡察"]))
        }
    }
}
