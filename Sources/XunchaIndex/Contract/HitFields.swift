extension SearchHit: JSONEncodable {
    public var json: JSONValue { json(count: nil) }

    /// A hit; with `count`, also how many hits the query has in all: `total` (exact, or the best estimate),
    /// `total_exact`, and the bounds the true number lies within, `total_min` and `total_max`.
    public func json(count: MatchCount?) -> JSONValue {
        let totals: [(String, JSONValue)] = count.map {
            [("total", .int($0.estimate)), ("total_exact", .bool($0.isExact)),
             ("total_min", .int($0.lowerBound)), ("total_max", .int($0.upperBound))]
        } ?? []
        return .object([
            ("id", .string(record.id)),
            ("source", .string(record.source)),
            ("line", .int(record.line)),
            ("text", .string(record.text)),
            ("notice", .string(notice?.metadata.title)),
            ("agency", .string(notice?.metadata.agency)),
            ("role", .string(record.role.rawValue)),
            ("score", .thousandths(score)),
            ("rank", .int(rank)),
            ("section", .strings(record.section)),
            ("date", .string(notice.flatMap { $0.metadata.indexDate })),
            ("matches", .strings(highlights.map { String(record.text[$0]) })),
            ("duplicates", .int(duplicates)),
            ("metadata", .optional(notice)),
        ] + totals + record.pageFields + originFields)
    }
}
