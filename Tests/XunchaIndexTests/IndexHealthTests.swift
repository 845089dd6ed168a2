import Foundation
import SwiftXapian
import XCTest
@testable import XunchaIndex

/// A damaged index is an error that names it, never a partial answer; `xuncha index` rebuilds a generation
/// that fails the structural check, and `IndexCheck` finds what Xapian's own check finds.
final class IndexHealthTests: XCTestCase {
    private static let corpus = SampleCorpus.smallCopy("health")

    /// A fresh index of the small corpus, with paragraphs in both shards.
    private func makeIndex(_ name: String) throws -> (IndexDirectory, IndexSummary) {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder(name).appendingPathComponent("index").path)
        let summary = try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: Self.corpus.path, rebuild: false)
        return (directory, summary)
    }

    private func shardPath(_ directory: IndexDirectory, _ number: Int) -> String {
        directory.url.appendingPathComponent("current/shard-\(number)").path
    }

    private func open(_ directory: IndexDirectory) throws -> NoticeIndex {
        try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
    }

    private func reindex(_ directory: IndexDirectory) throws -> IndexSummary {
        try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: nil, rebuild: false)
    }

    func testBothShardsHoldParagraphs() throws {
        let (directory, _) = try makeIndex("both")
        for number in 0..<2 {
            XCTAssertGreaterThan(try Database(path: shardPath(directory, number)).documentCount, 0, "shard-\(number)")
        }
    }

    func testARemovedShardIsAnErrorAndTheNextRunRebuildsIt() throws {
        let (directory, built) = try makeIndex("shard-removed")
        try FileManager.default.removeItem(atPath: shardPath(directory, 1))
        XCTAssertThrowsError(try open(directory)) { error in
            guard case IndexError.damagedIndex = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains(directory.path) && "\(error)".contains("shard-1"), "\(error)")
        }
        let repaired = try reindex(directory)
        XCTAssertTrue(repaired.rebuilt)
        XCTAssertEqual(repaired.paragraphs, built.paragraphs)
        XCTAssertEqual(try open(directory).paragraphCount, built.paragraphs)
    }

    func testARemovedTableIsAnErrorAndTheNextRunRebuildsIt() throws {
        for table in ["docdata.glass", "termlist.glass", "postlist.glass"] {
            let (directory, built) = try makeIndex("table-removed")
            try FileManager.default.removeItem(atPath: shardPath(directory, 1) + "/" + table)
            XCTAssertThrowsError(try open(directory).search(SearchRequest(query: "\"整改\"", limit: 5)), table) { error in
                XCTAssertTrue("\(error)".contains(directory.path), "\(error)")
            }
            let repaired = try reindex(directory)
            XCTAssertTrue(repaired.rebuilt, table)
            XCTAssertEqual(try open(directory).paragraphCount, built.paragraphs, table)
        }
    }

    func testParagraphsMissingFromAShardAreAnError() throws {
        let (directory, built) = try makeIndex("count")
        // Shard 0 keeps the ledger: a paragraph deleted there, and committed, leaves its count short.
        let shard = try WritableDatabase(path: shardPath(directory, 0), mode: .open)
        try shard.delete(id: 1)
        try shard.close()
        XCTAssertThrowsError(try open(directory)) { error in
            guard case IndexError.damagedIndex = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("paragraphs"), "\(error)")
        }
        XCTAssertTrue(try reindex(directory).rebuilt)
        XCTAssertEqual(try open(directory).paragraphCount, built.paragraphs)
    }

    func testAShardAheadOfTheLedgerIsAnInterruptedRunThatTheNextRunRepairs() throws {
        let (directory, built) = try makeIndex("ahead")
        // What a run killed between the commits of shard 1 and shard 0 leaves.
        let shard = try WritableDatabase(path: shardPath(directory, 1), mode: .open)
        try shard.delete(id: 1)
        try shard.close()
        XCTAssertThrowsError(try open(directory)) { error in
            guard case IndexError.interruptedUpdate = error else { return XCTFail("\(error)") }
        }
        let repaired = try reindex(directory)
        XCTAssertTrue(repaired.rebuilt)
        XCTAssertEqual(try open(directory).paragraphCount, built.paragraphs)
    }

    func testReadersOpeningWhileARunCommitsAlwaysSeeACommittedIndex() throws {
        let corpus = SampleCorpus.smallCopy("moving")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        _ = try indexer.run(corpus: corpus.path, rebuild: false)
        let reads = ReadTally()
        let stop = DispatchSemaphore(value: 0)
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while stop.wait(timeout: .now()) == .timedOut {
                do {
                    _ = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer).search(SearchRequest(query: "\"整改\"", limit: 3))
                    reads.record(failure: nil)
                } catch {
                    reads.record(failure: "\(error)")
                }
            }
            stopped.signal()
        }
        let extra = corpus.appendingPathComponent("extra.txt")
        for round in 0..<6 {
            // Each round starts once a reader has opened the index since the last commit: the rounds wait on
            // reads, not on time, so readers and commits interleave however fast either is.
            XCTAssertTrue(reads.waitForRead(after: round, seconds: 60), "no read finished before round \(round)")
            // Files in both shards change each round, so both commit.
            for name in ["extra-\(round % 2).txt", "other-\(round % 3).txt"] {
                try "中共某局党组关于巡察整改情况的通报\n针对“整改不力\(round)”问题\n".write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            try "中共某局党组关于巡察整改情况的通报\n整改\(round)\n".write(to: extra, atomically: true, encoding: .utf8)
            _ = try indexer.run(corpus: nil, rebuild: false)
        }
        stop.signal()
        stopped.wait()
        XCTAssertEqual(reads.failures, [])
        XCTAssertGreaterThanOrEqual(reads.count, 6)
    }

    func testDamageMetWhileReadingNamesTheIndexAndTheCheck() throws {
        let (directory, _) = try makeIndex("read-damage")
        let table = URL(fileURLWithPath: shardPath(directory, 0) + "/docdata.glass")
        var bytes = try Data(contentsOf: table)
        // Every block but the first, where Xapian finds the table's root on opening.
        for offset in stride(from: 8192 + 32, to: bytes.count, by: 61) { bytes[offset] ^= 0xA5 }
        try bytes.write(to: table)
        XCTAssertThrowsError(try open(directory).search(SearchRequest(query: "整改", limit: 50))) { error in
            let message = "\(error)"
            guard case IndexError.unreadableIndex(let path, _) = error else { return XCTFail(message) }
            XCTAssertEqual(path, directory.path)
            XCTAssertTrue(message.contains(directory.path), message)
        }
    }

    func testDamagedWordListsAreAnErrorNotAMiss() throws {
        // Whether a word or a phrase's pairs are in the index is read from the posting lists: damage there
        // must be the one sentence, not a query that quietly drops its words and finds nothing. Shard 1's
        // table loses its second half (shard 0's also holds the metadata read on opening); bytes flipped at
        // random may send Xapian's own search of the table round in a loop.
        let (directory, _) = try makeIndex("postlist-damage")
        let table = shardPath(directory, 1) + "/postlist.glass"
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: table)[.size] as? Int)
        XCTAssertEqual(truncate(table, off_t(size / 8192 / 2 * 8192)), 0)
        let index = try open(directory)
        // A word in no paragraph, a word, a phrase.
        for query in ["量子纠缠", "公务用车", "\"三重一大\""] {
            XCTAssertThrowsError(try index.search(SearchRequest(query: query, limit: 10)), query) { error in
                guard case IndexError.unreadableIndex(let path, _) = error else { return XCTFail("\(query): \(error)") }
                XCTAssertEqual(path, directory.path)
            }
            XCTAssertThrowsError(try index.facets(for: SearchRequest(query: query, limit: 10)), query)
        }
    }

    func testTheCheckFindsWhatXapianFinds() throws {
        let (directory, built) = try makeIndex("check")
        let sound = try IndexCheck.run(directory, analyzer: SampleCorpus.analyzer)
        XCTAssertTrue(sound.isSound, "\(sound.problems)")
        XCTAssertEqual(sound.paragraphs, built.paragraphs)
        XCTAssertEqual(sound.shards.map(\.xapianErrors), [0, 0])

        let table = URL(fileURLWithPath: shardPath(directory, 1) + "/postlist.glass")
        var bytes = try Data(contentsOf: table)
        for offset in stride(from: 8192 + 100, to: min(bytes.count, 8192 * 3), by: 37) { bytes[offset] ^= 0x5A }
        try bytes.write(to: table)
        let flipped = try IndexCheck.run(directory, analyzer: SampleCorpus.analyzer)
        XCTAssertFalse(flipped.isSound)
        XCTAssertTrue(flipped.problems.contains { $0.contains("shard-1") }, "\(flipped.problems)")
    }

    func testTheCheckReadsEveryParagraph() throws {
        // Bytes a table's structure does not cover: Xapian's check passes them, reading the paragraph fails.
        let (directory, _) = try makeIndex("check-data")
        let shard = try WritableDatabase(path: shardPath(directory, 1), mode: .open)
        let document = try Database(path: shardPath(directory, 1)).document(1)
        try document.setData("\u{0}\u{0}\u{0}")
        try shard.replace(document, id: 1)
        try shard.commit()
        try shard.close()
        let report = try IndexCheck.run(directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(report.shards.map(\.xapianErrors), [0, 0])
        XCTAssertTrue(report.problems.contains { $0.contains("paragraphs of") && $0.contains("cannot be read") }, "\(report.problems)")
    }

    func testTheCheckComparesTheManifestWithTheShards() throws {
        let (directory, _) = try makeIndex("check-manifest")
        let shard = try WritableDatabase(path: shardPath(directory, 1), mode: .open)
        try shard.delete(id: 1)
        try shard.close()
        let report = try IndexCheck.run(directory, analyzer: SampleCorpus.analyzer)
        XCTAssertTrue(report.problems.contains { $0.contains("the manifest") }, "\(report.problems)")
    }
}

/// Reads finished by a background reader, counted under a lock so that the test can wait for the next one.
private final class ReadTally: @unchecked Sendable {
    private let condition = NSCondition()
    private var reads = 0
    private var failed: [String] = []

    func record(failure: String?) {
        condition.lock()
        reads += 1
        if let failure { failed.append(failure) }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until more than `count` reads have finished; false if none came in time.
    func waitForRead(after count: Int, seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while reads <= count {
            if !condition.wait(until: deadline) { return reads > count }
        }
        return true
    }

    var count: Int { condition.lock(); defer { condition.unlock() }; return reads }
    var failures: [String] { condition.lock(); defer { condition.unlock() }; return failed }
}
