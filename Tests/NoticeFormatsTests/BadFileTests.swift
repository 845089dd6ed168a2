import Foundation
import NoticeFormats
import NoticeParsing
import XCTest

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
}
