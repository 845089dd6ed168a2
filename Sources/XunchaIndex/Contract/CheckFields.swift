extension IndexCheckReport: JSONEncodable {
    /// What a check of the index found, as one object.
    public var json: JSONValue {
        .object([
            ("index", .string(index)),
            ("generation", .string(generation)),
            ("sound", .bool(isSound)),
            ("shards", .array(shards.map { shard in
                .object([("name", .string(shard.name)), ("paragraphs", .int(shard.paragraphs)),
                         ("xapian_errors", shard.xapianErrors.map { .int($0) } ?? .null)])
            })),
            ("files", .int(files)),
            ("notices", .int(notices)),
            ("paragraphs", .int(paragraphs)),
            ("problems", .strings(problems)),
            ("stale", .string(stale)),
        ])
    }
}
