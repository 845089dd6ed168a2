import Foundation
import XCTest
@testable import XunchaIndex

/// An index belongs to its corpus folders: it is never re-pointed silently, and a run that would empty most of
/// it (an unmounted disk, a wrong path) changes nothing unless asked with `prune`.
final class CorpusOwnershipTests: XCTestCase {
    private func makeIndexer(_ name: String) -> (Indexer, IndexDirectory) {
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder(name).appendingPathComponent("index").path)
        return (Indexer(directory: directory, analyzer: SampleCorpus.analyzer), directory)
    }

    private func storedCorpora(_ directory: IndexDirectory) throws -> [String]? {
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        return try StoredIndexFacts(database: index.database).corpora
    }

    func testAnotherFolderIsRefusedUnlessRebuilt() throws {
        let corpus = SampleCorpus.copy("owner-a")
        let other = SampleCorpus.temporaryFolder("owner-b").appendingPathComponent("notices")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("000_8d2eff55063ca2b4.txt"),
                                         to: other.appendingPathComponent("only.txt"))
        let (indexer, directory) = makeIndexer("owner")
        let first = try indexer.run(corpus: corpus.path, rebuild: false)

        XCTAssertThrowsError(try indexer.run(corpus: other.path, rebuild: false)) { error in
            guard case IndexError.otherCorpus = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains(corpus.path) && "\(error)".contains(other.path) && "\(error)".contains("rebuild"),
                          "\(error)")
        }
        XCTAssertEqual(try storedCorpora(directory), [corpus.path])
        XCTAssertEqual(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer).paragraphCount, first.paragraphs)

        // The same folder however written is the same folder.
        let link = corpus.deletingLastPathComponent().appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: corpus)
        let again = try indexer.run(corpus: link.path + "/.", rebuild: false)
        XCTAssertEqual(again.unchanged, 4)

        let rebuilt = try indexer.run(corpus: other.path, rebuild: true)
        XCTAssertEqual([rebuilt.added, rebuilt.removed], [1, 0])
        XCTAssertEqual(try storedCorpora(directory), [other.path])
    }

    func testSeveralFoldersAreRememberedAndNamedInSources() throws {
        let parent = SampleCorpus.temporaryFolder("several")
        let first = parent.appendingPathComponent("first"), second = parent.appendingPathComponent("second")
        for folder in [first, second] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let files = try FileManager.default.contentsOfDirectory(atPath: SampleCorpus.corpus.path).sorted()
        for (offset, name) in files.enumerated() {
            try FileManager.default.copyItem(at: SampleCorpus.corpus.appendingPathComponent(name),
                                             to: (offset < 2 ? first : second).appendingPathComponent(name))
        }
        let (indexer, directory) = makeIndexer("several")
        let built = try indexer.run(corpora: [first.path, second.path], rebuild: false)
        XCTAssertEqual(built.added, 4)
        XCTAssertEqual(built.corpora, [first.path, second.path])
        let again = try indexer.run(corpora: [], rebuild: false)
        XCTAssertEqual([again.unchanged, again.removed], [4, 0])
        XCTAssertEqual(try storedCorpora(directory), [first.path, second.path])

        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        let sources = Set(try index.locations("\"整改\"").map { String($0.prefix { $0 != ":" }) })
        XCTAssertEqual(sources, Set(files.enumerated().map { ($0.offset < 2 ? "first/" : "second/") + $0.element }))

        // One of them alone is another corpus.
        XCTAssertThrowsError(try indexer.run(corpora: [first.path], rebuild: false)) { error in
            guard case IndexError.otherCorpus = error else { return XCTFail("\(error)") }
        }
        // Two folders of the same name would give the same sources.
        let twin = parent.appendingPathComponent("elsewhere/first")
        try FileManager.default.createDirectory(at: twin, withIntermediateDirectories: true)
        XCTAssertThrowsError(try CorpusFolders([first.path, twin.path])) { error in
            XCTAssertTrue("\(error)".contains("'first'"), "\(error)")
        }
    }

    func testRemovingMostOfTheIndexNeedsPrune() throws {
        let corpus = SampleCorpus.copy("prune")
        let (indexer, directory) = makeIndexer("prune")
        let first = try indexer.run(corpus: corpus.path, rebuild: false)
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        let aside = corpus.deletingLastPathComponent().appendingPathComponent("aside")
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        // An emptied folder, as an unmounted disk shows it.
        for name in files { try FileManager.default.moveItem(at: corpus.appendingPathComponent(name), to: aside.appendingPathComponent(name)) }
        for rebuild in [false, true] {
            XCTAssertThrowsError(try indexer.run(corpus: nil, rebuild: rebuild)) { error in
                guard case IndexError.wouldRemoveMost(_, 4, 4, _) = error else { return XCTFail("\(error)") }
                XCTAssertTrue("\(error)".contains("nothing was changed"), "\(error)")
            }
            XCTAssertEqual(try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer).paragraphCount, first.paragraphs)
        }

        // Half is not more than half.
        for name in files.prefix(2) { try FileManager.default.moveItem(at: aside.appendingPathComponent(name), to: corpus.appendingPathComponent(name)) }
        let half = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(half.removed, 2)

        for name in files.prefix(2) { try FileManager.default.removeItem(at: corpus.appendingPathComponent(name)) }
        let pruned = try indexer.run(corpus: nil, rebuild: false, prune: true)
        XCTAssertEqual([pruned.removed, pruned.paragraphs], [2, 0])
    }

    func testEmptyAndSystemPathsAreRefused() throws {
        let (indexer, directory) = makeIndexer("system")
        for path in ["", "/", "/proc", "/sys/kernel", "/dev"] {
            XCTAssertThrowsError(try indexer.run(corpus: path, rebuild: false), path) { error in
                guard case IndexError.badCorpus = error else { return XCTFail("\(path): \(error)") }
            }
        }
        XCTAssertEqual(directory.state, .missing)
    }
}
