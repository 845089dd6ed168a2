import DocxWriter
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import ZIPFoundation

final class DocxWriterTests: XCTestCase {
    private let sample = Document(title: "整改方案 <草稿> & 台账", blocks: [
        .heading("一、政治建设方面", level: 1),
        .paragraph(Paragraph([Run("加粗", bold: true), Run("正文\u{1}")])),
        .table(Table(columns: [Table.Column("序号", share: 1), Table.Column("问题", share: 4), Table.Column("完成时限", share: 2)],
                     rows: [[Table.Cell("1"), Table.Cell("学习不深入"), .empty]])),
    ], orientation: .landscape)

    private func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    func testThePackageHoldsEveryPartAsWellFormedXML() throws {
        let parts = try parts(try DocxWriter.data(for: sample))
        XCTAssertEqual(Set(parts.keys), ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                         "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml",
                                         "word/settings.xml", "word/fontTable.xml"])
        for (path, text) in parts {
            XCTAssertNoThrow(try XMLDocument(xmlString: text, options: []), path)
        }
    }

    func testTextIsEscapedAndForbiddenCharactersDropped() throws {
        let body = try XCTUnwrap(parts(try DocxWriter.data(for: sample))["word/document.xml"])
        XCTAssertTrue(body.contains("整改方案 &lt;草稿&gt; &amp; 台账"))
        XCTAssertTrue(body.contains(">正文</w:t>"))
        XCTAssertTrue(body.contains("<w:b/>"))
    }

    func testTablesRepeatTheirHeaderAndPagesAreA4() throws {
        let body = try XCTUnwrap(parts(try DocxWriter.data(for: sample))["word/document.xml"])
        XCTAssertTrue(body.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"))
        XCTAssertTrue(body.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        // The empty column still has a cell, holding one empty paragraph.
        XCTAssertEqual(body.components(separatedBy: "<w:tc>").count - 1, 6)
    }

    func testChineseTextIsSetInTheFontsOfOfficialDocuments() throws {
        let parts = try parts(try DocxWriter.data(for: sample))
        let styles = try XCTUnwrap(parts["word/styles.xml"])
        XCTAssertTrue(styles.contains("w:eastAsia=\"仿宋_GB2312\""))
        XCTAssertTrue(styles.contains("w:eastAsia=\"黑体\""))
        XCTAssertTrue(styles.contains("w:eastAsia=\"方正小标宋简体\""))
        XCTAssertTrue(styles.contains("<w:sz w:val=\"32\"/>"), "三号 body")
        let fonts = try XCTUnwrap(parts["word/fontTable.xml"])
        XCTAssertTrue(fonts.contains("<w:altName w:val=\"仿宋,FangSong"))
    }

    func testTheSameDocumentGivesTheSameBytes() throws {
        XCTAssertEqual(try DocxWriter.data(for: sample), try DocxWriter.data(for: sample))
    }
}
