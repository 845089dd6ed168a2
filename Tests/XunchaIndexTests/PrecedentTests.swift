import NoticeParsing
import XCTest
@testable import XunchaIndex

/// `xuncha measures`: each precedent is a problem with the measures that answer it, never a label alone.
final class PrecedentTests: XCTestCase {
    func testAPrecedentListsTheTextUnderItsLabelNotTheLabel() throws {
        let precedents = try SampleCorpus.index.precedents(for: "财务报销审核把关不严", limit: 20)
        XCTAssertFalse(precedents.isEmpty)
        for precedent in precedents {
            XCTAssertFalse(precedent.measures.isEmpty)
            for measure in precedent.measures {
                XCTAssertFalse(MeasureDetails.isBareLabel(measure.text), "\(measure.location) is a label alone")
            }
        }
        // 3.针对“关于财务审核审批把关不严”的问题 / 整改情况： / 一是关于差旅费报销不规范问题。召开党组会…
        let taiLian = try XCTUnwrap(precedents.first { $0.notice?.metadata.agency == "漳州市台联" })
        XCTAssertEqual(taiLian.problem.line, 2747)
        XCTAssertEqual(taiLian.measures.map(\.line), [2749])
    }

    func testNoProblemIsAnsweredByALabelAlone() throws {
        let index = SampleCorpus.index
        let labels = try index.search(SearchRequest(query: "\"整改情况\"", limit: 10_000)).hits
            .map(\.record).filter { MeasureDetails.isBareLabel($0.text) }
        XCTAssertGreaterThan(labels.count, 20, "the sample has labels alone on their lines")
        for label in labels {
            guard let problem = label.problem else { continue }
            let measures = try index.measures(answering: problem)
            XCTAssertFalse(measures.isEmpty, "\(problem) is answered by its label \(label.location) alone")
            XCTAssertFalse(measures.contains { MeasureDetails.isBareLabel($0.text) })
        }
    }

    func testAParagraphIsNeverItsOwnProblem() throws {
        let measure = try SampleCorpus.index.paragraph("002_31241be4ef401e8a.txt:2749")
        XCTAssertEqual(measure.problem?.line, 2747)
        let combined = try SampleCorpus.index.paragraph("002_31241be4ef401e8a.txt:390")
        XCTAssertNil(combined.problem)
        XCTAssertTrue(combined.statesProblem)
        // It still stands as a precedent of its own, with itself as the measure.
        let precedents = try SampleCorpus.index.precedents(for: "民主集中制落实不到位", limit: 20)
        XCTAssertTrue(precedents.contains { $0.problem.line == 390 && $0.measures.first?.line == 390 })
    }
}
