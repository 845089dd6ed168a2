import NoticeParsing

/// One paragraph with what surrounds it: its notice, the problem it answers and, for a problem, the measures
/// that answer it. What `show` prints, for every front end.
public struct ParagraphDetail: Sendable {
    public var paragraph: ParagraphRecord
    public var notice: NoticeRecord?
    /// The problem the paragraph belongs to; the paragraph itself when it is that problem.
    public var problem: ParagraphRecord?
    /// For a problem, the measures that answer it, in document order; empty otherwise.
    public var measures: [ParagraphRecord]

    /// Whether the problem is another paragraph than this one.
    public var answersOtherParagraph: Bool {
        guard let problem else { return false }
        return problem.location != paragraph.location
    }
}

extension NoticeIndex {
    /// A paragraph by `SOURCE:LINE` or by its short id, as the user wrote it, with its notice, problem and
    /// measures.
    public func detail(of reference: String) throws -> ParagraphDetail {
        try detail(of: ParagraphReference(parsing: reference))
    }

    /// A paragraph by its location or short id, with its notice, problem and measures.
    public func detail(of reference: ParagraphReference) throws -> ParagraphDetail {
        let record = try paragraph(reference)
        let problem = record.problem.flatMap { $0 == record.location ? record : try? paragraph(at: $0) }
        return ParagraphDetail(paragraph: record,
                               notice: try notice(key: record.noticeKey),
                               problem: problem,
                               measures: record.role == .problem ? try measures(answering: record.location) : [])
    }
}
