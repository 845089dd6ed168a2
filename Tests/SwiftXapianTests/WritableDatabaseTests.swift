import SwiftXapian
import XCTest

final class WritableDatabaseTests: XCTestCase {
    func testReplaceAndDeleteByUniqueTerm() throws {
        let directory = try TemporaryDirectory()
        let writer = try WritableDatabase(path: directory.path("db"))
        let original = try SampleNotice.all[0].makeDocument()
        let id = try writer.replace(original, uniqueTerm: "Qn1")
        XCTAssertEqual(id, 1)

        let revised = Document()
        try revised.setData("revised")
        try revised.addBooleanTerm("Qn1")
        XCTAssertEqual(try writer.replace(revised, uniqueTerm: "Qn1"), id, "same id on replace")
        XCTAssertEqual(try writer.documentCount, 1)
        XCTAssertEqual(try writer.document(id).data, "revised")

        try writer.delete(uniqueTerm: "Qn1")
        XCTAssertEqual(try writer.documentCount, 0)
        try writer.delete(uniqueTerm: "Qn1")  // deleting nothing is not an error
    }

    func testReplaceAndDeleteByID() throws {
        let directory = try TemporaryDirectory()
        let writer = try WritableDatabase(path: directory.path("db"))
        for notice in SampleNotice.all { try writer.add(notice.makeDocument()) }

        let replacement = Document()
        try replacement.setData("replacement")
        try writer.replace(replacement, id: 2)
        try writer.replace(replacement, id: 10)  // a new id is fine
        XCTAssertEqual(try writer.document(2).data, "replacement")
        XCTAssertEqual(try writer.lastDocumentID, 10)

        try writer.delete(id: 3)
        XCTAssertEqual(try writer.documentCount, 5)
        assertThrowsXapianError(try writer.document(3)) { $0.isDocumentNotFound }
        assertThrowsXapianError(try writer.delete(id: 3)) { $0.isDocumentNotFound }
    }

    func testMetadata() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        do {
            let writer = try WritableDatabase(path: path)
            try writer.setMetadata("2024-06-01", forKey: "corpus-date")
            try writer.setMetadata("巡视", forKey: "键")
            try writer.setMetadata("gone", forKey: "temporary")
            try writer.setMetadata("", forKey: "temporary")
            try writer.commit()
        }
        let reader = try Database(path: path)
        XCTAssertEqual(try reader.metadata(forKey: "corpus-date"), "2024-06-01")
        XCTAssertEqual(try reader.metadata(forKey: "键"), "巡视")
        XCTAssertEqual(try reader.metadata(forKey: "temporary"), "")
        XCTAssertEqual(try reader.metadata(forKey: "never-set"), "")
    }

    func testReaderSeesCommitsAfterReopen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        let writer = try WritableDatabase(path: path)
        try writer.add(SampleNotice.all[0].makeDocument())
        try writer.commit()

        let reader = try Database(path: path)
        XCTAssertEqual(try reader.documentCount, 1)
        try writer.add(SampleNotice.all[1].makeDocument())
        XCTAssertEqual(try reader.documentCount, 1, "uncommitted changes are invisible")
        try writer.commit()
        XCTAssertTrue(try reader.reopen())
        XCTAssertEqual(try reader.documentCount, 2)
        XCTAssertFalse(try reader.reopen(), "nothing new to see")
    }

    func testTransactionsCommitOrCancelTogether() throws {
        let directory = try TemporaryDirectory()
        let writer = try WritableDatabase(path: directory.path("db"))

        try writer.beginTransaction()
        try writer.add(SampleNotice.all[0].makeDocument())
        try writer.add(SampleNotice.all[1].makeDocument())
        try writer.cancelTransaction()
        XCTAssertEqual(try writer.documentCount, 0)

        try writer.beginTransaction(flushed: false)
        try writer.add(SampleNotice.all[2].makeDocument())
        try writer.commitTransaction()
        XCTAssertEqual(try writer.documentCount, 1)

        assertThrowsXapianError(try writer.commitTransaction()) { $0.type == "InvalidOperationError" }
    }

    func testChangesAreCommittedWhenTheWriterIsReleased() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        do {
            let writer = try WritableDatabase(path: path, options: [.noSync])
            try writer.add(SampleNotice.all[0].makeDocument())
        }
        XCTAssertEqual(try Database(path: path).documentCount, 1)
        // The lock went with the writer.
        XCTAssertNoThrow(try WritableDatabase(path: path, mode: .open))
    }

    func testCreateOrOverwriteStartsAfresh() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        let writer = try WritableDatabase(path: path, mode: .createOrOverwrite)
        XCTAssertEqual(try writer.documentCount, 0)
    }

    func testReadersCannotWriteByType() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        let reader = try Database(path: path)
        // `reader.add(document)` does not compile: writing needs a WritableDatabase,
        // which only WritableDatabase(path:) produces.
        XCTAssertNil(reader as? WritableDatabase)
        XCTAssertFalse(Database.self is WritableDatabase.Type)
    }
}
