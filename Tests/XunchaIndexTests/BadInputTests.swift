import Foundation
import XCTest
@testable import XunchaIndex

/// Bad files and bad index folders are named and skipped; nothing already indexed is lost.
final class BadInputTests: XCTestCase {
    func testBadFilesAreSkippedWithReasonsAndGoodOnesIndexed() throws {
        let corpus = SampleCorpus.copy("bad-files")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        let first = try indexer.run(corpus: corpus.path, rebuild: false)

        // "中共某县测试局党组关于巡察整改情况的通报\n针对“干部档案管理混乱”问题\n" in GB18030.
        let gbkData = Data([0xD6, 0xD0, 0xB9, 0xB2, 0xC4, 0xB3, 0xCF, 0xD8, 0xB2, 0xE2, 0xCA, 0xD4, 0xBE, 0xD6, 0xB5, 0xB3,
                            0xD7, 0xE9, 0xB9, 0xD8, 0xD3, 0xDA, 0xD1, 0xB2, 0xB2, 0xEC, 0xD5, 0xFB, 0xB8, 0xC4, 0xC7, 0xE9,
                            0xBF, 0xF6, 0xB5, 0xC4, 0xCD, 0xA8, 0xB1, 0xA8, 0x0A, 0xD5, 0xEB, 0xB6, 0xD4, 0xA1, 0xB0, 0xB8,
                            0xC9, 0xB2, 0xBF, 0xB5, 0xB5, 0xB0, 0xB8, 0xB9, 0xDC, 0xC0, 0xED, 0xBB, 0xEC, 0xC2, 0xD2, 0xA1,
                            0xB1, 0xCE, 0xCA, 0xCC, 0xE2, 0x0A])
        try gbkData.write(to: corpus.appendingPathComponent("gbk.txt"))
        try Data([0x00, 0x01, 0xFF, 0xFE, 0x00, 0x89, 0x50, 0x4E, 0x47]).write(to: corpus.appendingPathComponent("binary.txt"))
        try Data().write(to: corpus.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: corpus.appendingPathComponent("picture.png"))
        try Data("x".utf8).write(to: corpus.appendingPathComponent(".DS_Store"))

        let second = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(second.added, 2, "the GB18030 file and the empty file")
        XCTAssertEqual(second.failed.map(\.source), ["binary.txt"])
        XCTAssertFalse(second.failed[0].reason.isEmpty)
        XCTAssertEqual(second.skipped, 2, "picture.png and .DS_Store are not notices")
        XCTAssertEqual(second.paragraphs, first.paragraphs + 2)
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(try index.locations("\"干部档案管理混乱\""), ["gbk.txt:2"])

        // A file that was indexed and then becomes unreadable keeps its paragraphs.
        try Data([0x00, 0x00, 0xFF]).write(to: corpus.appendingPathComponent("gbk.txt"))
        let third = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(Set(third.failed.map(\.source)), ["binary.txt", "gbk.txt"])
        try index.database.reopen()
        XCTAssertEqual(try index.locations("\"干部档案管理混乱\""), ["gbk.txt:2"])
    }

    func testSecondWriterFailsAtOnce() throws {
        let corpus = SampleCorpus.copy("lock")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let held = try directory.lockForWriting()
        let started = Date()
        XCTAssertThrowsError(try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: corpus.path, rebuild: false)) { error in
            guard case IndexError.locked = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("another"))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        withExtendedLifetime(held) {}
    }

    func testForeignFolderIsNeitherReadNorDeleted() throws {
        let folder = SampleCorpus.temporaryFolder("foreign")
        let precious = folder.appendingPathComponent("notes.txt")
        try "keep me".write(to: precious, atomically: true, encoding: .utf8)
        let directory = IndexDirectory(path: folder.path)
        XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) { error in
            guard case IndexError.foreignIndex = error else { return XCTFail("\(error)") }
            XCTAssertFalse("\(error)".contains("--rebuild"), "no advice to overwrite it")
        }
        XCTAssertThrowsError(try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: SampleCorpus.corpus.path, rebuild: false))
        XCTAssertThrowsError(try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: SampleCorpus.corpus.path, rebuild: true))
        XCTAssertTrue(FileManager.default.fileExists(atPath: precious.path))
    }

    func testCorruptDatabaseSuggestsRebuild() throws {
        let corpus = SampleCorpus.copy("corrupt")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        _ = try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: corpus.path, rebuild: false)
        let generation = directory.url.appendingPathComponent(directory.currentGenerationName!)
        for shard in try FileManager.default.contentsOfDirectory(atPath: generation.path) where shard.hasPrefix("shard-") {
            let folder = generation.appendingPathComponent(shard)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                try Data(repeating: 0x42, count: 64).write(to: folder.appendingPathComponent(file))
            }
        }
        XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) { error in
            XCTAssertTrue(error is IndexError && "\(error)".contains(directory.path), "\(error)")
        }
        let rebuilt = try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: corpus.path, rebuild: true)
        XCTAssertEqual(rebuilt.added, 4)
        XCTAssertNoThrow(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer))
    }

    func testMissingIndex() {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder("none").appendingPathComponent("index").path)
        XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) { error in
            guard case IndexError.missingIndex = error else { return XCTFail("\(error)") }
        }
    }
}
