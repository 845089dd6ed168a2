import CXapian

/// A search session over a database: a query, how to weigh and order its
/// matches, and the pages of results.
///
/// ```swift
/// let enquire = Enquire(database: database)
/// try enquire.setQuery(.or([.term("a"), .term("b")]))
/// for match in try enquire.matches(maxItems: 10) { … }
/// ```
public final class Enquire {
    /// Kept so the database outlives every session and result using it.
    public let database: Database
    // Creation is reported by the first method call, keeping init non-throwing.
    private let creation: Result<OpaquePointer, any Error>

    /// A session over `database`. If Xapian refuses the database (one with
    /// no shards, for instance), every method throws that refusal.
    public init(database: Database) {
        self.database = database
        creation = Result { try bridgedHandle { cx_enquire_new(database.handle, $0) } }
    }

    deinit {
        if case let .success(handle) = creation {
            cx_enquire_free(handle)
        }
    }

    private func handle() throws -> OpaquePointer {
        try creation.get()
    }

    /// Sets the query to run. `queryLength` is the length used by weighting
    /// schemes; 0 means the query's own length.
    public func setQuery(_ query: Query, queryLength: Int = 0) throws {
        let handle = try handle()
        let length = try xapianInteger(queryLength, "query length")
        let built = try QueryHandle(query)
        try bridged { cx_enquire_set_query(handle, built.pointer, length, $0) }
    }

    public func setWeighting(_ weighting: Weighting) throws {
        let handle = try handle()
        switch weighting {
        case let .bm25(k1, k2, k3, b, minNormalizedLength):
            try bridged { cx_enquire_set_weighting_bm25(handle, k1, k2, k3, b, minNormalizedLength, $0) }
        case .boolean:
            try bridged { cx_enquire_set_weighting_bool(handle, $0) }
        }
    }

    public func setSort(_ order: SortOrder) throws {
        let handle = try handle()
        switch order {
        case .relevance:
            try bridged { cx_enquire_set_sort_by_relevance(handle, $0) }
        case let .value(slot, reverse):
            try bridged { cx_enquire_set_sort_by_value(handle, slot, reverse, $0) }
        case let .relevanceThenValue(slot, reverse):
            try bridged { cx_enquire_set_sort_by_relevance_then_value(handle, slot, reverse, $0) }
        case let .valueThenRelevance(slot, reverse):
            try bridged { cx_enquire_set_sort_by_value_then_relevance(handle, slot, reverse, $0) }
        }
    }

    /// Orders matches that are otherwise equal; with `.boolean` weighting,
    /// that is every match.
    public func setDocumentIDOrder(_ order: DocumentIDOrder) throws {
        let handle = try handle()
        let bridgedOrder = switch order {
        case .ascending: CX_DOCID_ORDER_ASCENDING
        case .descending: CX_DOCID_ORDER_DESCENDING
        case .dontCare: CX_DOCID_ORDER_DONT_CARE
        }
        try bridged { cx_enquire_set_docid_order(handle, bridgedOrder, $0) }
    }

    /// Keeps at most `max` matches for each distinct value in `slot`, or
    /// every match when `slot` is nil.
    public func setCollapseKey(_ slot: ValueSlot?, max: Int = 1) throws {
        let handle = try handle()
        let limit = try xapianInteger(max, "collapse max")
        try bridged { cx_enquire_set_collapse_key(handle, slot ?? CX_BAD_VALUENO, limit, $0) }
    }

    /// A page of matches: `maxItems` of them from rank `first`. Counting is
    /// exact up to `checkAtLeast` matches, estimated beyond. Documents in
    /// `relevant` improve the weighting.
    public func matches(first: Int = 0, maxItems: Int, checkAtLeast: Int = 0,
                        relevant: RelevanceSet? = nil) throws -> MatchSet {
        let handle = try handle()
        let first = try xapianInteger(first, "first")
        let maxItems = try xapianInteger(maxItems, "maxItems")
        let checkAtLeast = try xapianInteger(checkAtLeast, "checkAtLeast")
        let mset: OpaquePointer
        if let relevant {
            mset = try relevant.withBridgedHandle { rset in
                try bridgedHandle { cx_enquire_get_mset(handle, first, maxItems, checkAtLeast, rset, $0) }
            }
        } else {
            mset = try bridgedHandle { cx_enquire_get_mset(handle, first, maxItems, checkAtLeast, nil, $0) }
        }
        return try MatchSet(MatchSetHandle(pointer: mset, enquire: self))
    }

    /// Up to `maxItems` terms that best characterise the `relevant`
    /// documents, best first, for suggesting query refinements. Terms of the
    /// current query are left out unless `includeQueryTerms`.
    public func expandTerms(maxItems: Int, relevant: RelevanceSet, filter: TermFilter = .allTerms,
                            includeQueryTerms: Bool = false) throws -> [ExpandedTerm] {
        let handle = try handle()
        let maxItems = try xapianInteger(maxItems, "maxItems")
        let eset = try relevant.withBridgedHandle { rset in
            try filter.withBridgedHandle { decider in
                try bridgedHandle { cx_enquire_get_eset(handle, maxItems, rset, decider, includeQueryTerms, $0) }
            }
        }
        defer { cx_eset_free(eset) }
        let count = try bridged { cx_eset_size(eset, $0) }
        return try (0..<count).map { index in
            ExpandedTerm(term: try bridgedString { cx_eset_get_term(eset, index, $0) },
                         weight: try bridged { cx_eset_get_weight(eset, index, $0) })
        }
    }
}
