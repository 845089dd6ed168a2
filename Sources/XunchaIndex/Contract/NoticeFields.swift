extension NoticeRecord: JSONEncodable {
    /// A notice with its metadata: a line of `notices`, and the notice of a hit, precedent or paragraph.
    public var json: JSONValue {
        .object([
            ("source", .string(source)),
            ("start_line", .int(startLine)),
            ("end_line", .int(endLine)),
            ("title", .string(metadata.title)),
            ("org", .string(metadata.org)),
            ("agency", .string(metadata.agency)),
            ("inspection", .string(metadata.inspection)),
            ("inspection_marks", .strings(metadata.inspectionMarks)),
            ("inspector", .string(metadata.inspector)),
            ("round", .string(metadata.round)),
            ("period_start", .string(metadata.periodStart)),
            ("period_end", .string(metadata.periodEnd)),
            ("feedback_date", .string(metadata.feedbackDate)),
            ("publish_date", .string(metadata.publishDate)),
            ("region", .strings(metadata.region)),
            ("level", .string(metadata.level)),
            ("doc_type", .string(metadata.docType)),
            ("url", .string(metadata.url)),
            ("paragraphs", .int(paragraphs)),
        ])
    }
}
