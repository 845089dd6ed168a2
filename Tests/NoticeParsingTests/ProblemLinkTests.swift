import XCTest
@testable import NoticeParsing

/// What the links between measures and problems must always be, checked over every notice of the sample corpus.
final class ProblemLinkTests: XCTestCase {
    private func paragraph(_ source: String, _ line: Int) throws -> Paragraph {
        try XCTUnwrap(CorpusFixtures.notices.flatMap(\.paragraphs).first {
            $0.location.source.hasPrefix(source) && $0.location.line == line
        })
    }

    func testEveryLinkPointsToAProblemAboveInTheSameNotice() {
        XCTAssertFalse(CorpusFixtures.notices.isEmpty)
        for notice in CorpusFixtures.notices {
            let byLocation = Dictionary(uniqueKeysWithValues: notice.paragraphs.map { ($0.location, $0) })
            for p in notice.paragraphs {
                if p.statesProblem {
                    XCTAssertEqual(p.role, .measure, "\(p.location) states a problem but is a \(p.role)")
                    XCTAssertNil(p.problem, "\(p.location) states its problem and links to another")
                }
                guard let link = p.problem else { continue }
                XCTAssertEqual(p.role, .measure, "\(p.location): only measures answer problems")
                XCTAssertNotEqual(link, p.location, "\(p.location) is its own problem")
                XCTAssertLessThan(link.line, p.location.line, "\(p.location) answers a problem below it")
                guard let target = byLocation[link] else {
                    XCTFail("\(p.location) answers \(link), outside its notice"); continue
                }
                XCTAssertTrue(target.role == .problem || target.statesProblem,
                              "\(p.location) answers \(link), a \(target.role) that states no problem")
            }
        }
    }

    func testNoMeasureIsALabelAlone() {
        for notice in CorpusFixtures.notices {
            let paragraphs = notice.paragraphs
            for (i, p) in paragraphs.enumerated() where MeasureDetails.isBareLabel(p.text) && p.role == .measure {
                // The label is followed by the text it announces, a measure of the same problem.
                guard i + 1 < paragraphs.count else { XCTFail("\(p.location) ends its notice"); continue }
                let next = paragraphs[i + 1]
                XCTAssertEqual(next.role, .measure, "\(p.location) announces a \(next.role)")
                XCTAssertFalse(MeasureDetails.isBareLabel(next.text), "\(p.location) announces another label")
                XCTAssertEqual(next.problem, p.problem, "\(next.location) answers another problem than its label")
                XCTAssertFalse(next.statesProblem, "\(next.location) under a label states its own problem")
            }
        }
    }

    func testTheTextUnderALabelAnswersTheLabelsProblem() throws {
        // 3.针对“关于财务审核审批把关不严”的问题 / 整改情况： / 一是关于差旅费报销不规范问题。召开党组会…
        let label = try paragraph("002_", 2748)
        let measure = try paragraph("002_", 2749)
        XCTAssertEqual(label.problem?.line, 2747)
        XCTAssertEqual(measure.role, .measure)
        XCTAssertEqual(measure.problem?.line, 2747)
        XCTAssertFalse(measure.statesProblem)
        // 整改情况： / 规范监督执纪问责。认真办理问题线索…: measures, though they mention problem leads.
        XCTAssertEqual(try paragraph("002_", 2739).role, .measure)
        XCTAssertEqual(try paragraph("002_", 2739).problem?.line, 2737)
        // `整改内容方面：一是关于…方面：召开针对该问题的整改工作会议` answers (15) above it.
        XCTAssertEqual(try paragraph("002_", 2316).problem?.line, 2314)
    }

    func testBareLabels() {
        XCTAssertTrue(MeasureDetails.isBareLabel("整改情况："))
        XCTAssertTrue(MeasureDetails.isBareLabel("整改措施"))
        XCTAssertTrue(MeasureDetails.isBareLabel("（1）整改措施："))
        XCTAssertFalse(MeasureDetails.isBareLabel("整改情况：已完成整改"))
        XCTAssertFalse(MeasureDetails.isBareLabel("整改措施：一是加强学习。"))
    }

    func testALabelWithNothingUnderItIsNoMeasure() {
        let text = """
        中共某某县民政局党组关于巡察整改情况的通报
        二、巡察反馈问题的整改情况
        1.关于学习制度执行不严的问题
        整改情况：
        2.关于财务管理不规范的问题
        整改情况：
        一是完善财务制度。二是开展自查。
        """
        let paragraphs = NoticeParser.parse(text: text, source: "t.txt").flatMap(\.paragraphs)
        let byLine = Dictionary(uniqueKeysWithValues: paragraphs.map { ($0.location.line, $0) })
        XCTAssertNotEqual(byLine[4]?.role, .measure, "nothing below the label answers problem 3")
        XCTAssertEqual(byLine[6]?.role, .measure)
        XCTAssertEqual(byLine[7]?.problem?.line, 5)
    }
}
