extension IndexSummary: JSONEncodable {
    /// What an index run did, as one object.
    public var json: JSONValue {
        .object([
            ("added", .int(added)),
            ("updated", .int(updated)),
            ("removed", .int(removed)),
            ("unchanged", .int(unchanged)),
            ("skipped", .int(skipped)),
            ("failed", .array(failed.map { .object([("source", .string($0.source)), ("reason", .string($0.reason))]) })),
            ("notices", .int(notices)),
            ("paragraphs", .int(paragraphs)),
            ("seconds", .thousandths(seconds)),
            ("bytes_read", .int(Int(bytesRead))),
            ("rebuilt", .bool(rebuilt)),
            ("rebuild_reason", .string(rebuildReason)),
            ("index", .string(index)),
            ("corpus", .string(corpus)),
            ("formats", .object(formats.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("skipped_by_reason", .object(skippedByReason.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("corpora", .array(corpora.map { .string($0) })),
            ("links_not_followed", .array(linksNotFollowed.map { .string($0) })),
            ("shortened", .array(shortened.map { .object([("source", .string($0.source)), ("reason", .string($0.reason))]) })),
        ])
    }
}
