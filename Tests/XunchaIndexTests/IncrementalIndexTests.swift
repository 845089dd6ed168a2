import Foundation
import XCTest
@testable import XunchaIndex

/// `xuncha index` follows the corpus: adds, updates, removes, and leaves unchanged files unread.
final class IncrementalIndexTests: XCTestCase {
    private func makeIndexer(_ name: String) -> (Indexer, IndexDirectory) {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder(name).appendingPathComponent("index").path)
        return (Indexer(directory: directory, analyzer: SampleCorpus.analyzer), directory)
    }

    func testAddUpdateRemoveAndUnchanged() throws {
        let corpus = SampleCorpus.copy("incremental")
        let (indexer, directory) = makeIndexer("incremental")
        let first = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertEqual(first.added, 4)
        XCTAssertEqual(first.notices, 38)

        let again = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual([again.added, again.updated, again.removed, again.unchanged], [0, 0, 0, 4])
        XCTAssertEqual(again.bytesRead, 0, "unchanged files must not be read")
        XCTAssertEqual(again.paragraphs, first.paragraphs)

        let extra = corpus.appendingPathComponent("sub/new.txt")
        try FileManager.default.createDirectory(at: extra.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "中共某市测试局党组关于巡察整改进展情况的通报\n针对“公车私用屡禁不止”问题\n整改情况：一是制定《公务用车管理办法》。\n".write(to: extra, atomically: true, encoding: .utf8)
        let added = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual([added.added, added.unchanged], [1, 4])
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(try index.locations("\"公车私用屡禁不止\""), ["sub/new.txt:2"])

        try "中共某市测试局党组关于巡察整改进展情况的通报\n针对“办公用房超标准”问题\n".write(to: extra, atomically: true, encoding: .utf8)
        let updated = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual([updated.added, updated.updated, updated.unchanged], [0, 1, 4])
        try index.database.reopen()
        XCTAssertEqual(try index.locations("\"公车私用屡禁不止\""), [])
        XCTAssertEqual(try index.locations("\"办公用房超标准\""), ["sub/new.txt:2"])

        try FileManager.default.removeItem(at: extra)
        let removed = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual([removed.removed, removed.unchanged], [1, 4])
        XCTAssertEqual(removed.paragraphs, first.paragraphs)
    }

    func testIncrementalStateEqualsCleanBuild() throws {
        let corpus = SampleCorpus.copy("equal")
        let moved = corpus.deletingLastPathComponent().appendingPathComponent("later.txt")
        let file = corpus.appendingPathComponent("003_37d7a444f6573249.txt")
        try FileManager.default.moveItem(at: file, to: moved)
        let (incremental, incrementalDirectory) = makeIndexer("equal-incremental")
        _ = try incremental.run(corpus: corpus.path, rebuild: false)
        try FileManager.default.moveItem(at: moved, to: file)
        _ = try incremental.run(corpus: nil, rebuild: false)

        let (clean, cleanDirectory) = makeIndexer("equal-clean")
        _ = try clean.run(corpus: corpus.path, rebuild: false)
        let a = try NoticeIndex(directory: incrementalDirectory, analyzer: SampleCorpus.analyzer)
        let b = try NoticeIndex(directory: cleanDirectory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(a.paragraphCount, b.paragraphCount)
        // The same hits in the same order: paragraphs that score the same, and the copy that stands for identical
        // ones, are decided by the notices' dates and locations, not by the order the files were indexed in.
        for query in ["三重一大", "公务用车管理不规范", "\"整改\"", "县市监局", "整改情况", "巡察整改"] {
            XCTAssertEqual(try a.locations(query, limit: 1000), try b.locations(query, limit: 1000), query)
        }
    }

    func testTheCopyShownForIdenticalParagraphsDoesNotDependOnIndexingOrder() throws {
        let corpus = SampleCorpus.temporaryFolder("copies").appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let shared = "整改情况：制定《公务用车管理办法》，公车统一停放、统一调度。"
        func write(_ name: String, agency: String) throws {
            try "中共\(agency)党组关于巡察整改进展情况的通报\n针对“公车管理不规范”问题\n\(shared)\n"
                .write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // The file added later has the higher document ids. Incremental: the later name first, the earlier one
        // added afterwards; clean: both at once, in name order.
        let later = "b.txt"
        let earlier = "a.txt"
        try write(later, agency: "某市测试局")
        let (incremental, incrementalDirectory) = makeIndexer("copies-incremental")
        _ = try incremental.run(corpus: corpus.path, rebuild: false)
        try write(earlier, agency: "某县测试局")
        _ = try incremental.run(corpus: nil, rebuild: false)
        let (clean, cleanDirectory) = makeIndexer("copies-clean")
        _ = try clean.run(corpus: corpus.path, rebuild: false)

        let shown = try [incrementalDirectory, cleanDirectory].map { directory -> String in
            let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
            let hit = try XCTUnwrap(index.search(SearchRequest(query: "公车统一停放", limit: 5)).hits.first)
            XCTAssertEqual(hit.duplicates, 1)
            return hit.record.location.description
        }
        XCTAssertEqual(shown[0], shown[1])
        XCTAssertTrue(["\(earlier):3", "\(later):3"].contains(shown[0]))
    }

    func testRebuildSwapsInANewGeneration() throws {
        let corpus = SampleCorpus.copy("rebuild")
        let (indexer, directory) = makeIndexer("rebuild")
        let first = try indexer.run(corpus: corpus.path, rebuild: false)
        let before = directory.currentGenerationName
        let rebuilt = try indexer.run(corpus: nil, rebuild: true)
        XCTAssertTrue(rebuilt.rebuilt)
        // Why, in the library's words: no option of any front end ("rebuilt the index (it was asked for)").
        XCTAssertEqual(rebuilt.rebuildReason, "it was asked for")
        XCTAssertEqual(rebuilt.added, 4)
        XCTAssertEqual(rebuilt.paragraphs, first.paragraphs)
        XCTAssertNotEqual(directory.currentGenerationName, before)
        let generations = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter { $0.hasPrefix("db-") }
        XCTAssertEqual(generations, [directory.currentGenerationName!])
    }

    func testMissingCorpusKeepsTheIndex() throws {
        let corpus = SampleCorpus.copy("missing-corpus")
        let (indexer, directory) = makeIndexer("missing-corpus")
        let first = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertThrowsError(try indexer.run(corpus: "/nonexistent/corpus", rebuild: true)) { error in
            guard case IndexError.missingCorpus = error else { return XCTFail("\(error)") }
        }
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(index.paragraphCount, first.paragraphs)
    }
}
