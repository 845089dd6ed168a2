import Foundation
import NoticeFormats
import NoticeParsing
import XCTest
import ZIPFoundation

/// Files that are not what they claim, or are built to exhaust a reader: each fails with one sentence.
final class BadFileTests: XCTestCase {
    private func reason(_ data: Data, _ source: String) -> String? {
        do {
            _ = try DocumentFormats.read(data, source: source)
            return nil
        } catch let error as CorpusFileError {
            XCTAssertEqual(error.source, source)
            return error.reason
        } catch {
            XCTFail("\(source): not a CorpusFileError: \(error)")
            return nil
        }
    }

    func testHugeSingleLinePageIsRefusedBeforeParsing() {
        var page = Data("<html><body><p>".utf8)
        page.append(Data(repeating: 0x61, count: 50 << 20))
        let started = Date()
        XCTAssertEqual(reason(page, "huge.html"), "web page larger than 16 MB")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testDeepNestingIsRefused() {
        let page = "<html><body>" + String(repeating: "<div>", count: 100_000) + "整改" + String(repeating: "</div>", count: 100_000)
        XCTAssertEqual(reason(Data(page.utf8), "deep.html"), "web page nests elements deeper than 240")
        let spans = "<html><body><p>" + String(repeating: "<span>", count: 100_000) + "整改"
        XCTAssertNotNil(reason(Data(spans.utf8), "unclosed.htm"))
    }

    func testBrokenEntitiesAndTagsAreRead() throws {
        let page = "<html><body><p>一、整改&#; &#xZZ; &amp &lt&gt; &#0; &#x110000;</p><p <b>二、<<>>措施</i></body"
        let document = try DocumentFormats.read(Data(page.utf8), source: "broken.html").document
        XCTAssertTrue(document.paragraphs.first?.text.hasPrefix("一、整改") ?? false)
    }

    func testAFileWhoseExtensionLiesIsReadByItsContentOrRefused() throws {
        // A page saved as .txt is read as a page.
        let page = "<!DOCTYPE html><html><body><p>中共某局党组关于巡察整改情况的通报</p></body></html>"
        XCTAssertEqual(try DocumentFormats.read(Data(page.utf8), source: "page.txt").format, "html")
        // Binary data named .html is refused.
        XCTAssertEqual(reason(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]), "picture.html"), "not a web page: contains NUL bytes")
    }

    func testDamagedWordFiles() throws {
        let docx = try Parity.data("jishui.docx")
        XCTAssertEqual(reason(docx.prefix(docx.count / 2), "truncated.docx"), "not a Word file: not a complete zip archive")
        var flipped = [UInt8](docx)
        for i in stride(from: 200, to: flipped.count / 2, by: 7) { flipped[i] ^= 0x5A }
        XCTAssertNotNil(reason(Data(flipped), "corrupt.docx"))
        XCTAssertEqual(reason(Data("PK\u{3}\u{4} not really".utf8), "lying.docx"), "not a Word file: not a complete zip archive")
        XCTAssertEqual(reason(Data("中共某局党组关于巡察整改情况的通报".utf8), "text.docx"), "not a Word file: not a complete zip archive")
        XCTAssertEqual(reason(try zip(["word/other.xml": Data("<x/>".utf8)]), "empty.docx"),
                       "a zip archive but not a Word file: it has no word/document.xml")
        XCTAssertEqual(reason(try zip(["word/document.xml": Data("<w:document><w:body><w:p>".utf8)]), "broken.docx"),
                       "Word file's document.xml is not well-formed XML")
    }

    func testZipBombIsRefusedWithBoundedMemory() throws {
        let huge = Data(repeating: 0x20, count: 80 << 20)
        let bomb = try zip(["word/document.xml": huge])
        XCTAssertLessThan(bomb.count, 1 << 20)
        XCTAssertEqual(reason(bomb, "bomb.docx"), "Word file's word/document.xml inflates past 64 MB (a zip bomb?)")
    }

    func testPDFsWithoutReadableText() throws {
        XCTAssertEqual(reason(try Parity.data("encrypted.pdf"), "encrypted.pdf"), "PDF is encrypted and needs a password")
        XCTAssertEqual(reason(try Parity.data("blank.pdf"), "scan.pdf"), "PDF has no text layer (scanned pages need OCR first)")
        XCTAssertEqual(reason(Data("%PDF-1.7\n garbage".utf8), "garbage.pdf"), "not a PDF poppler can open")
        XCTAssertEqual(reason(Data("not a pdf at all".utf8), "lying.pdf"), "not a PDF poppler can open")
        let pdf = try Parity.data("jishui.pdf")
        _ = reason(pdf.prefix(pdf.count / 2), "truncated.pdf")  // read in part or refused, never a crash
    }

    private func zip(_ entries: [String: Data]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in entries.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }
}
