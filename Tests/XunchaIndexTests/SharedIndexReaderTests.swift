import Foundation
import XCTest
@testable import XunchaIndex

/// Many searchers share one index while it is written: each answer is the one a lone reader gives at the
/// commit the searcher saw.
final class SharedIndexReaderTests: XCTestCase {
    static let queries = ["\"三重一大\"", "三重一大 集体决策", "公务用车", "领导班子研究问题时一把手先定调",
                          "\"小金库\" OR \"公务用车\"", "三重一大 NOT 学校"]

    /// What a reader answers to a query, in a form to compare: every hit with its score, and the count.
    static func answer(_ query: String, from index: NoticeIndex) throws -> [String] {
        let result = try index.search(SearchRequest(query: query, limit: 30))
        return result.hits.map { "\($0.record.location) \($0.score) \($0.rank) \($0.duplicates) \($0.notice?.key ?? "-")" }
            + ["count \(result.count.lowerBound)-\(result.count.upperBound)", "notices \(try index.notices().count)"]
    }

    func testConcurrentSearchersSeeWhatALoneReaderSeesAtTheirCommit() throws {
        let corpus = SampleCorpus.copy("shared")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        _ = try indexer.run(corpus: corpus.path, rebuild: false)
        let shared = try SharedIndexReader(directory: directory, analyzer: SampleCorpus.analyzer, poolSize: 4)

        let references = Locked<[IndexCommit: [String: [String]]]>([:])
        var lastCommit: IndexCommit?
        func recordReference() throws {
            let lone = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
            let answers = try Dictionary(uniqueKeysWithValues: Self.queries.map { ($0, try Self.answer($0, from: lone)) })
            references.update { $0[lone.commit!] = answers }
            lastCommit = lone.commit
        }
        try recordReference()

        let writing = Locked(true)
        let seen = Locked<[(commit: IndexCommit, query: String, answer: [String])]>([])
        let failures = Locked<[String]>([])
        let searchers = DispatchGroup()
        for searcher in 0..<8 {
            searchers.enter()
            Thread {
                defer { searchers.leave() }
                var mine: [(commit: IndexCommit, query: String, answer: [String])] = []
                var round = searcher
                // Each searcher goes on until the writer is done, then once more through the queries.
                var roundsAfterWriting = 0
                while roundsAfterWriting < Self.queries.count {
                    if !writing.value { roundsAfterWriting += 1 }
                    let query = Self.queries[round % Self.queries.count]
                    round += 1
                    do {
                        let (commit, answer) = try shared.read { index in (index.commit!, try Self.answer(query, from: index)) }
                        mine.append((commit, query, answer))
                    } catch {
                        failures.update { $0.append("searcher \(searcher), \(query): \(error)") }
                        return
                    }
                }
                seen.update { $0.append(contentsOf: mine) }
            }.start()
        }

        // Commits of every kind while they search: files added, changed and removed in place, and a rebuild
        // that swaps in a new generation.
        let extra = corpus.appendingPathComponent("extra.txt")
        let steps: [() throws -> Void] = [
            { try "中共某局党组关于巡察整改情况的通报\n针对“三重一大”事项集体决策执行不严的问题\n公务用车管理不规范\n"
                .write(to: extra, atomically: true, encoding: .utf8) },
            { try "中共某局党组关于巡察整改情况的通报\n针对“三重一大”事项集体决策执行不严的问题\n清理小金库\n"
                .write(to: extra, atomically: true, encoding: .utf8) },
            // The large file goes before the rebuild, which then takes seconds rather than most of a minute.
            { try FileManager.default.removeItem(at: corpus.appendingPathComponent("002_31241be4ef401e8a.txt")) },
        ]
        for step in steps {
            try step()
            _ = try indexer.run(corpus: nil, rebuild: false)
            try recordReference()
        }
        _ = try indexer.run(corpus: nil, rebuild: true)
        try recordReference()
        try FileManager.default.removeItem(at: extra)
        _ = try indexer.run(corpus: nil, rebuild: false)
        try recordReference()
        writing.update { $0 = false }
        searchers.wait()

        XCTAssertEqual(failures.value, [])
        let answers = seen.value
        let commits = Set(answers.map(\.commit))
        XCTAssertGreaterThanOrEqual(commits.count, 3, "the searchers saw the index change under them")
        XCTAssertEqual(Set(references.value.keys).count, 6)
        for (commit, query, answer) in answers {
            guard let reference = references.value[commit] else {
                XCTFail("\(query) was answered at \(commit), which is not a commit the indexer finished"); continue
            }
            XCTAssertEqual(answer, reference[query], "\(query) at \(commit)")
        }
        XCTAssertLessThanOrEqual(shared.counts.idle, 4)
        XCTAssertEqual(shared.counts.lent, 0)
        XCTAssertEqual(try shared.commit, lastCommit)
    }

    func testReadersOfAnOldCommitAreDroppedOnceTheyFinish() throws {
        let corpus = SampleCorpus.smallCopy("shared-drop")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        _ = try indexer.run(corpus: corpus.path, rebuild: false)
        let shared = try SharedIndexReader(directory: directory, analyzer: SampleCorpus.analyzer, poolSize: 2)
        let before = try shared.commit!

        // A commit lands while a query runs: that query finishes on its own commit, the next one sees the new.
        let during = try shared.read { index -> IndexCommit in
            try "中共某局党组关于巡察整改情况的通报\n清理小金库\n".write(to: corpus.appendingPathComponent("extra.txt"),
                                                        atomically: true, encoding: .utf8)
            _ = try indexer.run(corpus: nil, rebuild: false)
            XCTAssertEqual(try index.locations("\"清理小金库\""), [])
            return index.commit!
        }
        XCTAssertEqual(during, before)
        let after = try shared.read { index in (index.commit!, try index.locations("\"清理小金库\"")) }
        XCTAssertEqual(after.0.generation, before.generation)
        XCTAssertGreaterThan(after.0.revision, before.revision)
        XCTAssertEqual(after.1, ["extra.txt:2"])
        XCTAssertEqual(shared.counts.idle, 1, "the reader of the old commit was not kept")
    }

    func testAMissingIndexFailsAtOnce() {
        let folder = SampleCorpus.temporaryFolder("shared-missing").appendingPathComponent("index")
        XCTAssertThrowsError(try SharedIndexReader(directory: IndexDirectory(path: folder.path), analyzer: SampleCorpus.analyzer)) {
            guard case IndexError.missingIndex = $0 else { return XCTFail("\($0)") }
        }
    }
}

/// A value several threads read and change under a lock.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
