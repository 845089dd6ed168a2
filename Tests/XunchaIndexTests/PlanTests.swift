import XCTest
@testable import XunchaIndex

final class FeedbackSplittingTests: XCTestCase {
    func testNumberedFeedbackIsSplitUnderItsHeadings() throws {
        let problems = try FeedbackProblems.split("""
        一、政治建设方面
        1.学习贯彻习近平新时代中国特色社会主义思想不够深入
        2、落实意识形态工作责任制不到位

        二、全面从严治党方面
        （一）“三重一大”事项集体决策制度执行不严格
        (2) 公务用车管理不规范
        ① 违规发放津补贴
        """)
        XCTAssertEqual(problems, [
            FeedbackProblem(text: "学习贯彻习近平新时代中国特色社会主义思想不够深入", category: "政治建设方面"),
            FeedbackProblem(text: "落实意识形态工作责任制不到位", category: "政治建设方面"),
            FeedbackProblem(text: "“三重一大”事项集体决策制度执行不严格", category: "全面从严治党方面"),
            FeedbackProblem(text: "公务用车管理不规范", category: "全面从严治党方面"),
            FeedbackProblem(text: "违规发放津补贴", category: "全面从严治党方面"),
        ])
    }

    func testALineOfOneShiErShiIsCutIntoItsProblemsButALeadKeepsItWhole() throws {
        let problems = try FeedbackProblems.split("一是财务报销审核不严；二是违规发放津补贴。\n落实主体责任不到位，一是学习不深入，二是督促不力")
        XCTAssertEqual(problems.map(\.text), ["财务报销审核不严", "违规发放津补贴。", "落实主体责任不到位，一是学习不深入，二是督促不力"])
    }

    func testChapterNumbersAreProblemsWhenNothingElseIs() throws {
        let problems = try FeedbackProblems.split("一、公务用车管理不规范\n二、违规发放津补贴")
        XCTAssertEqual(problems, [FeedbackProblem(text: "公务用车管理不规范"), FeedbackProblem(text: "违规发放津补贴")])
    }

    func testLinesOfOnlyNumberingOrPunctuationAreSkipped() throws {
        XCTAssertEqual(try FeedbackProblems.split("1.\n（二）\n……\n3. 公务用车管理不规范").map(\.text), ["公务用车管理不规范"])
        XCTAssertThrowsError(try FeedbackProblems.split("1.\n（二）\n——。。\n")) { error in
            XCTAssertEqual(error as? PlanError, .onlyNumbering(lines: 3))
        }
    }

    func testEmptyHugeAndHeadingOnlyFeedbackIsRefusedInOneSentence() {
        XCTAssertThrowsError(try FeedbackProblems.split(" \n\u{3000}\n")) { XCTAssertEqual($0 as? PlanError, .emptyFeedback) }
        let paste = String(repeating: "公务用车管理不规范\n", count: 200_000)
        XCTAssertThrowsError(try FeedbackProblems.split(paste)) { error in
            XCTAssertEqual((error as? PlanError)?.description.hasPrefix("the feedback is 5.3 MB, more than the 512 KB"), true, "\(error)")
        }
        XCTAssertThrowsError(try FeedbackProblems.split("一、政治建设方面\n二、作风建设方面")) { error in
            XCTAssertEqual(error as? PlanError, .onlyHeadings(lines: 2))
        }
        let many = (1...301).map { "\($0). 问题\($0)" }.joined(separator: "\n")
        XCTAssertThrowsError(try FeedbackProblems.split(many)) { XCTAssertEqual($0 as? PlanError, .tooManyProblems(count: 301, limit: 300)) }
    }

    func testControlCharactersNeverReachAProblem() throws {
        XCTAssertEqual(try FeedbackProblems.split("1. 公务\u{1B}[31m用车\u{202E}管理不规范").map(\.text), ["公务[31m用车管理不规范"])
    }

    func testAWebPageOfFeedbackIsReadAsTheIndexReadsOne() throws {
        let page = "<html><head><title>反馈意见</title></head><body><p>1. 公务用车管理不规范</p><p>2. 违规发放津补贴</p></body></html>"
        let text = try FeedbackText.read(Data(page.utf8), source: "feedback.html")
        XCTAssertEqual(try FeedbackProblems.split(text).map(\.text).suffix(2), ["公务用车管理不规范", "违规发放津补贴"])
    }

    func testFeedbackFilesAreReadInTheEncodingsOfTheCorpus() throws {
        let text = "1. 公务用车管理不规范"
        XCTAssertEqual(try FeedbackText.decode(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)), text)
        XCTAssertEqual(try FeedbackText.decode(try XCTUnwrap(text.data(using: .utf16))), text)
        let gb = try XCTUnwrap(text.data(using: String.Encoding(rawValue: 0x80000632)))
        XCTAssertEqual(try FeedbackText.decode(gb), text)
        XCTAssertThrowsError(try FeedbackText.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]))) { XCTAssertEqual($0 as? PlanError, .notText) }
    }
}

final class PlanTests: XCTestCase {
    private var index: NoticeIndex { SampleCorpus.index }

    func testEachProblemHasItsBestPrecedentsOneAgencyEachAndTheirMergedMeasures() throws {
        let plan = try index.plan(for: "（一）“三重一大”事项集体决策制度执行不严格\n（二）公务用车管理不规范，存在公车私用现象", precedents: 3)
        XCTAssertEqual(plan.entries.map(\.number), [1, 2])
        for entry in plan.entries {
            let precedents = try index.precedents(for: NoticeIndex.searchText(ProblemWording.core(entry.problem.text)), limit: 3,
                                                  answering: false)
            XCTAssertEqual(entry.precedents.map(\.problem), precedents.map(\.problem),
                           "the precedents `measures` finds, ranked by likeness alone")
            XCTAssertEqual(entry.precedents.count, 3)
            XCTAssertFalse(entry.suggested.isEmpty)
            let measureLocations = Set(entry.precedents.flatMap(\.measures).map(\.location.description))
            for step in entry.suggested {
                XCTAssertFalse(step.sources.isEmpty)
                XCTAssertGreaterThanOrEqual(step.agencies, Set(step.sources.map(\.agency)).count)
                for source in step.sources { XCTAssertTrue(measureLocations.contains(source.location), source.location) }
            }
        }
        let decisions = try XCTUnwrap(plan.entries.first)
        XCTAssertTrue(decisions.suggested.prefix(3).contains { $0.text.contains("三重一大") }, "\(decisions.suggested.map(\.text))")
    }

    func testStepsTakenByMoreAgenciesComeFirst() throws {
        let plan = try index.plan(for: "“三重一大”事项集体决策制度执行不严格", precedents: 5)
        let counts = try XCTUnwrap(plan.entries.first).suggested.map(\.agencies)
        XCTAssertEqual(counts, counts.sorted(by: >))
        XCTAssertGreaterThan(counts.first ?? 0, 1, "several agencies adopted 三重一大 rules")
    }

    func testNearDuplicateStepsAreFoldedIntoOne() throws {
        let plan = try index.plan(for: "“三重一大”事项集体决策制度执行不严格", precedents: 5)
        let steps = try XCTUnwrap(plan.entries.first).suggested
        let words = steps.map { Set($0.text) }
        for i in steps.indices {
            for j in steps.indices where j > i {
                let overlap = Double(words[i].intersection(words[j]).count) / Double(min(words[i].count, words[j].count))
                XCTAssertLessThan(overlap, 0.95, "\(steps[i].text) / \(steps[j].text)")
            }
        }
    }

    func testAProblemWithNoPrecedentStaysInThePlan() throws {
        let plan = try index.plan(for: "1. 量子计算机芯片光刻工艺良率偏低\n2. 公务用车管理不规范")
        XCTAssertEqual(plan.entries.count, 2)
        XCTAssertTrue(plan.entries[0].precedents.isEmpty)
        XCTAssertTrue(plan.entries[0].suggested.isEmpty)
        XCTAssertFalse(plan.entries[1].precedents.isEmpty)
    }

    func testQuerySyntaxInFeedbackIsReadAsText() throws {
        XCTAssertEqual(NoticeIndex.searchText("\"三重一大\" AND (集体决策) -不严格"), "三重一大 and 集体决策 不严格")
        let plan = try index.plan(for: "1. \"三重一大\" NOT 集体决策 -执行")
        XCTAssertFalse(try XCTUnwrap(plan.entries.first).precedents.isEmpty)
    }

    func testThePlanIsAValueThatEncodesAndDecodes() throws {
        let plan = try index.plan(for: "公务用车管理不规范")
        let decoded = try JSONDecoder().decode(Plan.self, from: try JSONEncoder().encode(plan))
        XCTAssertEqual(decoded.entries.first?.suggested, plan.entries.first?.suggested)
        XCTAssertEqual(decoded.sections.count, 1)
    }
}

final class ProblemWordingTests: XCTestCase {
    func testTheFrameOfANoticesProblemIsLeftOut() {
        XCTAssertEqual(ProblemWording.core("针对“扫黑除恶工作有短板”问题。"), "扫黑除恶工作有短板")
        XCTAssertEqual(ProblemWording.core("关于“学习贯彻习近平新时代中国特色社会主义思想不够深入扎实”问题的整改"), "学习贯彻习近平新时代中国特色社会主义思想不够深入扎实")
        XCTAssertEqual(ProblemWording.core("“机构改革不够彻底到位”问题的整改落实情况。"), "机构改革不够彻底到位")
        XCTAssertEqual(ProblemWording.core("整改任务：法律宣传缺乏针对性。"), "法律宣传缺乏针对性")
        XCTAssertEqual(ProblemWording.core("公务用车管理不规范"), "公务用车管理不规范")
        XCTAssertEqual(ProblemWording.core("问题"), "问题")
    }
}
