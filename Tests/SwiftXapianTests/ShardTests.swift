import SwiftXapian
import XCTest

final class ShardTests: XCTestCase {
    private var directory: TemporaryDirectory!
    private var firstPath: String!
    private var secondPath: String!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
        firstPath = directory.path("first")
        secondPath = directory.path("second")
        try makeSampleDatabase(at: firstPath, notices: Array(SampleNotice.all[0..<2]))
        try makeSampleDatabase(at: secondPath, notices: Array(SampleNotice.all[2...]))
    }

    override func tearDown() {
        directory = nil
    }

    func testShardsAreSearchedAsOne() throws {
        let combined = try Database(paths: [firstPath, secondPath])
        XCTAssertEqual(try combined.documentCount, 5)
        XCTAssertEqual(try combined.lastDocumentID, 6)
        XCTAssertEqual(try combined.termFrequency("inspection"), 4)
        XCTAssertEqual(try combined.terms(withPrefix: "Q"), ["Qn1", "Qn2", "Qn3", "Qn4", "Qn5"])

        // Ids interleave: shard k's document n is (n - 1) * 2 + k, so the
        // first shard holds ids 1 and 3, the second ids 2, 4 and 6.
        XCTAssertEqual(try combined.document(1).data, "party inspection report discipline")
        XCTAssertEqual(try combined.document(2).data, "report of the inspection team")
        XCTAssertEqual(try combined.document(3).data, "inspection discipline discipline discipline")
        XCTAssertEqual(try combined.document(6).data, "discipline inspection commission")
        XCTAssertEqual(try combined.postings(for: "report"), [1, 2, 4])

        // Intersections page through ids in order, across shards.
        XCTAssertEqual(try combined.documents(indexedByAll: ["inspection", "discipline"], limit: 10), [1, 3, 6])
        XCTAssertEqual(try combined.documents(indexedByAll: ["discipline", "inspection"], limit: 2), [1, 3])
        XCTAssertEqual(try combined.documents(indexedByAll: ["inspection", "discipline"], from: 4, limit: 10), [6])
        XCTAssertEqual(try combined.documents(indexedByAll: ["inspection", "no-such-term"], limit: 10), [])
        XCTAssertEqual(try combined.documents(indexedByAll: [], limit: 10), [])

        let ranked = try matchingIDs(.term("discipline"), in: combined)
        XCTAssertEqual(ranked.first, 3, "the notice repeating the term leads across shards")
        XCTAssertEqual(Set(ranked), [1, 3, 6])
    }

    func testValuesOfManyDocumentsAreReadInTheOrderAskedAcrossShards() throws {
        let path = directory.path("values")
        do {
            let writer = try WritableDatabase(path: path)
            for value in ["b", "", "a\u{0}z", "c"] {
                let document = Document()
                try document.setValue(value, slot: 7)
                _ = try writer.add(document)
            }
            try writer.commit()
        }
        let combined = try Database(paths: [path, secondPath])
        // Ids 1, 3, 5, 7 are the first shard's; ids of the second hold nothing in slot 7, and id 99 is no document.
        let ids: [DocumentID] = [7, 1, 99, 5, 2, 3]
        XCTAssertEqual(try combined.values(slot: 7, of: ids), ["c", "b", "", "a\u{0}z", "", ""])
        XCTAssertEqual(try combined.values(slot: 7, of: ids), try ids.map { id in
            id > 7 ? "" : try combined.document(id).value(slot: 7)
        })
        XCTAssertEqual(try combined.values(slot: 7, of: []), [])
    }

    func testAddingADatabase() throws {
        let combined = try Database(path: firstPath)
        try combined.add(try Database(path: secondPath))
        XCTAssertEqual(try combined.documentCount, 5)
        XCTAssertEqual(Set(try matchingIDs(.term("Kbeijing"), in: combined)).count, 3)
    }
}
