import Foundation
import XCTest
@testable import XunchaIndex

/// A new generation is compacted before it becomes current: smaller, the same answers, still sound, and still
/// updated in place afterwards.
final class CompactionTests: XCTestCase {
    func testACompactedIndexIsSmallerAndAnswersTheSame() throws {
        let corpus = SampleCorpus.smallCopy("compaction")
        func build(_ name: String, compacted: Bool) throws -> IndexDirectory {
            let directory = IndexDirectory(path: SampleCorpus.temporaryFolder(name).appendingPathComponent("index").path)
            if !compacted { setenv("XUNCHA_NO_COMPACTION", "1", 1) }
            defer { unsetenv("XUNCHA_NO_COMPACTION") }
            _ = try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: corpus.path, rebuild: false)
            return directory
        }
        let loose = try build("loose", compacted: false)
        let packed = try build("packed", compacted: true)
        let looseSize = try XCTUnwrap(loose.liveGenerationSize), packedSize = try XCTUnwrap(packed.liveGenerationSize)
        XCTAssertLessThan(packedSize, looseSize * 9 / 10, "compacted \(packedSize) bytes, as written \(looseSize)")
        XCTAssertTrue(try IndexCheck.run(packed, analyzer: SampleCorpus.analyzer).isSound)

        let a = try NoticeIndex(directory: loose, analyzer: SampleCorpus.analyzer)
        let b = try NoticeIndex(directory: packed, analyzer: SampleCorpus.analyzer)
        for query in ["三重一大", "\"整改\"", "公务用车管理不规范", "党费"] {
            XCTAssertEqual(try a.locations(query, limit: 1000), try b.locations(query, limit: 1000), query)
        }

        // Updated in place after compaction: the ledger follows the compacted shards' revisions.
        try "中共某局党组关于巡察整改情况的通报\n针对“公车私用”问题\n".write(to: corpus.appendingPathComponent("extra.txt"),
                                                            atomically: true, encoding: .utf8)
        let update = try Indexer(directory: packed, analyzer: SampleCorpus.analyzer).run(corpus: nil, rebuild: false)
        XCTAssertEqual(update.added, 1)
        XCTAssertFalse(update.rebuilt)
        XCTAssertTrue(try IndexCheck.run(packed, analyzer: SampleCorpus.analyzer).isSound)
        XCTAssertEqual(try NoticeIndex(directory: packed, analyzer: SampleCorpus.analyzer).locations("\"公车私用\""), ["extra.txt:2"])
    }
}
