import XCTest
@testable import XunchaIndex

/// The query language read into trees, without an index: each rule of the grammar in the README.
final class QueryParserTests: XCTestCase {
    func parse(_ query: String) throws -> QueryExpression { try QueryParser.parse(query) }

    func testBareWordsAreRankedTogether() throws {
        XCTAssertEqual(try parse("三重一大 集体决策"), .text("三重一大 集体决策"))
    }

    func testEveryKindOfQuoteIsAPhrase() throws {
        for query in ["\"三重一大\"", "“三重一大”", "「三重一大」", "『三重一大』", "＂三重一大＂", "“三重一大“"] {
            XCTAssertEqual(try parse(query), .phrase("三重一大"), query)
        }
        XCTAssertEqual(try parse("加强“三重一大”决策"), .ranked(.phrase("三重一大"), by: "加强 决策"))
    }

    func testAPhraseBesideWordsIsRequiredAndTheWordsRank() throws {
        XCTAssertEqual(try parse("\"三重一大\" 集体决策"), .ranked(.phrase("三重一大"), by: "集体决策"))
        XCTAssertEqual(try parse("\"三重一大\" \"制度\""), .and([.phrase("三重一大"), .phrase("制度")]))
    }

    func testOrJoinsAndBindsLooserThanJuxtaposition() throws {
        XCTAssertEqual(try parse("\"三重一大\" OR 集体决策"), .or([.phrase("三重一大"), .text("集体决策")]))
        XCTAssertEqual(try parse("\"a\" \"b\" OR \"c\""), .or([.and([.phrase("a"), .phrase("b")]), .phrase("c")]))
        XCTAssertEqual(try parse("三重一大 OR 集体决策"), .or([.text("三重一大"), .text("集体决策")]))
    }

    func testAndMakesWordsRequired() throws {
        XCTAssertEqual(try parse("三重一大 AND 集体决策"), .and([.text("三重一大"), .text("集体决策")]))
        XCTAssertEqual(try parse("三重一大 && 集体决策"), .and([.text("三重一大"), .text("集体决策")]))
    }

    func testEveryFormOfExclusionExcludesWhatIsWritten() throws {
        let expected: QueryExpression = .andNot(.text("三重一大"), .phrase("学校"))
        for query in ["三重一大 AND NOT 学校", "三重一大 NOT 学校", "三重一大 -学校", "三重一大 -\"学校\"",
                      "三重一大 -“学校”", "NOT 学校 三重一大", "三重一大 (NOT 学校)"] {
            XCTAssertEqual(try parse(query), expected, query)
        }
        XCTAssertEqual(try parse("三重一大 -学校 -医院"), .andNot(.text("三重一大"), .or([.phrase("学校"), .phrase("医院")])))
    }

    func testBracketsGroupAndAreRequired() throws {
        XCTAssertEqual(try parse("\"a\" AND (\"b\" OR \"c\")"), .and([.phrase("a"), .or([.phrase("b"), .phrase("c")])]))
        XCTAssertEqual(try parse("(\"b\" OR \"c\") 制度"), .ranked(.or([.phrase("b"), .phrase("c")]), by: "制度"))
        XCTAssertEqual(try parse("\"a\" -(\"b\" OR \"c\")"), .andNot(.phrase("a"), .or([.phrase("b"), .phrase("c")])))
    }

    func testNegationResolvesByDeMorgan() throws {
        // a AND (b OR NOT c) = a AND NOT (c AND NOT b)
        XCTAssertEqual(try parse("\"a\" (\"b\" OR NOT \"c\")"), .andNot(.phrase("a"), .andNot(.phrase("c"), .phrase("b"))))
        // NOT NOT a = a
        XCTAssertEqual(try parse("NOT (NOT \"a\")"), .phrase("a"))
        // a AND NOT (NOT b AND NOT c) = a AND (b OR c)
        XCTAssertEqual(try parse("\"a\" NOT (-\"b\" -\"c\")"), .and([.phrase("a"), .or([.phrase("b"), .phrase("c")])]))
    }

    func testAQueryThatOnlyExcludesIsAnError() throws {
        for query in ["NOT 三重一大", "-三重一大", "-\"三重一大\"", "NOT 三重一大 NOT 学校", "-a -b", "三重一大 OR -学校",
                      "(NOT 三重一大)", "NOT (三重一大 OR 学校)"] {
            XCTAssertThrowsError(try parse(query), query) { error in
                guard case IndexError.badQuery(let reason)? = error as? IndexError else { return XCTFail("\(error)") }
                XCTAssertTrue(reason.contains("only excludes"), reason)
            }
        }
    }

    func testNothingToSearchForIsAnError() throws {
        for query in ["", "   ", "\"\"", "()", "AND", "OR OR", "\u{0}"] {
            XCTAssertThrowsError(try parse(query), query.debugDescription)
        }
    }

    func testForgivingReadings() throws {
        XCTAssertEqual(try parse("\"三重一大"), .phrase("三重一大"))
        XCTAssertEqual(try parse("(\"a\" OR \"b\""), .or([.phrase("a"), .phrase("b")]))
        XCTAssertEqual(try parse("\"a\")"), .phrase("a"))
        XCTAssertEqual(try parse("AND \"a\" OR"), .phrase("a"))
        XCTAssertEqual(try parse("三重\u{0}一大"), .text("三重一大"))
        // A hyphen inside a word or alone is text, not an exclusion.
        XCTAssertEqual(try parse("COVID-19"), .text("COVID-19"))
        XCTAssertEqual(try parse("a - b"), .text("a - b"))
        // Full-width brackets are text.
        XCTAssertEqual(try parse("（一）"), .text("（一）"))
    }

    func testAQueryIsKeptWithinItsBounds() throws {
        XCTAssertNoThrow(try parse(String(repeating: "字", count: QueryLimits.maximumLength)))
        XCTAssertThrowsError(try parse(String(repeating: "字", count: QueryLimits.maximumLength + 1)))
        XCTAssertNoThrow(try parse(String(repeating: "\u{7}", count: 20_000) + "字"), "control characters are dropped first")
        let phrases = (0..<QueryLimits.maximumOperands).map { "\"词\($0)\"" }
        XCTAssertNoThrow(try parse(phrases.joined(separator: " OR ")))
        XCTAssertThrowsError(try parse((phrases + ["\"多\""]).joined(separator: " OR "))) { error in
            guard case IndexError.badQuery(let reason)? = error as? IndexError else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("65 phrases"), reason)
        }
        XCTAssertEqual(try parse(Array(repeating: "\"a\"", count: 200).joined(separator: " OR ")), .phrase("a"),
                       "a part repeated counts once")
        // Brackets nested past the parser's depth are read as grouping, not recursed into.
        let deep = String(repeating: "(", count: 1_000) + "\"a\"" + String(repeating: ")", count: 1_000)
        XCTAssertEqual(try parse(deep).phrases, ["a"])
    }
}
