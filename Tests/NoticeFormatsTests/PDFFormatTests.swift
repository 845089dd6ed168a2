import Foundation
@testable import NoticeFormats
import NoticeParsing
import XCTest

final class PDFFormatTests: XCTestCase {
    /// Markers that open a paragraph: a PDF paragraph holding one after its start merged two paragraphs.
    static let marker = try! NSRegularExpression(pattern: #"[。；：！？]\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|（\d{1,2}）)"#)

    func testPDFsGiveTheParagraphsOfTheTextWithinThreePercent() throws {
        var report: [String] = []
        for name in Parity.names {
            let text = try Parity.notices("\(name).txt")[0]
            let notices = try Parity.notices("\(name).pdf")
            XCTAssertEqual(notices.count, 1, name)
            let paragraphs = notices.flatMap(\.paragraphs)
            let agreement = Parity.agreement(text.paragraphs, paragraphs)
            report.append(String(format: "%@: %d paragraphs, %.1f%% identical, roles %.1f%%", name, paragraphs.count,
                                 agreement.paragraphs * 100, agreement.roles * 100))
            XCTAssertGreaterThanOrEqual(agreement.paragraphs, 0.97, name)
            XCTAssertGreaterThanOrEqual(agreement.roles, 0.97, name)
            XCTAssertEqual(notices.first?.metadata, text.metadata, name)
            let textSet = Set(text.paragraphs.map(\.text))
            if ProcessInfo.processInfo.environment["SHOW_PDF_DIFF"] != nil {
                let pdfSet = Set(paragraphs.map(\.text))
                for p in text.paragraphs where !pdfSet.contains(p.text) { print("TEXT ONLY:", p.text.prefix(100)) }
                for p in paragraphs where !textSet.contains(p.text) { print("PDF ONLY :", p.text.prefix(100)) }
            }
            for p in paragraphs where !textSet.contains(p.text) {
                let range = NSRange(location: 0, length: p.text.utf16.count)
                XCTAssertNil(Self.marker.firstMatch(in: p.text, range: range), "merged across a marker: \(p.text.prefix(80))")
            }
            XCTAssertEqual(paragraphs.first?.page, 1)
            XCTAssertGreaterThan(paragraphs.last?.page ?? 0, 1, name)
        }
        print(report.joined(separator: "\n"))
    }

    func testPageNumbersAndSpacesAroundDigits() {
        for text in ["- 3 -", "— 12 —", "第3页", "第 3 页 共 5 页", "3/5", "7"] { XCTAssertTrue(WrappedLines.isPageNumber(text), text) }
        XCTAssertFalse(WrappedLines.isPageNumber("3.完善制度"))
        XCTAssertEqual(WrappedLines.squeezeSpaces("2023 年 7 月召开 PDF 会议，共 12 次 in total"), "2023年7月召开PDF会议，共12次in total")
    }
}
