import Foundation
import XCTest
@testable import NoticeParsing

final class DecodingTests: XCTestCase {
    private let sample = "中共某市某局党组关于巡察整改进展情况的通报\n根据市委统一部署，市委第一巡察组对某局党组进行了巡察。\n"

    private func write(_ bytes: Data) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("notice-\(UUID().uuidString).txt")
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Data(contentsOf: url)
    }

    func testUTF8WithAndWithoutBOM() throws {
        let plain = try NoticeParser.parse(fileData: write(Data(sample.utf8)), source: "a.txt")
        let bom = try NoticeParser.parse(fileData: write(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8)), source: "a.txt")
        XCTAssertEqual(plain.first?.paragraphs.first?.text, "中共某市某局党组关于巡察整改进展情况的通报")
        XCTAssertEqual(plain, bom)
    }

    func testGB18030() throws {
        let bytes = try XCTUnwrap(sample.data(using: TextDecoding.gb18030))
        XCTAssertNil(String(data: bytes, encoding: .utf8), "the sample must not also be valid UTF-8")
        let notices = try NoticeParser.parse(fileData: write(bytes), source: "gbk.txt")
        XCTAssertEqual(notices.first?.metadata.title, "中共某市某局党组关于巡察整改进展情况的通报")
        XCTAssertEqual(notices.first?.metadata.inspector, "市委第一巡察组")
    }

    func testUTF16WithBOM() throws {
        var little = Data([0xFF, 0xFE])
        little.append(try XCTUnwrap(sample.data(using: .utf16LittleEndian)))
        var big = Data([0xFE, 0xFF])
        big.append(try XCTUnwrap(sample.data(using: .utf16BigEndian)))
        let fromLittle = try NoticeParser.parse(fileData: write(little), source: "le.txt")
        let fromBig = try NoticeParser.parse(fileData: write(big), source: "be.txt")
        XCTAssertEqual(fromLittle.first?.paragraphs.count, 2)
        XCTAssertEqual(fromLittle.flatMap(\.paragraphs).map(\.text), fromBig.flatMap(\.paragraphs).map(\.text))
    }

    func testBinaryIsRefused() throws {
        let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        XCTAssertThrowsError(try NoticeParser.parse(fileData: write(binary), source: "x.png")) { error in
            XCTAssertEqual((error as? CorpusFileError)?.reason, "not text: contains NUL bytes")
        }
    }

    func testInvalidBytesAreRefused() throws {
        let invalid = Data(sample.utf8.prefix(9)) + Data([0xFF, 0xFE, 0xFF, 0x80, 0x41])
        XCTAssertThrowsError(try NoticeParser.parse(fileData: write(invalid), source: "bad.txt")) { error in
            XCTAssertEqual((error as? CorpusFileError)?.reason, "not valid UTF-8, UTF-16 or GB18030")
        }
    }

    func testEmptyFileHasNoNotices() throws {
        XCTAssertEqual(try NoticeParser.parse(fileData: Data(), source: "empty.txt"), [])
        XCTAssertEqual(try NoticeParser.parse(fileData: Data("\n\n  \n".utf8), source: "blank.txt"), [])
    }

    func testLineEndingsKeepPhysicalLineNumbers() throws {
        let crlf = "标题关于巡察整改情况的通报\r\n\r\n根据市委统一部署，开展了巡察。\r\n一、整改情况\r旧式换行的一行\n"
        let notices = try NoticeParser.parse(fileData: write(Data(crlf.utf8)), source: "crlf.txt")
        let lines = notices.flatMap(\.paragraphs).map(\.location.line)
        XCTAssertEqual(lines, [1, 3, 4, 5])
        XCTAssertFalse(notices.flatMap(\.paragraphs).contains { $0.text.contains("\r") })
    }

    /// 1 MB always; the full 8 MB with `XUNCHA_LONG_LINES=1` (15 s and more in a debug build).
    func testAnEightMegabyteLineIsLinear() throws {
        let unit = "整改情况：一是制定《某某办法》。二是开展检查【更多公文素材，微信：dadawk01】。"
        let long = String(repeating: unit, count: LongLines.bytes / unit.utf8.count)
        let text = "某局党组关于巡察整改情况的通报\n" + "针对“某某”问题\n" + long + "\n"
        let started = Date()
        let notices = try NoticeParser.parse(fileData: Data(text.utf8), source: "long.txt")
        let seconds = Date().timeIntervalSince(started)
        print("\(LongLines.bytes / 1_000_000) MB line parsed in \(String(format: "%.2f", seconds)) s")
        let paragraph = try XCTUnwrap(notices.first?.paragraphs.last)
        XCTAssertFalse(paragraph.text.contains("dadawk"))
        XCTAssertEqual(paragraph.role, .measure)
        XCTAssertEqual(paragraph.institutions, ["某某办法"])
        XCTAssertLessThan(seconds, 60 * Double(LongLines.bytes) / 8_000_000)
    }
}

/// How long the very long lines of the tests are: 8 MB when `XUNCHA_LONG_LINES` is set, else 1 MB, which still
/// shows a cost that grows faster than the line.
enum LongLines {
    static let bytes = ProcessInfo.processInfo.environment["XUNCHA_LONG_LINES"].map { !$0.isEmpty } == true ? 8_000_000 : 1_000_000
}
