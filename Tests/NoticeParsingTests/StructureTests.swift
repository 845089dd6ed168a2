import XCTest
@testable import NoticeParsing

final class StructureTests: XCTestCase {
    private func paragraph(_ source: String, _ line: Int) throws -> Paragraph {
        try XCTUnwrap(CorpusFixtures.notices.flatMap(\.paragraphs).first {
            $0.location.source.hasPrefix(source) && $0.location.line == line
        })
    }

    func testSectionPathsNestByNumberingLevel() throws {
        let measure = try paragraph("000_", 13)
        XCTAssertEqual(measure.section.first, "二、区委巡察组反馈意见整改进展情况")
        XCTAssertEqual(measure.section.count, 2)
        XCTAssertTrue(measure.section[1].hasPrefix("（一）关于“学习贯彻习近平新时代中国特色社会主义思想存在不足"))

        let deep = try paragraph("002_", 95)   // 漳平: 二、 > （一） > 1. > （1）
        XCTAssertEqual(deep.section.count, 4)
        XCTAssertEqual(deep.section[0], "二、巡察反馈的问题及整改情况")
        XCTAssertTrue(deep.section[3].hasPrefix("（1）总医院、基层分院未对"))
    }

    func testMeasuresLinkToTheirProblems() throws {
        XCTAssertEqual(try paragraph("000_", 13).problem?.line, 12)
        XCTAssertEqual(try paragraph("002_", 7).problem?.line, 6)      // （1）整改任务：… answered by 整改情况：…
        let combined = try paragraph("002_", 390)                       // 7.关于…的问题：采取了2项措施…一是…
        XCTAssertEqual(combined.role, .measure)
        XCTAssertTrue(combined.statesProblem)
        XCTAssertNil(combined.problem, "a paragraph is never its own problem")
    }

    func testItemsAndInstitutions() throws {
        let measure = try paragraph("000_", 13)
        XCTAssertEqual(measure.items.count, 2)
        XCTAssertTrue(measure.items[0].hasPrefix("加强学习教育"))

        let rules = try paragraph("000_", 17)
        XCTAssertEqual(rules.institutions, ["党组议事制度"], "de-duplicated")

        let nested = try paragraph("002_", 12)
        XCTAssertTrue(nested.institutions.contains("中共西藏自治区委员会关于印发<贯彻落实《法治中国建设规划（2020-2025）》的实施方案>的通知"),
                      "\(nested.institutions)")
    }

    func testItemSchemes() {
        XCTAssertEqual(MeasureItems.split("整改措施：一是加强学习。二是建立制度；三是开展检查。"),
                       ["加强学习。", "建立制度", "开展检查。"])
        XCTAssertEqual(MeasureItems.split("重点开展以下工作：①召开会议；②印发方案。"), ["召开会议", "印发方案。"])
        XCTAssertEqual(MeasureItems.split("整改情况：（1）完善制度。（2）加强培训。"), ["完善制度。", "加强培训。"])
        XCTAssertEqual(MeasureItems.split("统一是前提，没有列举。"), [])
    }

    func testTitlesAndHeadings() {
        XCTAssertTrue(TitleLine.isTitle("中共南京市大数据管理局党组关于巡察整改进展情况的通报"))
        XCTAssertTrue(TitleLine.isTitle("区市场监管局党组2022年巡察整改进展情况报告"))
        XCTAssertTrue(TitleLine.isTitle("工作情况汇报"))
        XCTAssertFalse(TitleLine.isTitle("12.关于履行整改责任不力问题"))
        XCTAssertFalse(TitleLine.isTitle("（10）针对“领导干部履职情况报告不到位”问题"))
        XCTAssertFalse(TitleLine.isTitle("整改成效：编制项目规划说明、产业研究报告和专项规划"))
    }

    func testEveryNoticeOfTheSampleHasItsParts() {
        // A report made before the inspection (工作汇报) has problems but no measures yet.
        for notice in CorpusFixtures.notices where notice.metadata.docType != "工作汇报" {
            let roles = Set(notice.paragraphs.map(\.role))
            XCTAssertTrue(roles.isSuperset(of: [.heading, .measure]), "\(notice.source):\(notice.startLine)")
            for p in notice.paragraphs where p.role == .measure {
                XCTAssertTrue(p.problem != nil || p.statesProblem, "measure without problem at \(p.location)")
            }
        }
    }
}
