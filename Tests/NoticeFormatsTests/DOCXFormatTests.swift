import Foundation
@testable import NoticeFormats
import NoticeParsing
import XCTest
import ZIPFoundation

final class DOCXFormatTests: XCTestCase {
    func testWordFilesGiveTheParagraphsMetadataAndRolesOfTheText() throws {
        var numbered = 0
        for name in Parity.names {
            let text = try Parity.notices("\(name).txt")
            let notices = try Parity.notices("\(name).docx")
            XCTAssertEqual(notices.count, 1, name)
            guard let notice = notices.first else { continue }
            XCTAssertEqual(notice.paragraphs.map(\.text), text[0].paragraphs.map(\.text), name)
            XCTAssertEqual(notice.paragraphs.map(\.role), text[0].paragraphs.map(\.role), name)
            XCTAssertEqual(notice.paragraphs.map(\.section), text[0].paragraphs.map(\.section), name)
            XCTAssertEqual(notice.metadata, text[0].metadata, name)
            numbered += try Self.numberedParagraphs("\(name).docx")
        }
        XCTAssertGreaterThan(numbered, 20, "the fixtures number their headings automatically")
    }

    /// How many paragraphs of the fixture carry automatic numbering (`w:numPr`): the markers come from
    /// numbering.xml, not from the paragraphs' text.
    static func numberedParagraphs(_ file: String) throws -> Int {
        let archive = try Archive(data: try Parity.data(file), accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try XCTUnwrap(archive["word/document.xml"])) { xml.append($0) }
        return try XCTUnwrap(WordBody.paragraphs(xml: xml)).filter { $0.list != nil }.count
    }

    func testChineseNumbers() {
        let cases: [(Int, String)] = [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九"),
                                      (100, "一百"), (105, "一百零五"), (110, "一百一十"), (1001, "一千零一")]
        for (n, text) in cases { XCTAssertEqual(NumberFormats.chinese(n), text, "\(n)") }
        // LibreOffice writes the Chinese counting of .doc files as taiwaneseCountingThousand.
        for format in ["chineseCounting", "chineseCountingThousand", "taiwaneseCountingThousand"] {
            XCTAssertEqual(NumberFormats.write(12, format: format), "十二", format)
        }
    }
}
