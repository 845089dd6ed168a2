import XCTest
@testable import XunchaIndex

/// `NoticeIndex.detail(of:)`: a paragraph with its notice, problem and measures, as `show` prints it.
final class ParagraphDetailTests: XCTestCase {
    func testAProblemComesWithTheMeasuresThatAnswerIt() throws {
        let detail = try SampleCorpus.index.detail(of: "002_31241be4ef401e8a.txt:790")
        XCTAssertEqual(detail.paragraph.role, .problem)
        XCTAssertEqual(detail.notice?.metadata.agency, "沈阳市和平区发展和改革局")
        XCTAssertEqual(detail.measures.map(\.line), [791])
        XCTAssertFalse(detail.answersOtherParagraph)
    }

    func testAMeasureComesWithItsProblemAndNoMeasures() throws {
        let detail = try SampleCorpus.index.detail(of: "002_31241be4ef401e8a.txt:791")
        XCTAssertEqual(detail.problem?.line, 790)
        XCTAssertTrue(detail.answersOtherParagraph)
        XCTAssertTrue(detail.measures.isEmpty)
    }

    func testTheDetailIsWrittenWithShowsFieldsInOrder() throws {
        let line = try SampleCorpus.index.detail(of: "002_31241be4ef401e8a.txt:790").json.line
        let keys = ["\"id\":", "\"source\":", "\"line\":", "\"text\":", "\"role\":", "\"section\":", "\"notice\":",
                    "\"problem\":", "\"measures\":", "\"items\":", "\"institutions\":"]
        let positions = keys.map { line.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil))
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
    }
}
