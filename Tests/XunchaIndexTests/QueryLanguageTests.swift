import XCTest
@testable import XunchaIndex

/// Queries do what they say on the sample corpus: exclusions exclude, every kind of quote makes a phrase,
/// a phrase beside words is required, and excluding what is nowhere changes nothing.
final class QueryLanguageTests: XCTestCase {
    let index = SampleCorpus.index

    func texts(_ query: String) throws -> [String] {
        try index.search(SearchRequest(query: query, limit: 1_000, highlights: false)).hits.map(\.record.text)
    }

    func testAndNotExcludesTheWord() throws {
        let all = try texts("三重一大")
        XCTAssertTrue(all.contains { $0.contains("学校") }, "the sample should have 三重一大 paragraphs about schools")
        for query in ["三重一大 AND NOT 学校", "三重一大 NOT 学校", "三重一大 -学校", "三重一大 -“学校”"] {
            let kept = try texts(query)
            XCTAssertFalse(kept.isEmpty, query)
            XCTAssertFalse(kept.contains { $0.contains("学校") }, query)
            XCTAssertEqual(kept, all.filter { !$0.contains("学校") }, "\(query): the rest keep their order")
        }
    }

    func testAQueryThatOnlyExcludesIsRefused() throws {
        for query in ["NOT 三重一大", "-三重一大", "-\"三重一大\"", "NOT 三重一大 -学校"] {
            XCTAssertThrowsError(try index.search(SearchRequest(query: query)), query)
        }
    }

    func testChineseQuotesAreExactPhrases() throws {
        let ascii = try index.locations("\"三重一大\"")
        XCTAssertEqual(Set(ascii), SampleCorpus.grep("三重一大"))
        for query in ["“三重一大”", "「三重一大」", "『三重一大』", "＂三重一大＂"] {
            XCTAssertEqual(try index.locations(query), ascii, query)
        }
    }

    func testAPhraseBesideWordsIsRequired() throws {
        let hits = try texts("\"三重一大\" 集体决策")
        XCTAssertEqual(hits.count, SampleCorpus.grep("三重一大").count)
        XCTAssertTrue(hits.allSatisfy { $0.contains("三重一大") })
        // The words rank: paragraphs that also speak of collective decisions (集体决策, 集体研究…) come first.
        XCTAssertTrue(hits.prefix(5).allSatisfy { $0.contains("集体") })
    }

    func testExcludingWhatIsNowhereChangesNothing() throws {
        for query in ["三重一大", "一把手 说了算", "\"三重一大\" 集体决策", "公务用车 AND 制度"] {
            let plain = try index.locations(query)
            XCTAssertEqual(try index.locations(query + " NOT 鳄鱼"), plain, query)
            XCTAssertEqual(try index.locations(query + " -\"鳄鱼不存在\""), plain, query)
        }
    }

    func testWordsBesideAndOrAndBrackets() throws {
        // A group is required; words beside it rank.
        let either = Set(SampleCorpus.grep("小金库")).union(SampleCorpus.grep("公务用车"))
        XCTAssertEqual(Set(try index.locations("(\"小金库\" OR \"公务用车\") 整改")), either)
        // Words joined by AND must both match (as words: a word or a synonym).
        let both = try texts("三重一大 AND 学校")
        XCTAssertFalse(both.isEmpty)
        XCTAssertTrue(both.allSatisfy { $0.contains("学校") })
    }
}
