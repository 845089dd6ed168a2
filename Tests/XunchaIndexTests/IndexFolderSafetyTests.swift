import Foundation
import XCTest
@testable import XunchaIndex

/// xuncha deletes only what it created, recognised by the marks it wrote, and uses no folder that holds
/// anything else.
final class IndexFolderSafetyTests: XCTestCase {
    private static let corpus = SampleCorpus.smallCopy("folder-safety")

    private func build(_ directory: IndexDirectory, rebuild: Bool = false) throws -> IndexSummary {
        try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: Self.corpus.path, rebuild: rebuild)
    }

    func testFilesNamedLikeGenerationsInAFolderOfOthersAreNeverTouched() throws {
        let folder = SampleCorpus.temporaryFolder("mydata")
        try "x\n".write(to: folder.appendingPathComponent("db-2023.sqlite"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("db-backup"), withIntermediateDirectories: true)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let directory = IndexDirectory(path: folder.path)

        XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) { error in
            guard case IndexError.foreignIndex = error else { return XCTFail("\(error)") }
            XCTAssertFalse("\(error)".contains("--rebuild"), "no advice to overwrite: \(error)")
        }
        for rebuild in [false, true] {
            XCTAssertThrowsError(try build(directory, rebuild: rebuild)) { error in
                guard case IndexError.foreignIndex = error else { return XCTFail("\(error)") }
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), before,
                       "nothing deleted, not even a lock file added")
    }

    func testAMarkBegunByAFirstRunIsFinishedNotTakenForSomeoneElsesFile() throws {
        // What a first run leaves when it stops (or what a second run sees while it writes) between creating its
        // mark and writing it: the lock and an empty or partial mark.
        for begun in ["", "This folder is an index"] {
            let folder = SampleCorpus.temporaryFolder("begun-mark")
            try Data().write(to: folder.appendingPathComponent("lock"))
            try Data(begun.utf8).write(to: folder.appendingPathComponent("xuncha-index"))
            let directory = IndexDirectory(path: folder.path)
            XCTAssertEqual(directory.state, .missing, begun)
            XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) { error in
                guard case IndexError.missingIndex = error else { return XCTFail("\(error)") }
            }
            XCTAssertEqual(try build(directory).added, 3, begun)
            XCTAssertTrue(directory.isMarked, begun)
            XCTAssertGreaterThan(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer).locations("三重一大").count, 0)
        }
        // A file of that name holding anything else is someone else's: the folder is still refused, untouched.
        let other = SampleCorpus.temporaryFolder("other-mark")
        try Data("my notes\n".utf8).write(to: other.appendingPathComponent("xuncha-index"))
        XCTAssertEqual(IndexDirectory(path: other.path).state, .foreign)
        XCTAssertThrowsError(try build(IndexDirectory(path: other.path)))
        XCTAssertEqual(try String(contentsOf: other.appendingPathComponent("xuncha-index"), encoding: .utf8), "my notes\n")
    }

    func testOnlyMarkedGenerationsAreRemoved() throws {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder("marked").appendingPathComponent("index").path)
        _ = try build(directory)
        let first = try XCTUnwrap(directory.currentGenerationName)
        // A folder and a file a user put into the index folder, named like generations.
        let userFolder = directory.url.appendingPathComponent("db-mine")
        try FileManager.default.createDirectory(at: userFolder, withIntermediateDirectories: true)
        try "keep".write(to: userFolder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "keep".write(to: directory.url.appendingPathComponent("db-1.txt"), atomically: true, encoding: .utf8)

        _ = try build(directory, rebuild: true)
        let second = try XCTUnwrap(directory.currentGenerationName)
        XCTAssertNotEqual(first, second)
        let entries = Set(try FileManager.default.contentsOfDirectory(atPath: directory.url.path))
        XCTAssertFalse(entries.contains(first), "the replaced generation is removed")
        XCTAssertTrue(entries.isSuperset(of: ["db-mine", "db-1.txt", second]), "\(entries)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: userFolder.appendingPathComponent("notes.txt").path))
        XCTAssertEqual(directory.generations.map(\.name), [second])
    }

    func testCurrentReplacedByAFolderIsRefusedAndNothingIsLeftBehind() throws {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder("current-folder").appendingPathComponent("index").path)
        _ = try build(directory)
        try FileManager.default.removeItem(at: directory.currentLink)
        try FileManager.default.createDirectory(at: directory.currentLink, withIntermediateDirectories: true)
        let before = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()

        XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) { error in
            guard case IndexError.strayCurrent = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try build(directory, rebuild: true)) { error in
            guard case IndexError.strayCurrent = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("move it"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted(), before)
        // Once it is moved away, as the message says, the next run builds the index.
        try FileManager.default.removeItem(at: directory.currentLink)
        XCTAssertEqual(try build(directory).added, 3)
        XCTAssertEqual(directory.generations.count, 1)
    }

    func testALiveGenerationThatVanishedIsRebuilt() throws {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder("vanished").appendingPathComponent("index").path)
        let first = try build(directory)
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent(directory.currentGenerationName!))
        XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) { error in
            guard case IndexError.damagedIndex = error else { return XCTFail("\(error)") }
        }
        let repaired = try build(directory)
        XCTAssertEqual(repaired.added, 3)
        XCTAssertEqual(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer).paragraphCount, first.paragraphs)
    }

    func testAnIndexFromBeforeTheMarksIsReadAndAdopted() throws {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder("earlier").appendingPathComponent("index").path)
        let first = try build(directory)
        let old = try XCTUnwrap(directory.currentGenerationName)
        try FileManager.default.removeItem(at: directory.markFile)
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent(old + "/" + Generation.markName))
        XCTAssertEqual(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer).paragraphCount, first.paragraphs)

        _ = try build(directory, rebuild: true)
        XCTAssertTrue(directory.isMarked)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(old).path),
                       "the adopted generation is replaced like any other")
    }

    func testSystemFoldersAreNeverAnIndex() throws {
        for path in ["/", "/etc", "/usr", "/proc", "/sys", "/dev", "/proc/self/idx", "/dev/shm/../idx", "/sys/x"] {
            XCTAssertEqual(IndexDirectory(path: path).state, .systemFolder, path)
        }
        XCTAssertThrowsError(try build(IndexDirectory(path: "/"))) { error in
            guard case IndexError.systemFolder = error else { return XCTFail("\(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/lock"))
    }

    func testAFileOrAPathThroughAFileIsOneSentence() throws {
        let folder = SampleCorpus.temporaryFolder("file")
        let file = folder.appendingPathComponent("README.md")
        try "hello".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try NoticeIndex(directory: IndexDirectory(path: file.path), analyzer: SampleCorpus.analyzer)) { error in
            guard case IndexError.notAFolder = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try build(IndexDirectory(path: file.path + "/x"))) { error in
            guard case IndexError.cannotCreateFolder = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("is a file"), "\(error)")
        }
    }
}
