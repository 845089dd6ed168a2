import Foundation
import XCTest
@testable import XunchaIndex

/// A folder that cannot be listed is like a file that cannot be read: named, and what the index holds of it kept.
/// Root lists any folder whatever its permissions, so the failure is injected where the scanner lists folders;
/// the command-line test `UnreadableFolderCLITests` makes it fail for real as an ordinary user.
final class UnreadableFolderTests: XCTestCase {
    private static let phrase = "\"公车私用屡禁不止\""

    /// A copy of the sample corpus with one more notice in `sub/`, indexed.
    private func indexedCorpus(_ name: String) throws -> (corpus: URL, indexer: Indexer, directory: IndexDirectory,
                                                          first: IndexSummary) {
        let corpus = SampleCorpus.copy(name)
        let extra = corpus.appendingPathComponent("sub/new.txt")
        try FileManager.default.createDirectory(at: extra.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "中共某市测试局党组关于巡察整改进展情况的通报\n针对“公车私用屡禁不止”问题\n整改情况：一是制定《公务用车管理办法》。\n"
            .write(to: extra, atomically: true, encoding: .utf8)
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        let first = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertEqual(first.added, 5)
        return (corpus, indexer, directory, first)
    }

    private func failing(_ folders: Set<String>) -> ([UInt8]) throws -> [[UInt8]] {
        { folder in
            let name = String(decoding: folder.split(separator: UInt8(ascii: "/")).last ?? [], as: UTF8.self)
            if folders.contains(name) { throw POSIXError(.EACCES) }
            return try FileSystemName.list(folder)
        }
    }

    func testAnUnlistedSubfolderKeepsItsParagraphs() throws {
        let (_, indexer, directory, first) = try indexedCorpus("unlisted-sub")
        indexer.scanner.listFolder = failing(["sub"])
        let second = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(second.removed, 0)
        XCTAssertEqual(second.failed.map(\.source), ["sub"])
        XCTAssertTrue(second.failed[0].reason.contains("Permission denied"), second.failed[0].reason)
        XCTAssertEqual(second.paragraphs, first.paragraphs)
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(try index.locations(Self.phrase), ["sub/new.txt:2"])

        // Readable again: nothing to redo, and a file really gone from it is removed as usual.
        indexer.scanner = CorpusScanner()
        let third = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual([third.added, third.updated, third.removed, third.unchanged], [0, 0, 0, 5])
    }

    func testAnUnlistedCorpusFolderKeepsEverything() throws {
        let (corpus, indexer, directory, first) = try indexedCorpus("unlisted-root")
        indexer.scanner.listFolder = failing([corpus.lastPathComponent])
        let second = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(second.removed, 0)
        XCTAssertEqual(second.failed.map(\.source), ["."])
        XCTAssertEqual(second.paragraphs, first.paragraphs)
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(index.paragraphCount, first.paragraphs)
    }
}
