extension Precedent: JSONEncodable {
    /// A line of `measures`, and each precedent of a plan.
    public var json: JSONValue {
        .object([
            ("agency", .string(notice?.metadata.agency)),
            ("notice", .optional(notice)),
            ("problem", problem.locationJSON),
            ("measures", .array(measures.map { measure in
                .object([("source", .string(measure.source)), ("line", .int(measure.line)),
                         ("text", .string(measure.text)), ("items", .strings(measure.items)),
                         ("institutions", .strings(measure.institutions))])
            })),
            ("institutions", .strings(institutions)),
            ("score", .thousandths(score)),
        ])
    }
}

extension ParagraphRecord {
    /// A paragraph as a place and its text.
    var locationJSON: JSONValue {
        .object([("source", .string(source)), ("line", .int(line)), ("text", .string(text))])
    }

    /// `page`, for paragraphs of files that have pages.
    var pageFields: [(String, JSONValue)] {
        page.map { [("page", .int($0))] } ?? []
    }
}
