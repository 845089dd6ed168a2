import SwiftXapian
import XCTest
@testable import XunchaIndex

/// The library says what went wrong and with which values; how to put it right is each front end's to say,
/// so its sentences name no command and no option.
final class IndexErrorWordsTests: XCTestCase {
    static let everyError: [IndexError] = [
        .missingCorpus(path: "/c"), .badCorpus(path: "", reason: "no corpus folder given"),
        .badCorpus(path: "/c", reason: "it is empty"), .otherCorpus(index: "/i", indexed: "/a", given: "/b"),
        .wouldRemoveMost(index: "/i", removing: 3, of: 4, corpus: "/c"), .missingIndex(path: "/i"),
        .foreignIndex(path: "/i"), .notAFolder(path: "/i"), .systemFolder(path: "/etc"),
        .cannotCreateFolder(path: "/i", reason: "permission denied"), .damagedIndex(path: "/i", reason: "shard-1 is missing"),
        .strayCurrent(path: "/i"), .interruptedUpdate(path: "/i"), .failedCheck(path: "/i", problem: "a table is missing"),
        .diskFull(path: "/i", free: 10, needed: 100), .diskFull(path: "/i", free: 10, needed: nil),
        .noRoomToRebuild(path: "/i", free: 10, occupied: 100),
        .unreadableIndex(path: "/i", underlying: XapianError(type: "DatabaseCorruptError", message: "bad block")),
        .unreadableParagraph(path: "/i"), .staleIndex(path: "/i", reason: "with other analysis rules"),
        .locked(path: "/i"), .cannotLock(path: "/i/lock", reason: "Permission denied"), .cannotWrite(path: "/i", reason: "read-only file system"), .badQuery("empty"),
        .unknownParagraph("a.txt:1"), .xapian(XapianError(type: "InternalError", message: "x")),
    ]

    func testNoSentenceNamesACommandOrAnOption() {
        for error in Self.everyError {
            let sentence = error.description
            XCTAssertFalse(sentence.isEmpty)
            XCTAssertNil(sentence.range(of: #"xuncha (index|search|check|measures|plan|similar|notices|show|serve)\b|(^|[\s'(])--?[a-z]"#, options: .regularExpression),
                         "\(sentence)")
        }
    }

    func testTheValuesInvolvedAreNamed() {
        XCTAssertTrue(IndexError.otherCorpus(index: "/i", indexed: "/a", given: "/b").description.contains("/a"))
        XCTAssertTrue(IndexError.diskFull(path: "/i", free: 10, needed: 100).description.contains("'/i'"))
        XCTAssertTrue(IndexError.unreadableParagraph(path: "/i").description
            .contains("cannot be read (DatabaseCorruptError: a paragraph's stored data is unreadable)"))
    }
}
