import Foundation
import XCTest
@testable import XunchaIndex

/// A corpus mixing formats gives one index in which every format is searched, shown and listed alike.
final class FormatIndexingTests: XCTestCase {
    static let fixtures = SampleCorpus.root.appendingPathComponent("Tests/NoticeFormatsTests/Fixtures")

    func testMixedFormatsIndexIncrementallyAndBadFilesAreSkipped() throws {
        let corpus = SampleCorpus.temporaryFolder("formats").appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in ["jishui.txt", "heping.gbk.html", "dongguan.utf8.html", "heping.pdf", "dongguan.docx"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        let first = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertEqual(first.added, 5)
        XCTAssertEqual(first.notices, 5)
        XCTAssertEqual(first.formats, ["text": 1, "html": 2, "pdf": 1, "docx": 1])
        XCTAssertTrue(first.failed.isEmpty)

        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        let phrase = try index.locations("\"议事决策机制混乱\"")
        XCTAssertEqual(Set(phrase.map { $0.components(separatedBy: ":")[0] }), ["heping.gbk.html", "heping.pdf"])
        let fromPDF = try XCTUnwrap(phrase.first { $0.hasPrefix("heping.pdf:") })
        XCTAssertGreaterThan(try index.paragraph(fromPDF).page ?? 0, 1, "a PDF paragraph knows its page")
        XCTAssertNil(try index.paragraph(try XCTUnwrap(phrase.first { $0.hasPrefix("heping.gbk.html:") })).page)

        // Touched but unchanged files are not re-indexed; a page that turns bad keeps what was indexed of it.
        let page = corpus.appendingPathComponent("heping.gbk.html")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: page.path)
        let second = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(second.unchanged, 5)
        XCTAssertEqual(second.updated, 0)

        try Data("<html><body>".utf8 + Data(repeating: 0x3C, count: 1) + Data(String(repeating: "<div>", count: 100_000).utf8))
            .write(to: page)
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: corpus.appendingPathComponent("lying.html"))
        let third = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(Set(third.failed.map(\.source)), ["heping.gbk.html", "lying.html"])
        XCTAssertEqual(third.skippedByReason.values.reduce(0, +), 2)
        try index.database.reopen()
        XCTAssertEqual(try index.locations("\"议事决策机制混乱\"").count, phrase.count)
    }
}
