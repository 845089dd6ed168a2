extension ParagraphDetail: JSONEncodable {
    /// What `show` writes: the paragraph, its notice, its problem and measures as places and text.
    public var json: JSONValue {
        .object([
            ("id", .string(paragraph.id)),
            ("source", .string(paragraph.source)),
            ("line", .int(paragraph.line)),
            ("text", .string(paragraph.text)),
            ("role", .string(paragraph.role.rawValue)),
            ("section", .strings(paragraph.section)),
            ("notice", .optional(notice)),
            ("problem", problem?.locationJSON ?? .null),
            ("measures", .array(measures.map(\.locationJSON))),
            ("items", .strings(paragraph.items)),
            ("institutions", .strings(paragraph.institutions)),
        ] + paragraph.pageFields)
    }
}
