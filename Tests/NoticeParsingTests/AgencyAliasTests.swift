import XCTest
@testable import NoticeParsing

final class AgencyAliasTests: XCTestCase {
    func testTheBundledListIsRead() {
        XCTAssertGreaterThan(AgencyAliases.shared.groups.count, 20)
        XCTAssertTrue(AgencyAliases.shared.groups.contains { $0.contains("市场监管局") && $0.contains("市场监督管理局") })
    }

    func testVariants() {
        let aliases = AgencyAliases(text: "# comment\n市场监督管理局 市场监管局, 市监局  # trailing comment\n\n发展和改革局、发改局\n")
        XCTAssertEqual(aliases.groups, [["市场监督管理局", "市场监管局", "市监局"], ["发展和改革局", "发改局"]])
        XCTAssertEqual(aliases.variants(of: "铜陵市市场监管局"), ["铜陵市市场监管局", "铜陵市市场监督管理局", "铜陵市市监局"])
        XCTAssertEqual(aliases.variants(of: "中共区发改局党组"), ["区发改局", "区发展和改革局", "发改局", "发展和改革局"])
        XCTAssertEqual(aliases.variants(of: "市场监管局"), ["市场监管局", "市场监督管理局", "市监局"], "市场 is no level")
        XCTAssertEqual(aliases.variants(of: "中共湘东区委"), ["湘东区"])
        XCTAssertEqual(aliases.variants(of: "中共某县发展和改革委员会"), ["某县发展和改革"])
        XCTAssertEqual(aliases.variants(of: "发展和改革委员会"), ["发展和改革委员会"], "委员会 is a party body only after 中共")
        XCTAssertEqual(aliases.variants(of: "大数据"), ["大数据"])
    }

    func testTheYearATitleNames() {
        XCTAssertEqual(NoticeDates.yearNamed(in: "区市场监管局党组2022年巡察整改进展情况报告"), 2022)
        XCTAssertEqual(NoticeDates.yearNamed(in: "关于二〇二一年度巡察整改情况的报告"), 2021)
        XCTAssertNil(NoticeDates.yearNamed(in: "中共某局党组关于巡察整改情况的通报"))
        XCTAssertNil(NoticeDates.yearNamed(in: "关于12345年的报告"))
        let notice = CorpusFixtures.notices.first { $0.source.hasPrefix("000_") }
        XCTAssertEqual(notice?.metadata.titleYear, 2022)
    }
}
