import NoticeParsing

/// What the index stores as a paragraph document's data: everything needed to show a hit without
/// re-reading the corpus. Notice metadata is stored once per notice, under `noticeKey`.
public struct ParagraphRecord: Codable, Sendable, Equatable {
    public var source: String
    public var line: Int
    public var text: String
    public var role: ParagraphRole
    public var section: [String]
    public var problem: ParagraphLocation?
    public var items: [String]
    public var institutions: [String]
    public var noticeKey: String

    public var location: ParagraphLocation { ParagraphLocation(source: source, line: line) }

    /// The stable short id shown to users and accepted by `show`: a hash of the location, so it survives rebuilds.
    public var id: String { ParagraphRecord.id(for: location) }

    /// The record with a measure's items and institutions filled in from its text.
    func withMeasureDetails() -> ParagraphRecord {
        guard role == .measure, items.isEmpty, institutions.isEmpty else { return self }
        var record = self
        record.items = MeasureDetails.items(in: text)
        record.institutions = MeasureDetails.institutions(in: text)
        return record
    }

    public static func id(for location: ParagraphLocation) -> String {
        StableHash.hex(StableHash.of(location.description), digits: 12)
    }

    init(paragraph: Paragraph, noticeKey: String) {
        source = paragraph.location.source
        line = paragraph.location.line
        text = paragraph.text
        role = paragraph.role
        section = paragraph.section
        problem = paragraph.problem
        items = paragraph.items
        institutions = paragraph.institutions
        self.noticeKey = noticeKey
    }

    enum CodingKeys: String, CodingKey {
        case source, line, text, role, section, problem, items, institutions
        case noticeKey = "notice"
    }
}

/// A notice as the index keeps it: its place and its metadata.
public struct NoticeRecord: Codable, Sendable, Equatable {
    public var key: String
    public var source: String
    public var startLine: Int
    public var endLine: Int
    public var paragraphs: Int
    public var metadata: NoticeMetadata

    public static func key(source: String, startLine: Int) -> String { "\(source):\(startLine)" }

    init(notice: Notice) {
        key = NoticeRecord.key(source: notice.source, startLine: notice.startLine)
        source = notice.source
        startLine = notice.startLine
        endLine = notice.endLine
        paragraphs = notice.paragraphs.count
        metadata = notice.metadata
    }
}
