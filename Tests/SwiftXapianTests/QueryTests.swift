import SwiftXapian
import XCTest

final class QueryTests: XCTestCase {
    private var directory: TemporaryDirectory!
    private var database: Database!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        database = try Database(path: path)
    }

    override func tearDown() {
        database = nil
        directory = nil
    }

    private func ids(_ query: Query) throws -> Set<DocumentID> {
        Set(try matchingIDs(query, in: database))
    }

    func testBooleanOperators() throws {
        XCTAssertEqual(try ids(.term("report")), [1, 3, 4])
        XCTAssertEqual(try ids(.and([.term("inspection"), .term("report")])), [1, 3])
        XCTAssertEqual(try ids(.or([.term("report"), .term("commission")])), [1, 3, 4, 5])
        XCTAssertEqual(try ids(.andNot(.term("inspection"), .term("report"))), [2, 5])
        XCTAssertEqual(try ids(.xor([.term("inspection"), .term("report")])), [2, 4, 5])
        XCTAssertEqual(try ids(.andMaybe(.term("report"), .term("discipline"))), [1, 3, 4])
        XCTAssertEqual(try ids(.filter(.term("inspection"), .term("Kbeijing"))), [1, 3, 5])
        XCTAssertEqual(try ids(.synonym([.term("rectification"), .term("commission")])), [4, 5])
        XCTAssertEqual(try ids(.max([.term("rectification"), .term("commission")])), [4, 5])
        XCTAssertEqual(try ids(.matchAll), [1, 2, 3, 4, 5])
        XCTAssertEqual(try ids(.matchNothing), [])
        XCTAssertEqual(try ids(.and([])), [])
    }

    func testFilterTakesNoWeightFromTheFilter() throws {
        let enquire = Enquire(database: database)
        try enquire.setQuery(.term("inspection"))
        let plain = Dictionary(uniqueKeysWithValues: try enquire.matches(maxItems: 10).map { ($0.documentID, $0.weight) })
        try enquire.setQuery(.filter(.term("inspection"), .term("Kbeijing")))
        for match in try enquire.matches(maxItems: 10) {
            XCTAssertEqual(match.weight, try XCTUnwrap(plain[match.documentID]), accuracy: 1e-9)
        }
    }

    func testEliteSetKeepsTheMostSelectiveTerms() throws {
        // "rectification" occurs once and "inspection" four times: the rarer term wins.
        XCTAssertEqual(try ids(.eliteSet([.term("inspection"), .term("rectification")], size: 1)), [4])
        XCTAssertEqual(try ids(.eliteSet([.term("inspection"), .term("rectification")], size: 2)), [1, 2, 3, 4, 5])
    }

    func testPhraseAndNearUsePositions() throws {
        XCTAssertEqual(try ids(.phrase([.term("inspection"), .term("report")])), [1])
        XCTAssertEqual(try ids(.phrase([.term("report"), .term("inspection")])), [])
        XCTAssertEqual(try ids(.phrase([.term("report"), .term("inspection")], window: 4)), [3])
        XCTAssertEqual(try ids(.near([.term("report"), .term("inspection")], window: 4)), [1, 3])
    }

    func testPhraseNeedsPositions() throws {
        let path = directory.path("positionless")
        let writer = try WritableDatabase(path: path)
        let withPositions = Document()
        try withPositions.addPosting("inspection", position: 1)
        try withPositions.addPosting("report", position: 2)
        let withoutPositions = Document()
        try withoutPositions.addTerm("inspection")
        try withoutPositions.addTerm("report")
        try writer.add(withPositions)
        try writer.add(withoutPositions)
        try writer.commit()

        let phrase = Query.phrase([.term("inspection"), .term("report")])
        XCTAssertEqual(try matchingIDs(phrase, in: writer), [1])
        XCTAssertEqual(Set(try matchingIDs(.and([.term("inspection"), .term("report")]), in: writer)), [1, 2])
    }

    func testValueRanges() throws {
        XCTAssertEqual(try ids(.valueRange(slot: Slot.date, from: "20240201", to: "20240430")), [2, 3, 4])
        XCTAssertEqual(try ids(.valueGreaterOrEqual(slot: Slot.date, "20240401")), [4, 5])
        XCTAssertEqual(try ids(.valueLessOrEqual(slot: Slot.date, "20240210")), [1, 2])
        XCTAssertEqual(try ids(.valueRange(slot: Slot.date, from: "2025", to: "2026")), [])
        XCTAssertEqual(try ids(.filter(.term("report"), .valueGreaterOrEqual(slot: Slot.date, "20240301"))), [3, 4])
    }

    func testWildcardExpandsPrefixes() throws {
        XCTAssertEqual(try ids(.wildcard("re")), [1, 3, 4])  // report, rectification
        XCTAssertEqual(try ids(.wildcard("zzz")), [])
        assertThrowsXapianError(try self.ids(.wildcard("re", maxExpansion: 1))) { $0.type == "WildcardError" }
    }

    func testBM25RanksFrequentTermsHigher() throws {
        let enquire = Enquire(database: database)
        try enquire.setQuery(.term("discipline"))
        let matches = try enquire.matches(maxItems: 10)
        XCTAssertEqual(matches.count, 3)
        XCTAssertEqual(matches.first?.documentID, 2, "three occurrences beat one")
        XCTAssertEqual(matches.first?.percent, 100)
        XCTAssertEqual(matches.map(\.rank), [0, 1, 2])
        XCTAssertTrue(zip(matches, matches.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        XCTAssertEqual(matches.estimatedMatches, 3)
        XCTAssertEqual(matches.lowerBound, 3)
        XCTAssertEqual(matches.upperBound, 3)
    }

    func testShorterDocumentsWinWithLengthNormalisation() throws {
        // "report" occurs once in n1 (4 terms), n3 (5 terms) and n4 (2 terms).
        XCTAssertEqual(try matchingIDs(.term("report"), in: database), [4, 1, 3])
        // Without normalisation (b = 0) lengths do not matter: ties fall back to ascending ids.
        let unnormalised = try matchingIDs(.term("report"), in: database) {
            try $0.setWeighting(.bm25(b: 0))
        }
        XCTAssertEqual(unnormalised, [1, 3, 4])
    }

    func testScaledQueriesScaleWeights() throws {
        let enquire = Enquire(database: database)
        try enquire.setQuery(.term("discipline"))
        let weight = try XCTUnwrap(enquire.matches(maxItems: 1).first).weight
        try enquire.setQuery(.scaled(.term("discipline"), by: 2.5))
        let scaled = try XCTUnwrap(enquire.matches(maxItems: 1).first).weight
        XCTAssertEqual(scaled, weight * 2.5, accuracy: 1e-9)
    }

    func testBooleanWeightingAndDocumentIDOrder() throws {
        let descending = try matchingIDs(.term("inspection"), in: database) {
            try $0.setWeighting(.boolean)
            try $0.setDocumentIDOrder(.descending)
        }
        XCTAssertEqual(descending, [5, 3, 2, 1])
        let enquire = Enquire(database: database)
        try enquire.setQuery(.term("inspection"))
        try enquire.setWeighting(.boolean)
        XCTAssertTrue(try enquire.matches(maxItems: 10).allSatisfy { $0.weight == 0 })
    }

    func testSortByValue() throws {
        let newestFirst = try matchingIDs(.matchAll, in: database) {
            try $0.setSort(.value(Slot.date, reverse: true))
        }
        XCTAssertEqual(newestFirst, [5, 4, 3, 2, 1])
        let byGroupThenRelevance = try matchingIDs(.term("discipline"), in: database) {
            try $0.setSort(.valueThenRelevance(Slot.group, reverse: false))
        }
        XCTAssertEqual(byGroupThenRelevance, [2, 1, 5])
        let byRelevanceThenDate = try matchingIDs(.term("inspection"), in: database) {
            try $0.setSort(.relevanceThenValue(Slot.date, reverse: true))
            try $0.setWeighting(.boolean)
        }
        XCTAssertEqual(byRelevanceThenDate, [5, 3, 2, 1])
        let backToRelevance = try matchingIDs(.term("discipline"), in: database) {
            try $0.setSort(.value(Slot.date))
            try $0.setSort(.relevance)
        }
        XCTAssertEqual(backToRelevance.first, 2)
    }

    func testPaging() throws {
        let enquire = Enquire(database: database)
        try enquire.setQuery(.matchAll)
        try enquire.setSort(.value(Slot.date))
        let page = try enquire.matches(first: 2, maxItems: 2, checkAtLeast: 5)
        XCTAssertEqual(page.documentIDs, [3, 4])
        XCTAssertEqual(page.map(\.rank), [2, 3])
        XCTAssertEqual(page.estimatedMatches, 5)
        XCTAssertEqual(try page[1].document().data, "rectification report")
    }

    func testCollapseKeepsOneMatchPerValue() throws {
        let enquire = Enquire(database: database)
        try enquire.setQuery(.matchAll)
        try enquire.setCollapseKey(Slot.group)
        let collapsed = try enquire.matches(maxItems: 10)
        XCTAssertEqual(collapsed.count, 3)
        let groups = try collapsed.map { try $0.document().value(slot: Slot.group) }
        XCTAssertEqual(Set(groups), ["A", "B", "C"])
        XCTAssertEqual(collapsed.map(\.collapseCount).reduce(0, +), 2)

        try enquire.setCollapseKey(Slot.group, max: 2)
        XCTAssertEqual(try enquire.matches(maxItems: 10).count, 5)
        try enquire.setCollapseKey(Slot.group)
        try enquire.setCollapseKey(nil)
        XCTAssertEqual(try enquire.matches(maxItems: 10).count, 5)
    }

    func testMatchSetOutlivesItsEnquireAndDatabase() throws {
        func search(_ path: String) throws -> MatchSet {
            let enquire = Enquire(database: try Database(path: path))
            try enquire.setQuery(.term("rectification"))
            return try enquire.matches(maxItems: 10)
        }
        let matches = try search(directory.path("db"))
        XCTAssertEqual(try matches.first?.document().data, "rectification report")
    }

    func testDescriptionComesFromXapian() throws {
        XCTAssertEqual(Query.or([.term("a"), .term("b")]).description, "Query((a OR b))")
        XCTAssertEqual(Query.term("a", wqf: 2, position: 3).description, "Query(a#2@3)")
        XCTAssertEqual(Query.matchNothing.description, "Query()")
        XCTAssertEqual(try Query.and([.term("a"), .term("b", wqf: 3)]).length(), 4)
        XCTAssertTrue(try Query.matchNothing.isEmpty())
        XCTAssertFalse(try Query.matchAll.isEmpty())
    }

    func testDatabaseWithoutShardsCannotBeSearched() throws {
        let nothing = try Database(paths: [])
        XCTAssertEqual(try nothing.documentCount, 0)
        // Xapian refuses an Enquire over it; the refusal comes with the first use.
        let enquire = Enquire(database: nothing)
        assertThrowsXapianError(try enquire.setQuery(.matchAll)) { $0.type == "InvalidArgumentError" }
        assertThrowsXapianError(try enquire.matches(maxItems: 10)) { $0.type == "InvalidArgumentError" }
    }
}
