import Foundation
import SwiftXapian
import XCTest

/// A directory removed at the end of the test that created it.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("SwiftXapianTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the directory, not created.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }
}

/// Slots used by the sample notices.
enum Slot {
    static let date: ValueSlot = 0
    static let group: ValueSlot = 1
}

/// A small corpus of notices, one document each, ids 1 to 5 in this order.
struct SampleNotice {
    let key: String
    let words: [String]
    let date: String
    let group: String
    let province: String

    static let all: [SampleNotice] = [
        SampleNotice(key: "n1", words: ["party", "inspection", "report", "discipline"],
                     date: "20240105", group: "A", province: "beijing"),
        SampleNotice(key: "n2", words: ["inspection", "discipline", "discipline", "discipline"],
                     date: "20240210", group: "A", province: "shanghai"),
        SampleNotice(key: "n3", words: ["report", "of", "the", "inspection", "team"],
                     date: "20240315", group: "B", province: "beijing"),
        SampleNotice(key: "n4", words: ["rectification", "report"],
                     date: "20240420", group: "B", province: "shanghai"),
        SampleNotice(key: "n5", words: ["discipline", "inspection", "commission"],
                     date: "20240525", group: "C", province: "beijing"),
    ]

    var uniqueTerm: String { "Q" + key }

    func makeDocument() throws -> Document {
        let document = Document()
        try document.setData(words.joined(separator: " "))
        for (offset, word) in words.enumerated() {
            try document.addPosting(word, position: offset + 1)
        }
        try document.setValue(date, slot: Slot.date)
        try document.setValue(group, slot: Slot.group)
        try document.addBooleanTerm("K" + province)
        try document.addBooleanTerm(uniqueTerm)
        return document
    }
}

/// Writes the sample notices to a new database at `path`.
func makeSampleDatabase(at path: String, notices: [SampleNotice] = SampleNotice.all) throws {
    let database = try WritableDatabase(path: path, mode: .createOrOverwrite)
    for notice in notices {
        try database.add(notice.makeDocument())
    }
    try database.close()
}

/// Runs `query` over `database` and returns the matching ids in rank order.
func matchingIDs(_ query: Query, in database: Database,
                 configure: (Enquire) throws -> Void = { _ in }) throws -> [DocumentID] {
    let enquire = Enquire(database: database)
    try enquire.setQuery(query)
    try configure(enquire)
    return try enquire.matches(maxItems: 100).documentIDs
}

/// Asserts that `body` throws a XapianError satisfying `check`, and returns it.
@discardableResult
func assertThrowsXapianError<T>(_ body: @autoclosure () throws -> T,
                                file: StaticString = #filePath, line: UInt = #line,
                                _ check: (XapianError) -> Bool) -> XapianError? {
    do {
        _ = try body()
        XCTFail("expected a XapianError", file: file, line: line)
    } catch let error as XapianError {
        XCTAssertTrue(check(error), "unexpected error: \(error)", file: file, line: line)
        XCTAssertFalse(error.message.isEmpty, "error without a message: \(error)", file: file, line: line)
        return error
    } catch {
        XCTFail("expected a XapianError, got \(error)", file: file, line: line)
    }
    return nil
}
