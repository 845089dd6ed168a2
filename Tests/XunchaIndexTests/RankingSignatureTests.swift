import SwiftXapian
import XCTest
@testable import XunchaIndex

/// Ranking settings baked into the index when it is written are part of its analysis signature: changing one
/// rebuilds an index instead of leaving it scored by the old values.
final class RankingSignatureTests: XCTestCase {
    func testEveryStoredWeightIsInTheSignature() {
        let standard = IndexSchema.analysisSignature(SampleCorpus.analyzer)
        let changes: [(inout Ranking) -> Void] = [
            { $0.stored.b = 0.6 }, { $0.stored.k1 = 1.2 }, { $0.stored.pivotLength = 90 },
            { $0.stored.minimumNormalizedLength = 0.4 }, { $0.stored.scale = 16 },
        ]
        for change in changes {
            var ranking = Ranking.standard
            change(&ranking)
            XCTAssertNotEqual(IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: ranking), standard)
        }
        var queryTimeOnly = Ranking.standard
        queryTimeOnly.preferenceBonus = 0.3
        XCTAssertEqual(IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: queryTimeOnly), standard,
                       "settings used only at query time need no rebuild")
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
        XCTAssertTrue(try indexer.run(corpus: nil, rebuild: false).rebuilt)
        XCTAssertNoThrow(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer))
    }
}
