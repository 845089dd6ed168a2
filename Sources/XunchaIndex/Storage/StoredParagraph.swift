import Foundation
import NoticeParsing

/// The byte layout of a paragraph document's data: the paragraph's text, a newline, then the rest of the
/// record as JSON. A paragraph is one line, so the text never holds a newline, and checking a candidate
/// for a phrase reads the text without decoding any JSON. A measure's items and institutions are not stored
/// twice: `ParagraphRecord.withMeasureDetails()` derives them from the text where they are shown.
enum StoredParagraph {
    static func encode(_ record: ParagraphRecord) throws -> String {
        var rest = record
        rest.text = ""
        rest.items = []
        rest.institutions = []
        return record.text + "\n" + String(decoding: try JSONEncoder.compact.encode(rest), as: UTF8.self)
    }

    static func text(of data: String) -> Substring {
        data.firstIndex(of: "\n").map { data[..<$0] } ?? Substring(data)
    }

    static func decode(_ data: String) throws -> ParagraphRecord {
        guard let newline = data.firstIndex(of: "\n") else { throw StoredParagraphError() }
        var record = try JSONDecoder().decode(ParagraphRecord.self, from: Data(data[data.index(after: newline)...].utf8))
        record.text = String(data[..<newline])
        return record
    }

    struct StoredParagraphError: Error {}
}
