extension SearchFacets: JSONEncodable {
    /// Each facet as a list of `{"value", "count"}`, most first (years newest first, roles in their order),
    /// then how many hits were counted and whether that is all of them.
    public var json: JSONValue {
        .object(all.map { facet in
            (facet.name, .array(facet.counts.map { .object([("value", .string($0.value)), ("count", .int($0.count))]) }))
        } + [("counted", .int(counted)), ("exact", .bool(isExact))])
    }
}
