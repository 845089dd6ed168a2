import Foundation
import XCTest
@testable import XunchaIndex

/// A search open while `xuncha index` commits keeps working and sees a committed state.
final class ConcurrentReadTests: XCTestCase {
    func testReaderSurvivesCommitsUnderneath() throws {
        let corpus = SampleCorpus.copy("concurrent")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        _ = try indexer.run(corpus: corpus.path, rebuild: false)
        let reader = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        let before = try reader.locations("\"三重一大\"")
        XCTAssertFalse(before.isEmpty)

        // Several commits, so the reader's revision is overwritten and Xapian reports it as modified.
        let extra = corpus.appendingPathComponent("extra.txt")
        for round in 0..<4 {
            try "中共某局党组关于巡察整改情况的通报\n针对“三重一大执行不严\(round)”问题\n".write(to: extra, atomically: true, encoding: .utf8)
            _ = try indexer.run(corpus: nil, rebuild: false)
        }
        let after = try reader.locations("\"三重一大\"")
        XCTAssertTrue(Set(before).isSubset(of: Set(after)))
        XCTAssertTrue(after.contains("extra.txt:2"), "the reader reopened onto the newest commit")
    }
}
