import SwiftXapian
import XCTest

final class ExpansionTests: XCTestCase {
    private var directory: TemporaryDirectory!
    private var enquire: Enquire!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        enquire = Enquire(database: try Database(path: path))
        try enquire.setQuery(.term("inspection"))
    }

    override func tearDown() {
        enquire = nil
        directory = nil
    }

    func testRelevanceSetCollectsIDs() {
        var relevant = RelevanceSet([3, 1])
        relevant.insert(3)
        relevant.insert(5)
        XCTAssertEqual(relevant.documentIDs, [1, 3, 5])
        XCTAssertTrue(RelevanceSet().isEmpty)
    }

    func testExpansionSuggestsTermsOfRelevantDocuments() throws {
        let relevant = RelevanceSet([1, 3])
        let terms = try enquire.expandTerms(maxItems: 20, relevant: relevant)
        let names = terms.map(\.term)
        XCTAssertTrue(names.contains("report"), "\(names)")
        XCTAssertFalse(names.contains("inspection"), "query terms are left out")
        XCTAssertFalse(names.contains("rectification"), "only relevant documents contribute")
        XCTAssertTrue(zip(terms, terms.dropFirst()).allSatisfy { $0.weight >= $1.weight })

        let withQueryTerms = try enquire.expandTerms(maxItems: 20, relevant: relevant, includeQueryTerms: true)
        XCTAssertTrue(withQueryTerms.map(\.term).contains("inspection"))
        XCTAssertEqual(try enquire.expandTerms(maxItems: 2, relevant: relevant).count, 2)
    }

    func testExpansionFiltersByPrefix() throws {
        let relevant = RelevanceSet([1, 3, 5])
        let words = try enquire.expandTerms(maxItems: 50, relevant: relevant,
                                            filter: .excludingPrefixes(["K", "Q"]))
        XCTAssertFalse(words.isEmpty)
        XCTAssertTrue(words.allSatisfy { !$0.term.hasPrefix("K") && !$0.term.hasPrefix("Q") }, "\(words)")

        let provinces = try enquire.expandTerms(maxItems: 50, relevant: relevant, filter: .onlyPrefixes(["K"]))
        XCTAssertEqual(provinces.map(\.term), ["Kbeijing"])
    }

    func testRelevanceFeedbackChangesWeights() throws {
        let plain = try enquire.matches(maxItems: 10)
        let informed = try enquire.matches(maxItems: 10, relevant: RelevanceSet([2, 5]))
        XCTAssertEqual(Set(plain.documentIDs), Set(informed.documentIDs))
        XCTAssertNotEqual(plain.map(\.weight), informed.map(\.weight))
    }
}
