import Foundation
import SwiftXapian
import XCTest

/// Revisions, Xapian's consistency check and the compactor, through the bridge.
final class MaintenanceTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
    }

    override func tearDown() {
        directory = nil
    }

    func testEachCommitAddsOneToTheRevision() throws {
        let path = directory.path("revisions")
        let database = try WritableDatabase(path: path, mode: .createOrOverwrite)
        let start = try database.revision
        try database.add(SampleNotice.all[0].makeDocument())
        try database.commit()
        XCTAssertEqual(try database.revision, start + 1)
        XCTAssertEqual(try Database(path: path).revision, start + 1)
        try database.close()
        let combined = try Database(paths: [path, path])
        assertThrowsXapianError(try combined.revision) { $0.isKind(of: "InvalidOperationError") }
    }

    func testASoundDatabasePassesTheCheck() throws {
        let path = directory.path("sound")
        try makeSampleDatabase(at: path)
        let report = try Database.check(path: path)
        XCTAssertEqual(report.errors, 0, report.details)
    }

    func testFlippedBytesAreFoundByTheCheck() throws {
        let path = directory.path("flipped")
        try makeSampleDatabase(at: path)
        let table = URL(fileURLWithPath: path).appendingPathComponent("postlist.glass")
        var bytes = try Data(contentsOf: table)
        for offset in stride(from: 40, to: min(bytes.count, 4000), by: 97) { bytes[offset] ^= 0x5A }
        try bytes.write(to: table)
        do {
            let report = try Database.check(path: path)
            XCTAssertGreaterThan(report.errors, 0, report.details)
        } catch let error as XapianError {
            XCTAssertTrue(error.isDatabaseCorrupt || error.isKind(of: "DatabaseError"), "\(error)")
        }
    }

    func testACheckOfNothingIsAnError() {
        assertThrowsXapianError(try Database.check(path: directory.path("none"))) { $0.isKind(of: "DatabaseError") }
    }

    func testACompactedCopyHasTheSameDocumentsUnderTheSameIDs() throws {
        let path = directory.path("loose"), compacted = directory.path("compacted")
        let database = try WritableDatabase(path: path, mode: .createOrOverwrite)
        for notice in SampleNotice.all { try database.add(notice.makeDocument()) }
        try database.delete(id: 2)
        try database.close()
        try Database(path: path).compact(to: compacted)
        let copy = try Database(path: compacted)
        XCTAssertEqual(try copy.documentCount, SampleNotice.all.count - 1)
        XCTAssertEqual(try copy.document(3).data, try Database(path: path).document(3).data)
        XCTAssertEqual(try Database.check(path: compacted).errors, 0)
    }
}
