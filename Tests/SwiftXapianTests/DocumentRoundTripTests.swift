import SwiftXapian
import XCTest

final class DocumentRoundTripTests: XCTestCase {
    func testNewDocumentHoldsWhatWasSet() throws {
        let document = Document()
        try document.setData("hello")
        try document.setValue("20240101", slot: 3)
        try document.addTerm("beta", wdfIncrement: 2)
        try document.addPosting("alpha", position: 1)
        try document.addBooleanTerm("Kfilter")

        XCTAssertEqual(document.id, 0)
        XCTAssertEqual(try document.data, "hello")
        XCTAssertEqual(try document.value(slot: 3), "20240101")
        XCTAssertEqual(try document.value(slot: 4), "")
        XCTAssertEqual(try document.terms(), ["Kfilter", "alpha", "beta"])

        try document.removeTerm("beta")
        XCTAssertEqual(try document.terms(), ["Kfilter", "alpha"])
        try document.removeAllTerms()
        XCTAssertEqual(try document.terms(), [])
    }

    func testBytesWithNULSurviveTheRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        let bytes: [UInt8] = [0, 1, 2, 0, 255, 0]
        let id: DocumentID
        do {
            let writer = try WritableDatabase(path: path)
            let document = Document()
            try document.setData(bytes)
            try document.setValue(bytes, slot: 0)
            try document.addTerm("a\u{0}b")
            id = try writer.add(document)
            try writer.commit()
        }

        let reader = try Database(path: path)
        let stored = try reader.document(id)
        XCTAssertEqual(try stored.dataBytes, bytes)
        XCTAssertEqual(try stored.valueBytes(slot: 0), bytes)
        XCTAssertEqual(try stored.terms(), ["a\u{0}b"])
        XCTAssertTrue(try reader.termExists("a\u{0}b"))
        XCTAssertFalse(try reader.termExists("a"))
    }

    func testSampleDatabaseReadsBack() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        try makeSampleDatabase(at: path)

        let database = try Database(path: path)
        XCTAssertEqual(try database.documentCount, 5)
        XCTAssertEqual(try database.lastDocumentID, 5)
        XCTAssertEqual(try database.averageLength, 18.0 / 5.0, accuracy: 1e-9)
        XCTAssertFalse(try database.uuid.isEmpty)

        let third = try database.document(3)
        XCTAssertEqual(third.id, 3)
        XCTAssertEqual(try third.data, "report of the inspection team")
        XCTAssertEqual(try third.value(slot: Slot.date), "20240315")
        XCTAssertEqual(try third.value(slot: Slot.group), "B")
        XCTAssertEqual(try third.terms(), ["Kbeijing", "Qn3", "inspection", "of", "report", "team", "the"])
        XCTAssertEqual(try database.documentLength(3), 5, "boolean terms add no length")
        XCTAssertEqual(try database.documentLength(2), 4, "wdf counts repetitions")

        XCTAssertEqual(try database.termFrequency("inspection"), 4)
        XCTAssertEqual(try database.termFrequency("absent"), 0)
        XCTAssertEqual(try database.postings(for: "report"), [1, 3, 4])
        XCTAssertEqual(try database.postings(for: "absent"), [])
        XCTAssertEqual(try database.terms(withPrefix: "K"), ["Kbeijing", "Kshanghai"])
        XCTAssertEqual(try database.terms(withPrefix: "Q"), ["Qn1", "Qn2", "Qn3", "Qn4", "Qn5"])
        XCTAssertEqual(try database.terms().count, 16)
    }

    func testDocumentOutlivesItsDatabaseInstance() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        try makeSampleDatabase(at: path)

        var database: Database? = try Database(path: path)
        let document = try XCTUnwrap(database).document(4)
        database = nil
        XCTAssertEqual(try document.data, "rectification report")
        XCTAssertEqual(try document.value(slot: Slot.group), "B")
    }
}
