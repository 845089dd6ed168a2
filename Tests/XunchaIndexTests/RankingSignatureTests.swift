import SwiftXapian
import XCTest
@testable import XunchaIndex

/// Ranking settings baked into the index when it is written are part of its analysis signature: changing one
/// rebuilds an index instead of leaving it scored by the old values. Settings read at query time need no rebuild.
final class RankingSignatureTests: XCTestCase {
    private let storedChanges: [(inout Ranking) -> Void] = [
        { $0.stored.b = 0.6 }, { $0.stored.k1 = 1.2 }, { $0.stored.pivotLength = 90 },
        { $0.stored.minimumNormalizedLength = 0.4 }, { $0.stored.scale = 16 },
    ]

    private let queryTimeChanges: [(inout Ranking) -> Void] = [
        { $0.eliteSetThreshold = 8 }, { $0.eliteSetSize = 4 }, { $0.contextWeight = 0.6 }, { $0.knownPartWeight = 0.4 },
        { $0.broaderWeight = 0.5 }, { $0.ownWordingShare = 0.3 }, { $0.commonWordBits = 8 }, { $0.rareWordBits = 15 }, { $0.commonWordWeight = 0.3 },
        { $0.rerankDepth = 30 }, { $0.preferenceBonus = 0.3 }, { $0.feedbackDocuments = 5 }, { $0.expansionTerms = 12 },
        { $0.feedbackWeight = 0.5 }, { $0.similarTerms = 20 }, { $0.precedentHits = 40 },
        { $0.precedentHitsPerResult = 4 }, { $0.measureForProblemWeight = 0.5 }, { $0.answerWeight = 0.4 },
        { $0.answerWindow = 10 }, { $0.answerMeasures = 4 }, { $0.answerWords = 10 },
    ]

    func testEveryStoredWeightIsInTheSignature() {
        XCTAssertEqual(Mirror(reflecting: Ranking.standard.stored).children.count, storedChanges.count,
                       "a new stored weight belongs in the signature and in this test")
        let standard = IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: .standard)
        for (number, change) in storedChanges.enumerated() {
            var ranking = Ranking.standard
            change(&ranking)
            XCTAssertNotEqual(IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: ranking), standard,
                              "stored change \(number)")
        }
    }

    func testSettingsReadAtQueryTimeNeedNoRebuild() {
        XCTAssertEqual(Mirror(reflecting: Ranking.standard).children.count, queryTimeChanges.count + 1,
                       "a new ranking setting belongs in this test (or, if it shapes stored data, in the signature)")
        let standard = IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: .standard)
        for (number, change) in queryTimeChanges.enumerated() {
            var ranking = Ranking.standard
            change(&ranking)
            XCTAssertNotEqual(ranking, .standard, "query-time change \(number) changes nothing")
            XCTAssertEqual(IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: ranking), standard,
                           "query-time change \(number)")
        }
    }

    /// The signature of today's weights, as indexes already on disk hold it: a change here rebuilds them all.
    func testTheStandardWeightsKeepTheirSignature() {
        XCTAssertEqual(Ranking.standard.stored.signature, "bm25 b=0.5 k1=1.0 pivot=84.0 min=0.5 scale=8.0")
    }

    /// The index ranks with the settings it was opened with, not with the standard ones.
    func testAnIndexRanksWithTheRankingItWasGiven() throws {
        let request = SearchRequest(query: "三重一大 集体决策", limit: 20)
        let standard = try SampleCorpus.index.search(request).hits
        let same = try NoticeIndex(directory: SampleCorpus.index.directory, analyzer: SampleCorpus.analyzer, ranking: .standard)
        XCTAssertEqual(try same.search(request).hits.map(\.score), standard.map(\.score))

        var ownWordsOnly = Ranking.standard
        ownWordsOnly.contextWeight = 0
        ownWordsOnly.broaderWeight = 0
        let other = try NoticeIndex(directory: SampleCorpus.index.directory, analyzer: SampleCorpus.analyzer,
                                    ranking: ownWordsOnly)
        XCTAssertNotEqual(try other.search(request).hits.map(\.score), standard.map(\.score))
    }

    func testAnIndexWrittenWithOtherStoredWeightsIsRebuilt() throws {
        let corpus = SampleCorpus.smallCopy("ranking-signature")
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        _ = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertFalse(try indexer.run(corpus: nil, rebuild: false).rebuilt, "the same weights update in place")

        // The index as an xuncha with another `b` would have written it.
        var older = Ranking.standard
        older.stored.b = 0.75
        guard case .present(let generation) = directory.state else { return XCTFail("no live generation") }
        let shard = try WritableDatabase(path: generation + "/shard-0", mode: .open)
        try shard.setMetadata(IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: older),
                              forKey: IndexSchema.MetadataKey.analysis)
        try shard.commit()
        try shard.close()

        XCTAssertThrowsError(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)) {
            guard case IndexError.staleIndex = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertNoThrow(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer, ranking: older),
                         "a reader with the weights it was written with")
        XCTAssertTrue(try indexer.run(corpus: nil, rebuild: false).rebuilt)
        XCTAssertNoThrow(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer))

        // A writer with other weights rebuilds an index written with the standard ones.
        XCTAssertTrue(try Indexer(directory: directory, analyzer: SampleCorpus.analyzer, ranking: older)
            .run(corpus: nil, rebuild: false).rebuilt)
    }
}
