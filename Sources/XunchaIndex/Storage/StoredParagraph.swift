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

    /// The text before the first newline Character, found byte by byte: a newline byte ends the text unless
    /// a carriage return before it makes the two one Character.
    static func text(of data: String) -> Substring {
        let bytes = data.utf8
        var from = bytes.startIndex
        while let newline = bytes[from...].firstIndex(of: 0x0A) {
            if newline > bytes.startIndex, bytes[bytes.index(before: newline)] == 0x0D {
                from = bytes.index(after: newline)
                continue
            }
            return data[..<newline]
        }
        return Substring(data)
    }

    static func decode(_ data: String) throws -> ParagraphRecord {
        guard let newline = data.firstIndex(of: "\n") else { throw StoredParagraphError() }
        var record = try JSONDecoder().decode(ParagraphRecord.self, from: Data(data[data.index(after: newline)...].utf8))
        record.text = String(data[..<newline])
        return record
    }

    struct StoredParagraphError: Error {}
}
