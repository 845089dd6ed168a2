import SwiftXapian
import XCTest
@testable import XunchaIndex

/// Query trees compiled without an index: the words the index holds are given, so each rule of the compiler is
/// seen in the exact Xapian query it writes.
final class QueryCompilerTests: XCTestCase {
    private func compiler(knowing words: Set<String>?, ranking: Ranking = .standard) -> QueryCompiler {
        QueryCompiler(analyzer: SampleCorpus.analyzer, termExists: { words?.contains($0) ?? true }, ranking: ranking)
    }

    /// `words`: the words the index holds; nil, every word.
    private func compile(_ query: String, knowing words: Set<String>?,
                         ranking: Ranking = .standard) throws -> QueryCompiler.Compiled {
        try compiler(knowing: words, ranking: ranking).compile(try QueryParser.parse(query))
    }

    func testAWordCountsInItsOwnTextAndForLessInItsContext() throws {
        let compiled = try compile("三重一大", knowing: ["三重一大"])
        XCTAssertEqual(compiled.query, .or([.term("三重一大"), .scaled(.term("X三重一大"), by: 0.5)]))
        XCTAssertEqual(compiled.highlightTerms, ["三重一大"])
        XCTAssertEqual(compiled.phrases, [])
        XCTAssertEqual(compiled.textTerms["三重一大"], ["三重一大", "X三重一大"])
        XCTAssertFalse(compiled.knownOnlyThroughSynonyms)
    }

    func testBroaderTermsCountLessThanTheWordItself() throws {
        let own: Query = .or([.term("三重一大"), .scaled(.term("重大决策"), by: 0.3)])
        let context: Query = .or([.term("X三重一大"), .scaled(.term("X重大决策"), by: 0.3)])
        let compiled = try compile("三重一大", knowing: ["三重一大", "重大决策"])
        XCTAssertEqual(compiled.query, .or([own, .scaled(context, by: 0.5)]))
        XCTAssertEqual(compiled.highlightTerms, ["三重一大", "重大决策"])

        var ranking = Ranking.standard
        ranking.broaderWeight = 0.7
        ranking.contextWeight = 0.25
        let weighed = try compile("三重一大", knowing: ["三重一大", "重大决策"], ranking: ranking)
        XCTAssertEqual(weighed.query, .or([.or([.term("三重一大"), .scaled(.term("重大决策"), by: 0.7)]),
                                           .scaled(.or([.term("X三重一大"), .scaled(.term("X重大决策"), by: 0.7)]), by: 0.25)]))
    }

    func testEquivalentsTheIndexHoldsAreOneSynonymTerm() throws {
        var equivalentsAlike = Ranking.standard
        equivalentsAlike.ownWordingShare = 0
        let compiled = try compile("一把手", knowing: ["一把手", "主要负责人", "X一把手"], ranking: equivalentsAlike)
        guard case .or(let sides) = compiled.query, case .synonym(let own) = sides[0] else {
            return XCTFail("\(compiled.query)")
        }
        XCTAssertEqual(own.first, .term("一把手"), "the query's own word first")
        XCTAssertEqual(own.count, 2)
        XCTAssertTrue(own.contains(.term("主要负责人")))
        XCTAssertEqual(compiled.highlightTerms, ["一把手", "主要负责人"], "equivalents the index lacks are left out")
    }

    func testATermSearchedAloneEarnsPartOfItsScoreByItsOwnWording() throws {
        let synonym: Query = .synonym([.term("一把手"), .term("主要负责人")])
        let alone = try compile("一把手", knowing: ["一把手", "主要负责人"])
        let own: Query = .or([.scaled(.term("一把手"), by: 0.5), .scaled(synonym, by: 0.5)])
        guard case .or(let sides) = alone.query else { return XCTFail("\(alone.query)") }
        XCTAssertEqual(sides.first, own)
        // In a sentence the notices' wording counts as much as the user's.
        let sentence = try compile("一把手开会", knowing: ["一把手", "主要负责人", "开会"])
        XCTAssertFalse(sentence.query.description.contains("0.5 * 一把手"), sentence.query.description)
    }

    func testAWordKnownOnlyThroughItsSynonymsAsksForFeedback() throws {
        let compiled = try compile("一把手", knowing: ["主要负责人"])
        XCTAssertEqual(compiled.query, .or([.term("主要负责人"), .scaled(.term("X主要负责人"), by: 0.5)]))
        XCTAssertTrue(compiled.knownOnlyThroughSynonyms)
        XCTAssertFalse(try compile("一把手", knowing: ["一把手", "主要负责人"]).knownOnlyThroughSynonyms)
    }

    func testWordsTheIndexLacksMatchNothing() throws {
        let compiled = try compile("三重一大", knowing: [])
        XCTAssertEqual(compiled.query, .matchNothing)
        XCTAssertTrue(compiled.highlightTerms.isEmpty)
        XCTAssertFalse(compiled.knownOnlyThroughSynonyms)
    }

    func testTextWithNoWordsIsAnError() throws {
        XCTAssertThrowsError(try compiler(knowing: []).compile(.text("，。"))) {
            guard case IndexError.badQuery = $0 else { return XCTFail("\($0)") }
        }
    }

    func testAPhraseSelectsByItsCharacterPairsAndRanksByItsWords() throws {
        let compiled = try compile("\"三重一大\"", knowing: ["三重一大"])
        XCTAssertEqual(compiled.query, .andMaybe(.and([.term("K一大"), .term("K三重"), .term("K重一")]), .term("三重一大")))
        XCTAssertEqual(compiled.phrases, ["三重一大"])
        XCTAssertEqual(compiled.highlightTerms, [], "a phrase is highlighted as a phrase, not by its words")
    }

    func testAPhraseIsFoldedBeforeItsPairsAreTaken() throws {
        // Full-width letters and capitals fold to the same pairs as the paragraph's text did.
        let compiled = try compile("\"ＡＢc\"", knowing: [])
        guard case .andMaybe(let filter, _) = compiled.query else { return XCTFail("\(compiled.query)") }
        XCTAssertEqual(filter, .and([.term("Kab"), .term("Kbc")]))
    }

    func testWordsBesideAPhraseOnlyRankIt() throws {
        let compiled = try compile("\"三重一大\" 集体决策", knowing: ["三重一大", "集体决策"])
        guard case .andMaybe(let required, let ranking) = compiled.query else { return XCTFail("\(compiled.query)") }
        XCTAssertEqual(required, try compile("\"三重一大\"", knowing: ["三重一大"]).query)
        XCTAssertEqual(ranking, .or([.term("集体决策"), .scaled(.term("X集体决策"), by: 0.5)]))
    }

    func testAndAndOrBecomeXapiansOperators() throws {
        let words: Set<String> = ["三重一大", "集体决策"]
        let one = try compile("三重一大", knowing: words).query
        let other = try compile("集体决策", knowing: words).query
        XCTAssertEqual(try compile("三重一大 AND 集体决策", knowing: words).query, .and([one, other]))
        XCTAssertEqual(try compile("三重一大 OR 集体决策", knowing: words).query, .or([one, other]))
    }

    func testAnExclusionXapianCanDecideIsLeftToIt() throws {
        // A two-character phrase is one pair term: the index alone says which paragraphs hold it.
        let kept = try compile("三重一大", knowing: ["三重一大"]).query
        XCTAssertEqual(try compile("三重一大 -学校", knowing: ["三重一大"]).query, .andNot(kept, .and([.term("K学校")])))
        XCTAssertTrue(QueryCompiler.isExactlyIndexed("学校"))
        XCTAssertTrue(QueryCompiler.isExactlyIndexed("ＡＢ"))
    }

    func testALongerExclusionIsLeftToTheVerifier() throws {
        let kept = try compile("三重一大", knowing: ["三重一大"]).query
        XCTAssertEqual(try compile("三重一大 NOT 学校食堂", knowing: ["三重一大"]).query, kept)
        XCTAssertFalse(QueryCompiler.isExactlyIndexed("学校食堂"))
        XCTAssertFalse(QueryCompiler.isExactlyIndexed("学"))
        XCTAssertFalse(QueryCompiler.isExactlyIndexed("a、"), "punctuation makes no pair")
    }

    func testManyWordsScoreOnlyTheMostTellingOnes() throws {
        let query = "三重一大 集体决策 小金库 公务用车 干部档案 轮岗 会计"
        guard case .or(let sides) = try compile(query, knowing: nil).query,
              case .eliteSet(let own, let size) = sides[0] else { return XCTFail("no elite set") }
        XCTAssertGreaterThanOrEqual(own.count, 7)
        XCTAssertEqual(size, 6)

        var ranking = Ranking.standard
        ranking.eliteSetThreshold = 1000
        guard case .or(let plain) = try compile(query, knowing: nil, ranking: ranking).query,
              case .or = plain[0] else { return XCTFail("an elite set below the threshold") }
    }

    func testCommonWordsOfGeneralChineseCountLess() throws {
        let compiled = try compile("没有 换岗", knowing: ["没有", "换岗"])
        guard case .or(let sides) = compiled.query, case .or(let own) = sides[0] else { return XCTFail("\(compiled.query)") }
        XCTAssertTrue(own.contains(.term("换岗")), "a rare word counts fully")
        XCTAssertTrue(own.contains { part in
            guard case .scaled(let term, let weight) = part else { return false }
            return term == .term("没有") && weight < 0.3
        }, "\(own)")
    }
}
