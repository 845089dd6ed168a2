import Foundation
import NoticeParsing
import XCTest
@testable import XunchaIndex

/// A web-page capture in the index: its footer is nowhere, its signature is shown but never a ranked hit.
final class PageCaptureIndexTests: XCTestCase {
    static let capture = """
    中共某市农业农村局党组关于市委巡察整改进展情况的通报
    2021年7月5日
    根据市委统一部署，市委第二巡察组对某市农业农村局党组进行了巡察。
    一、整改落实情况
    （一）关于农业农村局理论学习不够深入的问题
    整改情况：一是制定农业农村局年度学习计划，二是开展专题研讨。
    中共某市农业农村局党组
    2021年7月5日
    版权所有：中共某市纪委 某市监委
    地址：某市某某大道88号 邮编：350000
    """

    private func index() throws -> NoticeIndex {
        let corpus = SampleCorpus.temporaryFolder("capture").appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data(Self.capture.utf8).write(to: corpus.appendingPathComponent("page.txt"))
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        _ = try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: corpus.path, rebuild: false)
        return try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
    }

    func testFooterIsNotIndexedAndSignatureIsNoRankedHit() throws {
        let index = try index()
        XCTAssertEqual(try index.locations("大道"), [], "the site's address is not indexed")
        XCTAssertEqual(try index.locations("\"邮编\""), [])

        let ranked = try index.search(SearchRequest(query: "农业农村局", limit: 50)).hits
        XCTAssertFalse(ranked.isEmpty)
        XCTAssertFalse(ranked.contains { $0.record.role == .signature }, "\(ranked.map(\.record.location))")

        // Still there for who looks for it: the exact text, the role filter, the paragraph itself.
        XCTAssertEqual(try index.locations("\"2021年7月5日\""), ["page.txt:2", "page.txt:8"])
        XCTAssertEqual(try index.locations("\"农业农村局党组\"", filters: SearchFilters(role: .signature)), ["page.txt:7"])
        XCTAssertEqual(try index.paragraph("page.txt:7").role, .signature)
    }
}
