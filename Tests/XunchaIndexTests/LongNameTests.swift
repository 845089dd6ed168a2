import Foundation
import XCTest
@testable import XunchaIndex

/// Any name the file system allows is indexed: long names are hashed into Xapian's key limits, and names that
/// begin alike stay apart.
final class LongNameTests: XCTestCase {
    private static func notice(_ problem: String) -> String {
        "中共某市测试局党组关于巡察整改进展情况的通报\n针对“\(problem)”问题\n整改情况：一是制定《公务用车管理办法》。\n"
    }

    func testLongNamesAreIndexedAndKeptApart() throws {
        let corpus = SampleCorpus.temporaryFolder("long-names").appendingPathComponent("corpus")
        // 78 characters of 3 bytes and ".txt": 238 bytes, as the file system allows; two that differ only at the end.
        let stem = String(repeating: "关于巡察整改情况的通报", count: 7)
        let first = stem + "甲.txt", second = stem + "乙.txt"
        XCTAssertEqual(first.utf8.count, 238)
        let deep = String(repeating: "深", count: 80) + "/" + String(repeating: "层", count: 80) + ".txt"
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent(String(deep.prefix(80))),
                                                withIntermediateDirectories: true)
        try Self.notice("公车私用屡禁不止").write(to: corpus.appendingPathComponent(first), atomically: true, encoding: .utf8)
        try Self.notice("办公用房超标准").write(to: corpus.appendingPathComponent(second), atomically: true, encoding: .utf8)
        try Self.notice("违规发放津贴补贴").write(to: corpus.appendingPathComponent(deep), atomically: true, encoding: .utf8)

        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        let indexer = Indexer(directory: directory, analyzer: SampleCorpus.analyzer)
        let built = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertEqual(built.added, 3)
        XCTAssertEqual(built.failed.count, 0)

        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(try index.locations("\"公车私用屡禁不止\""), ["\(first):2"])
        XCTAssertEqual(try index.locations("\"办公用房超标准\""), ["\(second):2"])
        XCTAssertEqual(try index.locations("\"违规发放津贴补贴\""), ["\(deep):2"])
        let paragraph = try index.paragraph("\(second):2")
        XCTAssertEqual(paragraph.location.source, second)
        XCTAssertEqual(try index.notice(key: paragraph.noticeKey)?.source, second)

        // Changing or removing one leaves the other, whose name begins the same, untouched.
        try Self.notice("公款吃喝").write(to: corpus.appendingPathComponent(first), atomically: true, encoding: .utf8)
        let updated = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual([updated.updated, updated.unchanged], [1, 2])
        try index.database.reopen()
        XCTAssertEqual(try index.locations("\"公车私用屡禁不止\""), [])
        XCTAssertEqual(try index.locations("\"公款吃喝\""), ["\(first):2"])
        XCTAssertEqual(try index.locations("\"办公用房超标准\""), ["\(second):2"])

        try FileManager.default.removeItem(at: corpus.appendingPathComponent(first))
        let removed = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(removed.removed, 1)
        try index.database.reopen()
        XCTAssertEqual(try index.locations("\"公款吃喝\""), [])
        XCTAssertEqual(try index.locations("\"办公用房超标准\""), ["\(second):2"])
        XCTAssertEqual(index.paragraphCount, removed.paragraphs)
    }

    func testLongTermsStayWithinXapiansLimitAndApart() {
        let long = String(repeating: "长", count: 100)
        let a = IndexSchema.term("Q", long + "a"), b = IndexSchema.term("Q", long + "b")
        XCTAssertLessThanOrEqual(a.utf8.count, IndexSchema.maximumTermBytes)
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(a, IndexSchema.term("Q", long + "a"))
        XCTAssertEqual(IndexSchema.term("Q", "short.txt:3"), "Qshort.txt:3")
        XCTAssertLessThanOrEqual(IndexSchema.MetadataKey.notice(long + ":1").utf8.count, IndexSchema.maximumTermBytes)
    }
}
