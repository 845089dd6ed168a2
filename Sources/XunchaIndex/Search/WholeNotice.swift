import NoticeParsing
import SwiftXapian

/// A notice as published: its metadata and every paragraph in order, for a reader who wants it whole.
public struct WholeNotice: Sendable {
    public var notice: NoticeRecord
    public var paragraphs: [ParagraphRecord]

    /// The notice's short id: the id of its first line, so a link names no file.
    public var id: String { notice.id }
}

extension NoticeRecord {
    /// The short id of the notice's first line, which opens the notice.
    public var id: String { ParagraphRecord.id(for: ParagraphLocation(source: source, line: startLine)) }
}

extension NoticeIndex {
    /// The notice whose first line has this short id, with all its paragraphs; nil when no notice starts there.
    public func wholeNotice(id: String) throws -> WholeNotice? {
        guard id.count == 12, id.allSatisfy(\.isHexDigit), let first = try? paragraph(id),
              let notice = try notice(key: first.noticeKey), notice.id == id.lowercased() else { return nil }
        let term = StoredTerms.notice(notice.key)
        let paragraphs = try records(matching: .term(term), limit: max(notice.paragraphs, 1) + 1000)
            .sorted { $0.line < $1.line }
        return WholeNotice(notice: notice, paragraphs: paragraphs)
    }
}
