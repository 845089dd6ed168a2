import SwiftXapian
import XCTest
@testable import XunchaIndex

/// The index as it lies on disk, read back from the sample corpus's index: what the README's table of the
/// storage layer promises. A change here changes the index format, and must change `IndexSchema.version`.
final class StorageLayoutTests: XCTestCase {
    private let location = "002_31241be4ef401e8a.txt:390"

    func testAParagraphsDocumentHoldsItsTermsValuesAndData() throws {
        let index = SampleCorpus.index
        let record = try index.paragraph(location)
        let database = index.database
        guard let id = try database.postings(for: "Q" + location).first else { return XCTFail("no paragraph term") }
        let document = try database.document(id)
        let terms = Set(try document.terms())

        let booleans: Set<String> = ["Q" + location, "F002_31241be4ef401e8a.txt", "N" + record.noticeKey, "H" + record.id,
                                     "Rmeasure", "A吉水县交通运输局", "I巡察", "Y2021"]
        XCTAssertTrue(booleans.isSubset(of: terms), "\(booleans.subtracting(terms))")
        XCTAssertTrue(terms.contains("三重一大"), "its words, without a prefix")
        XCTAssertTrue(["K三重", "K重一", "K一大"].allSatisfy(terms.contains), "its character pairs")
        XCTAssertFalse(terms.contains { $0.hasPrefix("U") }, "a dated notice has no title year")
        XCTAssertTrue(terms.contains { $0.hasPrefix("G") }, "its region")

        XCTAssertEqual(try document.value(slot: IndexSchema.Slot.date), "20210617")
        XCTAssertEqual(try document.value(slot: IndexSchema.Slot.role), "measure")
        XCTAssertEqual(try document.value(slot: IndexSchema.Slot.notice), record.noticeKey)
        XCTAssertEqual(try document.value(slot: IndexSchema.Slot.duplicateKey),
                       StableHash.hex(StableHash.of(SearchForm.of(record.text))))

        let data = try document.data
        XCTAssertTrue(data.hasPrefix(record.text + "\n{"), "the text, a newline, then the rest as JSON")
        XCTAssertEqual(try StoredParagraph.decode(data).text, record.text)
    }

    func testShardZeroHoldsWhatTheIndexSaysOfItself() throws {
        let database = SampleCorpus.index.database
        let facts = try StoredIndexFacts(database: database)
        XCTAssertEqual(facts.schema, IndexSchema.version)
        XCTAssertEqual(facts.analysis, IndexSchema.analysisSignature(SampleCorpus.analyzer, ranking: .standard))
        XCTAssertEqual(facts.corpora, [SampleCorpus.corpus.path])
        XCTAssertFalse(facts.followLinks)

        let manifest = try XCTUnwrap(try Manifest.read(from: database))
        XCTAssertEqual(manifest.files.keys.sorted(), try FileManager.default.contentsOfDirectory(atPath: SampleCorpus.corpus.path).sorted())
        XCTAssertEqual(manifest.files.values.reduce(0) { $0 + $1.paragraphs }, try database.documentCount)
        for key in manifest.files.values.flatMap(\.notices) {
            XCTAssertEqual(try StoredNotice.read(key, from: database)?.key, key)
        }
        let ledger = try XCTUnwrap(try ShardLedger.read(from: database))
        XCTAssertEqual(ledger.shards.count, Shards.count)
        XCTAssertEqual(ledger.shards.map(\.documents), ShardLedger.documents(in: manifest, shardCount: Shards.count))
    }

    func testTheFolderHoldsTheMarkTheLinkAndOneMarkedGeneration() throws {
        let directory = SampleCorpus.index.directory
        guard case .present(let generation) = directory.state else { return XCTFail("no live generation") }
        let entries = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        XCTAssertTrue(["xuncha-index", "current", "lock"].allSatisfy(entries.contains), "\(entries)")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: directory.path + "/current"),
                       (generation as NSString).lastPathComponent)
        XCTAssertTrue((generation as NSString).lastPathComponent.hasPrefix("db-"))
        let shards = try FileManager.default.contentsOfDirectory(atPath: generation).sorted()
        XCTAssertEqual(shards, ["shard-0", "shard-1", "xuncha-generation"])
        XCTAssertEqual(Shards.paths(in: generation).map { ($0 as NSString).lastPathComponent }, ["shard-0", "shard-1"])
    }

    func testTheManifestCountsEachFilesParagraphsInEveryShard() throws {
        let database = SampleCorpus.index.database
        let manifest = try XCTUnwrap(try Manifest.read(from: database))
        let shards = try Shards.openEach(try SampleCorpus.index.directory.livePath())
        for (source, entry) in manifest.files {
            let held = try shards.map { try $0.termFrequency(StoredTerms.file(source)) }
            XCTAssertEqual(entry.shards, held, source)
            XCTAssertTrue(held.allSatisfy { $0 > 0 }, "\(source): \(held)")
        }
    }

    func testAManifestOfOneShardPerFileIsReadAsSuch() throws {
        // Manifests written when a file's paragraphs all went to the shard its name chose have no counts by shard.
        let entry = try XCTUnwrap(Manifest.decode(#"{"files":{"a.txt":{"size":1,"modified":0,"hash":"0","notices":[],"paragraphs":5}}}"#)?.files["a.txt"])
        let home = Shards.shard(for: "a.txt", of: 2)
        XCTAssertEqual((0..<2).map { entry.paragraphs(inShard: $0, of: 2, source: "a.txt") }, [home == 0 ? 5 : 0, home == 1 ? 5 : 0])
    }

    func testPairTermsAreTakenAlikeFromTextAndPhrase() {
        XCTAssertEqual(PairTerms.pairs(inSearchForm: SearchForm.of("三重 一大，ＡＢ")), ["三重", "一大", "ab"])
        XCTAssertEqual(PairTerms.terms(ofPhrase: "ＡＢ三"), ["Kab", "Kb三"])
        XCTAssertEqual(PairTerms.terms(ofPhrases: ["三重", "重一"]), ["K三重", "K重一"])
        XCTAssertEqual(PairTerms.terms(ofPhrase: "三"), [], "one character has no pair")
    }
}
