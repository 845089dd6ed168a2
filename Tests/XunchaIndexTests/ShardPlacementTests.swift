import Foundation
import SwiftXapian
import XCTest
@testable import XunchaIndex

/// A file's paragraphs are dealt over every shard, so that one very large file is written on every core; the
/// index still answers exactly as one of a single shard does, and a file is removed or replaced whole from
/// every shard it is in.
final class ShardPlacementTests: XCTestCase {
    private func makeIndexer(_ name: String, shards: Int = Shards.count) -> (Indexer, IndexDirectory) {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder(name).appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        indexer.shardCount = shards
        return (indexer, directory)
    }

    /// What each shard of the live generation holds of `source`.
    private func paragraphsByShard(of source: String, in directory: IndexDirectory) throws -> [Int] {
        try Shards.openEach(try directory.livePath()).map { try $0.termFrequency(StoredTerms.file(source)) }
    }

    /// Everything a search shows of `query`, with its count and facets. Scores are rounded to 10 digits: Xapian
    /// adds up a paragraph's weights in an order that depends on its shard, which moves the last bit.
    private func answers(_ index: NoticeIndex, _ query: String, filters: SearchFilters = SearchFilters()) throws -> [String] {
        let request = SearchRequest(query: query, limit: 400, filters: filters)
        let result = try index.search(request)
        let facets = try index.facets(for: request)
        return result.hits.map { "\($0.rank) \($0.record.location) \(String(format: "%.10g", $0.score)) \($0.duplicates) \($0.notice?.key ?? "")" }
            + ["count \(result.count)", "facets \(facets)"]
    }

    func testPlacesAreDealtOverTheShardsInTurnAfterEveryPlaceUsed() {
        var places = ParagraphPlaces(freeIDs: [1, 1])
        XCTAssertEqual(places.take(3), [.init(shard: 0, id: 1), .init(shard: 1, id: 1), .init(shard: 0, id: 2)])
        XCTAssertEqual(places.take(2), [.init(shard: 1, id: 2), .init(shard: 0, id: 3)])
        // Shard 0 holds up to id 4 (number 7 of the two searched as one): the next file starts at number 8.
        var uneven = ParagraphPlaces(freeIDs: [5, 2])
        XCTAssertEqual(uneven.take(2), [.init(shard: 1, id: 4), .init(shard: 0, id: 5)])
        var one = ParagraphPlaces(freeIDs: [7])
        XCTAssertEqual(one.take(2), [.init(shard: 0, id: 7), .init(shard: 0, id: 8)])
    }

    func testTwoShardsAnswerExactlyAsOne() throws {
        let corpus = SampleCorpus.smallCopy("placement")
        let (spread, spreadDirectory) = makeIndexer("placement-two")
        let (single, singleDirectory) = makeIndexer("placement-one", shards: 1)
        // One file read whole, the others in pieces.
        spread.sizeLimits.textInPiecesAbove = 20_000
        single.sizeLimits.textInPiecesAbove = 20_000
        let built = try spread.run(corpus: corpus.path, rebuild: false)
        XCTAssertEqual(try single.run(corpus: corpus.path, rebuild: false).paragraphs, built.paragraphs)

        for source in SampleCorpus.smallFiles {
            let held = try paragraphsByShard(of: source, in: spreadDirectory)
            XCTAssertTrue(held.allSatisfy { $0 > 0 }, "\(source): \(held)")
            XCTAssertLessThanOrEqual(abs(held[0] - held[1]), 1, "\(source): \(held)")
        }
        let two = try NoticeIndex(directory: spreadDirectory, analyzer: SampleCorpus.analyzer)
        let one = try NoticeIndex(directory: singleDirectory, analyzer: SampleCorpus.analyzer)
        for query in ["三重一大", "公务用车 集体决策", "领导班子研究问题时一把手先定调", "\"整改\"", "\"三重一大\" 集体决策",
                      "\"的\" -\"问题\"", "吃喝风", "整改 OR 落实"] {
            XCTAssertEqual(try answers(two, query), try answers(one, query), query)
        }
        XCTAssertEqual(try answers(two, "整改", filters: SearchFilters(role: .measure)),
                       try answers(one, "整改", filters: SearchFilters(role: .measure)))
        XCTAssertEqual(try two.notices().map(\.key), try one.notices().map(\.key))
        let location = try XCTUnwrap(two.search(SearchRequest(query: "\"三重一大\"", limit: 1)).hits.first).record
        XCTAssertEqual(try two.paragraph(location.id).text, try one.paragraph(location.id).text)
        XCTAssertEqual(try two.paragraph(location.location.description).location, location.location)
        XCTAssertTrue(try IndexCheck.run(spreadDirectory, analyzer: SampleCorpus.analyzer).isSound)
    }

    func testAFileInEveryShardIsReplacedAndRemovedFromEveryShard() throws {
        let corpus = SampleCorpus.smallCopy("placement-update")
        let (indexer, directory) = makeIndexer("placement-update")
        indexer.sizeLimits.textInPiecesAbove = 20_000
        _ = try indexer.run(corpus: corpus.path, rebuild: false)
        let source = SampleCorpus.smallFiles[0]
        let file = corpus.appendingPathComponent(source)
        let before = try paragraphsByShard(of: source, in: directory)
        XCTAssertTrue(before.allSatisfy { $0 > 0 }, "\(before)")

        // Changed: its first half only, read whole now; what it held before is gone from both shards.
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        try Data(lines.prefix(lines.count / 2).joined(separator: "\n").utf8).write(to: file)
        XCTAssertEqual(try indexer.run(corpus: nil, rebuild: false).updated, 1)
        let replaced = try paragraphsByShard(of: source, in: directory)
        XCTAssertLessThan(replaced.reduce(0, +), before.reduce(0, +))
        XCTAssertTrue(replaced.allSatisfy { $0 > 0 }, "\(replaced)")
        let report = try IndexCheck.run(directory, analyzer: SampleCorpus.analyzer)
        XCTAssertTrue(report.isSound, "\(report.problems)")
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(Set(try index.locations("\"整改\"")), SampleCorpus.grep("整改", in: corpus))

        // Removed: nothing of it is left in any shard, and the index answers as a clean build of the rest.
        try FileManager.default.removeItem(at: file)
        XCTAssertEqual(try indexer.run(corpus: nil, rebuild: false).removed, 1)
        XCTAssertEqual(try paragraphsByShard(of: source, in: directory), [0, 0])
        XCTAssertTrue(try IndexCheck.run(directory, analyzer: SampleCorpus.analyzer).isSound)
        let (clean, cleanDirectory) = makeIndexer("placement-clean")
        _ = try clean.run(corpus: corpus.path, rebuild: false)
        try index.database.reopen()
        let rest = try NoticeIndex(directory: cleanDirectory, analyzer: SampleCorpus.analyzer)
        for query in ["\"整改\"", "三重一大", "公务用车 集体决策"] {
            XCTAssertEqual(try answers(index, query), try answers(rest, query), query)
        }
    }

    func testTheCheckFindsAParagraphMissingFromOneShardOfAFile() throws {
        let corpus = SampleCorpus.smallCopy("placement-check")
        let (indexer, directory) = makeIndexer("placement-check")
        _ = try indexer.run(corpus: corpus.path, rebuild: false)
        let shard = try WritableDatabase(path: try directory.livePath() + "/shard-1", mode: .open)
        let first = try XCTUnwrap(try shard.postings(for: StoredTerms.file(SampleCorpus.smallFiles[0])).first)
        try shard.delete(id: first)
        try shard.close()
        let report = try IndexCheck.run(directory, analyzer: SampleCorpus.analyzer)
        XCTAssertTrue(report.problems.contains { $0.contains("shard-1 holds") && $0.contains(SampleCorpus.smallFiles[0]) },
                      "\(report.problems)")
    }
}
