import NoticeParsing
import XCTest
@testable import XunchaIndex

/// A paragraph reference is parsed once, where the user typed it; the library works with the value.
final class ParagraphReferenceTests: XCTestCase {
    func testALocationEndsInAColonAndALineNumber() {
        XCTAssertEqual(ParagraphReference(parsing: "002_31241be4ef401e8a.txt:390").target,
                       .location(ParagraphLocation(source: "002_31241be4ef401e8a.txt", line: 390)))
        XCTAssertEqual(ParagraphReference(parsing: "notices-2021/a:b.txt:12").target,
                       .location(ParagraphLocation(source: "notices-2021/a:b.txt", line: 12)), "a source may hold colons")
        XCTAssertEqual(ParagraphReference(parsing: "  a.txt:7\n").description, "a.txt:7")
    }

    func testAnythingElseIsAnIdKeptAsTyped() {
        XCTAssertEqual(ParagraphReference(parsing: "3F2A9C").target, .id("3F2A9C"))
        XCTAssertEqual(ParagraphReference(parsing: "a.txt:x").target, .id("a.txt:x"))
        XCTAssertEqual(ParagraphReference(parsing: "3F2A9C").term, ParagraphReference(parsing: "3f2a9c").term)
    }

    func testEveryWayOfNamingAParagraphFindsIt() throws {
        let index = SampleCorpus.index
        let hit = try XCTUnwrap(index.search(SearchRequest(query: "\"三重一大\"", limit: 1)).hits.first).record
        XCTAssertEqual(try index.paragraph(at: hit.location).text, hit.text)
        XCTAssertEqual(try index.paragraph(ParagraphReference(parsing: hit.id.uppercased())).location, hit.location)
        XCTAssertEqual(try index.paragraph(ParagraphReference(hit.location)).location, hit.location)
        XCTAssertThrowsError(try index.paragraph(ParagraphReference(parsing: "none.txt:1"))) {
            guard case IndexError.unknownParagraph("none.txt:1") = $0 else { return XCTFail("\($0)") }
        }
    }

    func testUnreadableStoredDataIsNamedWithTheIndexNotAsAnInventedXapianError() throws {
        let index = SampleCorpus.index
        XCTAssertThrowsError(try NoticeIndex.decodeRecord("not a paragraph")) { XCTAssertTrue($0 is UnreadableParagraph) }
        XCTAssertThrowsError(try index.reading { try NoticeIndex.decodeRecord("not a paragraph") }) {
            guard case IndexError.unreadableParagraph(let path) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(path, index.directory.path)
            XCTAssertFalse(path.isEmpty)
        }
    }
}
