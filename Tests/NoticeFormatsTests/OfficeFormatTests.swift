import Foundation
@testable import NoticeFormats
import NoticeParsing
import XCTest

final class OfficeFormatTests: XCTestCase {
    func testOlderWordFilesAreReadThroughLibreOffice() throws {
        guard OfficeFormat.installedSoffice != nil else { throw XCTSkip("LibreOffice (soffice) is not installed") }
        let text = try Parity.notices("jishui.txt")[0]
        let notices = try Parity.notices("jishui.doc")
        XCTAssertEqual(notices.count, 1)
        XCTAssertEqual(notices.first?.paragraphs.map(\.text), text.paragraphs.map(\.text))
        XCTAssertEqual(notices.first?.paragraphs.map(\.role), text.paragraphs.map(\.role))
    }

    func testWithoutLibreOfficeTheFileIsSkippedWithTheReason() throws {
        XCTAssertThrowsError(try OfficeFormat(soffice: nil).read(try Parity.data("jishui.doc"), source: "old/notice.wps")) { error in
            XCTAssertEqual((error as? CorpusFileError)?.reason, "install LibreOffice (soffice) to read .wps files")
        }
    }

    func testAFileLibreOfficeCannotConvertIsSkipped() throws {
        guard OfficeFormat.installedSoffice != nil else { throw XCTSkip("LibreOffice (soffice) is not installed") }
        XCTAssertThrowsError(try OfficeFormat().read(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 1, 2]), source: "bad.doc")) { error in
            XCTAssertNotNil(error as? CorpusFileError)
        }
    }
}
