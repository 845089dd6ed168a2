import CoreFoundation
import Foundation
import NoticeFormats
import NoticeParsing
import XCTest

final class HTMLFormatTests: XCTestCase {
    func testPagesGiveTheParagraphsMetadataAndRolesOfTheText() throws {
        for name in Parity.names {
            let text = try Parity.notices("\(name).txt")
            XCTAssertEqual(text.count, 1, name)
            for page in ["\(name).utf8.html", "\(name).gbk.html"] {
                let notices = try Parity.notices(page)
                XCTAssertEqual(notices.count, 1, "\(page): the titles in related links and previous/next opened notices")
                guard let notice = notices.first else { continue }
                XCTAssertEqual(notice.paragraphs.map(\.text), text[0].paragraphs.map(\.text), page)
                XCTAssertEqual(notice.paragraphs.map(\.role), text[0].paragraphs.map(\.role), page)
                XCTAssertEqual(notice.paragraphs.map(\.section), text[0].paragraphs.map(\.section), page)
                XCTAssertEqual(Parity.ownMetadata(notice.metadata), Parity.ownMetadata(text[0].metadata), page)
                XCTAssertEqual(notice.metadata.url?.hasPrefix("http://www.example.gov.cn/"), true, page)
                XCTAssertNotNil(notice.metadata.sourceSite, page)
                XCTAssertEqual(notice.paragraphs.first?.location.line, 1, "paragraphs are numbered from 1: \(page)")
            }
        }
    }

    func testCharsetComesFromTheBOMTheMetaElementOrTheBytes() throws {
        let body = "<p>中共某局党组关于巡察整改情况的通报</p>"
        let encodings: [(String, Data)] = [
            ("declared utf-8", Data(("<html><head><meta charset=\"utf-8\"></head><body>" + body).utf8)),
            ("BOM", Data([0xEF, 0xBB, 0xBF]) + Data(("<html><body>" + body).utf8)),
            ("declared gbk", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head><body>" + body)
                .data(using: gb18030)!),
            ("undeclared gbk", ("<html><body>" + body).data(using: gb18030)!),
            ("declared gbk, really utf-8", Data(("<html><head><meta charset=\"gb2312\"></head><body>" + body).utf8)),
        ]
        for (label, data) in encodings {
            let (format, document) = try DocumentFormats.read(data, source: "page.htm")
            XCTAssertEqual(format, "html", label)
            XCTAssertEqual(document.paragraphs.map(\.text), ["中共某局党组关于巡察整改情况的通报"], label)
        }
    }

    func testEntitiesBreaksCellsAndIndents() throws {
        let page = """
        <html><body><div>&nbsp;&nbsp;&#12288;一、总体&amp;情况<br>二、整改&lt;措施&gt;&#x4E00;&bogus; &#99999999;</div>
        <table><tr><td>问题</td><td>措施</td></tr></table>
        <p>整改
        情况 good
        day</p><script>document.write("x")</script><style>p{}</style></body></html>
        """
        let document = try DocumentFormats.read(Data(page.utf8), source: "p.html").document
        XCTAssertEqual(document.paragraphs.map(\.text).prefix(4), ["一、总体&情况", "二、整改<措施>一&bogus;", "问题", "措施"])
        XCTAssertEqual(document.paragraphs.last?.text, "整改情况 good day")
        XCTAssertEqual(document.paragraphs.map(\.number), Array(1...document.paragraphs.count))
    }

    private var gb18030: String.Encoding {
        .init(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))
    }
}
