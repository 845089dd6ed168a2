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
    /// A measure that states the problem it answers itself (`1.关于…的问题。一是…`).
    public var statesProblem: Bool
    public var items: [String]
    public var institutions: [String]
    public var noticeKey: String
    /// The page the paragraph starts on, for files that have pages (PDF).
    public var page: Int?

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
        statesProblem = paragraph.statesProblem
        items = paragraph.items
        institutions = paragraph.institutions
        self.noticeKey = noticeKey
        page = paragraph.page
    }

    enum CodingKeys: String, CodingKey {
        case source, line, text, role, section, problem, items, institutions
        case statesProblem = "states_problem"
        case noticeKey = "notice"
        case page
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        line = try c.decode(Int.self, forKey: .line)
        text = try c.decode(String.self, forKey: .text)
        role = try c.decode(ParagraphRole.self, forKey: .role)
        section = try c.decode([String].self, forKey: .section)
        problem = try c.decodeIfPresent(ParagraphLocation.self, forKey: .problem)
        statesProblem = try c.decodeIfPresent(Bool.self, forKey: .statesProblem) ?? false
        items = try c.decode([String].self, forKey: .items)
        institutions = try c.decode([String].self, forKey: .institutions)
        noticeKey = try c.decode(String.self, forKey: .noticeKey)
        page = try c.decodeIfPresent(Int.self, forKey: .page)
    }

    /// `states_problem` is written only where it holds: most paragraphs are stored without it.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(line, forKey: .line)
        try c.encode(text, forKey: .text)
        try c.encode(role, forKey: .role)
        try c.encode(section, forKey: .section)
        try c.encodeIfPresent(problem, forKey: .problem)
        if statesProblem { try c.encode(true, forKey: .statesProblem) }
        try c.encode(items, forKey: .items)
        try c.encode(institutions, forKey: .institutions)
        try c.encode(noticeKey, forKey: .noticeKey)
        try c.encodeIfPresent(page, forKey: .page)
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
