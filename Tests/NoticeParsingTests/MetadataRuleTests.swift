import XCTest
@testable import NoticeParsing

final class MetadataRuleTests: XCTestCase {
    private func dates(_ text: String) -> NoticeDates { NoticeDates.fromPreamble([text]) }

    func testYearsAreInferredFromContext() {
        let d = dates("根据市委统一部署，2020年11月26日至2021年1月22日，市委第三巡察组对市大数据管理局党组进行了巡察，2月7日反馈了巡察意见。")
        XCTAssertEqual(d.periodStart, "2020-11-26")
        XCTAssertEqual(d.periodEnd, "2021-01-22")
        XCTAssertEqual(d.feedbackDate, "2021-02-07")
        let backwards = dates("2020年12月7日至1月8日，市委交叉巡察组对市检察院党组开展了巡察。2021年6月3日，巡察组反馈了巡察意见。")
        XCTAssertEqual(backwards.periodEnd, "2021-01-08")
        XCTAssertEqual(backwards.feedbackDate, "2021-06-03")
    }

    func testMaskedDatesAreNeverGuessed() {
        let d = dates("根据县委统一部署，****年*月*日至**月**日，县委第一巡察组对县市监局党组进行了巡察。****年*月**日，县委第一巡察组向县市监局党组反馈了巡察意见。")
        XCTAssertNil(d.periodStart); XCTAssertNil(d.periodEnd); XCTAssertNil(d.feedbackDate)
        let partly = dates("****年*月*日至*月**日，区委第四巡察组对区市场监管局党组进行了巡察。*月*日，区委巡察组反馈了巡察意见。")
        XCTAssertNil(partly.feedbackDate)
    }

    func testChineseNumeralDates() {
        let d = dates("二〇二一年三月五日至四月三十日，市委第二巡察组对某局党组进行了巡察，五月二十日反馈了巡察意见。")
        XCTAssertEqual(d.periodStart, "2021-03-05")
        XCTAssertEqual(d.periodEnd, "2021-04-30")
        XCTAssertEqual(d.feedbackDate, "2021-05-20")
        XCTAssertEqual(DateMentions.dateLine("（二〇二〇年五月八日）"), "2020-05-08")
        XCTAssertEqual(DateMentions.dateLine(" 2021年09月18日"), "2021-09-18")
    }

    func testOrgAgencyAndDocType() {
        XCTAssertEqual(OrgNames.agency(of: "中共南京市大数据管理局党组"), "南京市大数据管理局")
        XCTAssertEqual(OrgNames.agency(of: "中共湘东区委"), "湘东区")
        XCTAssertEqual(OrgNames.agency(of: "中共漳州市国资委委员会"), "漳州市国资委")
        XCTAssertEqual(OrgNames.agency(of: "中共大庆市委统战部"), "大庆市委统战部")
        XCTAssertEqual(DocumentType.of(title: "中共石棉县综合行政执法局党组关于巡察整改阶段性进展情况的通报"), "阶段性进展通报")
        XCTAssertEqual(DocumentType.of(title: "工作情况汇报"), "工作汇报")
    }

    func testRegionFromTheGazetteer() {
        let resolver = RegionResolver(gazetteer: .shared)
        XCTAssertEqual(resolver.region(agency: "南京市大数据管理局", lines: []), ["江苏省", "南京市"])
        XCTAssertEqual(resolver.region(agency: "吉水县交通运输局", lines: []), ["江西省", "吉安市", "吉水县"])
        XCTAssertEqual(resolver.region(agency: "沈阳市和平区发展和改革局", lines: []), ["辽宁省", "沈阳市", "和平区"])
        XCTAssertEqual(resolver.region(agency: "黔东南州人大常委会机关", lines: []), ["贵州省", "黔东南苗族侗族自治州"])
        XCTAssertEqual(resolver.region(agency: "区市场监管局", lines: []), [])
        XCTAssertGreaterThanOrEqual(Gazetteer.shared.provinces.count, 34)
        XCTAssertGreaterThanOrEqual(Gazetteer.shared.cityProvince.count, 330)
    }

    func testInspectorKeepsOnlyRealPlaceNames() {
        XCTAssertEqual(InspectionFacts.inspector(title: "中共三亚市海棠区林旺中学关于落实区委第二巡察组反馈问题整改情况报告", lines: []),
                       "区委第二巡察组")
        XCTAssertEqual(InspectionFacts.inspector(title: nil, lines: ["根据区委巡察工作的统一部署，台江区委巡察一组对区司法局党组开展了巡察"]),
                       "台江区委巡察一组")
        XCTAssertEqual(InspectionFacts.inspector(title: nil, lines: ["2021年1月6日，区党委第六巡视组向司法厅党委反馈了巡视意见。"]),
                       "区党委第六巡视组")
    }
}
