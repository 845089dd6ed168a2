import Foundation
import SwiftXapian
import XCTest

final class ErrorTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
    }

    override func tearDown() {
        directory = nil
    }

    func testErrorDescriptionAndKinds() {
        let error = XapianError(type: "DatabaseNotFoundError", message: "No such database")
        XCTAssertEqual(error.description, "DatabaseNotFoundError: No such database")
        XCTAssertTrue(error.isDatabaseNotFound)
        XCTAssertTrue(error.isKind(of: "DatabaseOpeningError"))
        XCTAssertTrue(error.isKind(of: "DatabaseError"))
        XCTAssertTrue(error.isKind(of: "Error"))
        XCTAssertFalse(error.isKind(of: "LogicError"))
        XCTAssertFalse(error.isDatabaseCorrupt)
        XCTAssertTrue(XapianError(type: "DatabaseVersionError", message: "").isDatabaseCorrupt)
        XCTAssertTrue(XapianError(type: "DatabaseCorruptError", message: "").isDatabaseCorrupt)
        XCTAssertEqual(XapianError(type: "UnknownError", message: "").description, "UnknownError")
    }

    func testOpeningAMissingDatabase() {
        let missing = directory.path("missing")
        let error = assertThrowsXapianError(try Database(path: missing)) { $0.type == "DatabaseNotFoundError" }
        XCTAssertEqual(error?.isDatabaseNotFound, true)
        assertThrowsXapianError(try Database(paths: [missing])) { $0.isDatabaseNotFound }
        assertThrowsXapianError(try WritableDatabase(path: missing, mode: .open)) { $0.isKind(of: "DatabaseOpeningError") }
    }

    func testSecondWriterIsLockedOut() throws {
        let path = directory.path("db")
        let first = try WritableDatabase(path: path)
        assertThrowsXapianError(try WritableDatabase(path: path)) { $0.type == "DatabaseLockError" && $0.isDatabaseLocked }
        try first.close()
        XCTAssertNoThrow(try WritableDatabase(path: path))
    }

    func testCreatingOverAnExistingDatabase() throws {
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        assertThrowsXapianError(try WritableDatabase(path: path, mode: .create)) { $0.isKind(of: "DatabaseError") }
    }

    func testJunkDirectoryIsNotADatabase() throws {
        let path = directory.path("junk")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for name in ["iamglass", "postlist.glass", "record.DB"] {
            try Data("not a database".utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
        }
        assertThrowsXapianError(try Database(path: path)) { $0.isKind(of: "DatabaseOpeningError") || $0.isDatabaseCorrupt }
    }

    func testJunkFileIsNotADatabase() throws {
        let path = directory.path("junk-file")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: path))
        assertThrowsXapianError(try Database(path: path)) { $0.isKind(of: "DatabaseOpeningError") || $0.isDatabaseCorrupt }
    }

    func testMissingAndInvalidDocumentIDs() throws {
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        let database = try Database(path: path)
        assertThrowsXapianError(try database.document(0)) { $0.type == "InvalidArgumentError" }
        assertThrowsXapianError(try database.document(99)) { $0.type == "DocNotFoundError" && $0.isDocumentNotFound }
        assertThrowsXapianError(try database.documentLength(99)) { $0.isDocumentNotFound }
    }

    func testBadQueriesAreRejected() throws {
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        let enquire = Enquire(database: try Database(path: path))
        let negative = Query.scaled(.term("report"), by: -1)
        assertThrowsXapianError(try enquire.setQuery(negative)) { $0.type == "InvalidArgumentError" }
        assertThrowsXapianError(try negative.xapianDescription()) { $0.type == "InvalidArgumentError" }
        XCTAssertTrue(negative.description.contains("InvalidArgumentError"))
        assertThrowsXapianError(try enquire.setQuery(.term("report", wqf: -1))) { $0.type == "InvalidArgumentError" }
        assertThrowsXapianError(try enquire.matches(maxItems: -1)) { $0.type == "InvalidArgumentError" }
    }

    func testBadDocumentEditsAreRejected() throws {
        let document = Document()
        assertThrowsXapianError(try document.removeTerm("absent")) { $0.type == "InvalidArgumentError" }
        assertThrowsXapianError(try document.addTerm("")) { $0.type == "InvalidArgumentError" }
        assertThrowsXapianError(try document.addTerm("term", wdfIncrement: -1)) { $0.type == "InvalidArgumentError" }
    }

    func testTransactionMisuse() throws {
        let writer = try WritableDatabase(path: directory.path("db"))
        assertThrowsXapianError(try writer.cancelTransaction()) { $0.type == "InvalidOperationError" }
        try writer.beginTransaction()
        assertThrowsXapianError(try writer.beginTransaction()) { $0.type == "InvalidOperationError" }
    }

    func testUsingAClosedDatabase() throws {
        let path = directory.path("db")
        try makeSampleDatabase(at: path)
        let database = try Database(path: path)
        let enquire = Enquire(database: database)
        try enquire.setQuery(.term("report"))
        try database.close()
        try database.close()  // closing twice is harmless

        // Statistics cached at opening, such as documentCount, stay readable.
        assertThrowsXapianError(try database.termFrequency("report")) { $0.type == "DatabaseClosedError" && $0.isDatabaseClosed }
        assertThrowsXapianError(try database.document(1)) { $0.isDatabaseClosed }
        assertThrowsXapianError(try database.metadata(forKey: "key")) { $0.isDatabaseClosed }
        assertThrowsXapianError(try database.reopen()) { $0.isDatabaseClosed }
        assertThrowsXapianError(try database.terms(withPrefix: "K")) { $0.isDatabaseClosed }
        assertThrowsXapianError(try enquire.matches(maxItems: 10)) { $0.isDatabaseClosed }
    }

    func testUsingAClosedWriter() throws {
        let writer = try WritableDatabase(path: directory.path("db"))
        try writer.add(SampleNotice.all[0].makeDocument())
        try writer.close()
        assertThrowsXapianError(try writer.add(Document())) { $0.isDatabaseClosed }
        assertThrowsXapianError(try writer.delete(id: 1)) { $0.isDatabaseClosed }
        assertThrowsXapianError(try writer.setMetadata("value", forKey: "key")) { $0.isDatabaseClosed }
        // close() committed the pending document.
        XCTAssertEqual(try Database(path: self.directory.path("db")).documentCount, 1)
    }

    func testReadingARevisionDiscardedByTheWriter() throws {
        let path = directory.path("db")
        let writer = try WritableDatabase(path: path, options: [.noSync])
        func rewriteEverything(_ version: String) throws {
            for number in 0..<2000 {
                let document = Document()
                try document.setData("\(version)-\(number)")
                try document.addTerm("shared\(number % 50)")
                try document.addTerm("own\(version)\(number)")
                try document.addBooleanTerm("Q\(number)")
                try writer.replace(document, uniqueTerm: "Q\(number)")
            }
            try writer.commit()
        }
        try rewriteEverything("a")
        let reader = try Database(path: path)
        // Glass keeps the reader's revision until two later commits.
        try rewriteEverything("b")
        try rewriteEverything("c")

        func readEverything() throws -> Int {
            try reader.terms().reduce(0) { $0 + (try reader.postings(for: $1).count) }
        }
        assertThrowsXapianError(try readEverything()) { $0.type == "DatabaseModifiedError" && $0.isDatabaseModified }
        try reader.reopen()
        XCTAssertEqual(try readEverything(), 3 * 2000)
    }

    func testErrorsAreSendableValues() async throws {
        let missing = directory.path("missing")
        let error: XapianError? = await Task.detached {
            do { _ = try Database(path: missing); return nil } catch { return error as? XapianError }
        }.value
        XCTAssertEqual(error?.type, "DatabaseNotFoundError")
    }
}
