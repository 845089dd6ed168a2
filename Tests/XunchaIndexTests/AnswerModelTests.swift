import NoticeParsing
import XCTest
@testable import XunchaIndex

/// `measures` ranks precedents by how well their measures answer the question, as the measures other notices
/// linked to like problems show answers worded, not only by how much the problems look alike.
final class AnswerModelTests: XCTestCase {
    func testTheAnswerWordsComeFromTheMeasuresFound() throws {
        let hits = try SampleCorpus.index.search(SearchRequest(query: "怎么整改三重一大执行不到位", limit: 30, highlights: false)).hits
        let measures = hits.map(\.record).filter { $0.role == .measure }
        XCTAssertFalse(measures.isEmpty)
        let model = try SampleCorpus.index.answerModel(fromMeasures: measures)
        XCTAssertFalse(model.words.isEmpty)
        XCTAssertLessThanOrEqual(model.words.count, Ranking.standard.answerWords)
        XCTAssertTrue(model.words.allSatisfy { $0.word.count > 1 && $0.weight > 0 })
        XCTAssertEqual(model.words.map(\.weight), model.words.map(\.weight).sorted(by: >))
        XCTAssertTrue(try SampleCorpus.index.answerModel(fromMeasures: []).words.isEmpty)
    }

    func testAProblemAlikeOnlyInGeneralWordsYieldsToAnsweredOnes() throws {
        // 定期轮岗制度执行不到位 shares only 执行不到位 with the question; its measure (rotation) answers nothing
        // about collective decisions, so precedents whose measures do come first.
        let precedents = try SampleCorpus.index.precedents(for: "怎么整改三重一大执行不到位", limit: 5)
        XCTAssertEqual(precedents.count, 5)
        XCTAssertFalse(precedents.contains { $0.problem.location.description == "002_31241be4ef401e8a.txt:182" },
                       precedents.map(\.problem.location.description).joined(separator: ", "))
        XCTAssertEqual(precedents.first?.problem.location.description, "002_31241be4ef401e8a.txt:1216")
    }

    func testPagesAreSlicesOfOneOrder() throws {
        let query = "怎么整改三重一大执行不到位"
        let whole = try SampleCorpus.index.precedents(for: query, limit: 18).map(\.problem.location)
        var paged: [ParagraphLocation] = []
        for offset in stride(from: 0, to: 18, by: 3) {
            paged += try SampleCorpus.index.precedents(for: query, limit: 3, offset: offset).map(\.problem.location)
        }
        XCTAssertEqual(paged, whole)
        XCTAssertEqual(Set(whole).count, whole.count)
    }

    func testAWordCommonAmongTheMeasuresAndRareElsewhereWeighsMost() {
        let telling = AnswerModel.weight(relevant: 4, linked: 5, frequency: 10, paragraphs: 3000)
        let common = AnswerModel.weight(relevant: 4, linked: 5, frequency: 1500, paragraphs: 3000)
        let rare = AnswerModel.weight(relevant: 1, linked: 5, frequency: 10, paragraphs: 3000)
        XCTAssertGreaterThan(telling, common)
        XCTAssertGreaterThan(telling, rare)
        XCTAssertEqual(AnswerModel.weight(relevant: 1, linked: 5, frequency: 2900, paragraphs: 3000), 0)
    }

    func testScoringCountsTheShareOfAnswerWeightATextHolds() {
        let model = AnswerModel(words: [("集体决策", 3), ("议事规则", 1)])
        XCTAssertEqual(model.score(of: "严格执行集体决策制度"), 0.75)
        XCTAssertEqual(model.score(of: "修订议事规则，坚持集体决策"), 1)
        XCTAssertEqual(model.score(of: "加强学习"), 0)
        XCTAssertEqual(AnswerModel.empty.score(of: "集体决策"), 0)
    }
}
