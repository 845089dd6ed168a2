/// A query, as a tree of plain values; Xapian sees it only when it runs.
///
/// ```swift
/// let query = Query.filter(.or([.term("inspect"), .term("audit")]),
///                          .term("Kprovince"))
/// ```
public indirect enum Query: Equatable, Sendable {
    /// Documents indexed by the term. `wqf` weighs repeated query terms;
    /// `position` is the term's position in the query, if it has one.
    case term(String, wqf: Int = 1, position: Int? = nil)
    /// Every document.
    case matchAll
    /// No document.
    case matchNothing

    /// Documents matching every subquery.
    case and([Query])
    /// Documents matching any subquery.
    case or([Query])
    /// Documents matching the first but not the second.
    case andNot(Query, Query)
    /// Documents matching an odd number of subqueries.
    case xor([Query])
    /// Documents matching the first; the second only adds weight.
    case andMaybe(Query, Query)
    /// Documents matching both, weighted by the first only.
    case filter(Query, Query)
    /// Like `or`, but weighted as if all subqueries were one term.
    case synonym([Query])
    /// Like `or`, but weighted by the best matching subquery.
    case max([Query])
    /// The best `size` subqueries (0: Xapian's default), combined with `or`.
    case eliteSet([Query], size: Int = 0)

    /// Terms in this order within `window` positions (0: as many as terms).
    case phrase([Query], window: Int = 0)
    /// Terms in any order within `window` positions (0: as many as terms).
    case near([Query], window: Int = 0)

    /// Documents whose value in `slot` lies between `from` and `to`
    /// inclusive, compared bytewise.
    case valueRange(slot: ValueSlot, from: String, to: String)
    /// Documents whose value in `slot` is at least `limit`, bytewise.
    case valueGreaterOrEqual(slot: ValueSlot, String)
    /// Documents whose value in `slot` is at most `limit`, bytewise.
    case valueLessOrEqual(slot: ValueSlot, String)

    /// The subquery with its weights multiplied by a non-negative factor.
    case scaled(Query, by: Double)
    /// Terms starting with the prefix, as a synonym of all of them.
    /// Beyond `maxExpansion` terms (0: no limit) the search throws `WildcardError`.
    case wildcard(String, maxExpansion: Int = 0)
}

extension Query: CustomStringConvertible {
    /// Xapian's description, e.g. `Query((a OR b))`.
    public var description: String {
        do {
            return try QueryHandle(self).description()
        } catch {
            return "Query(<invalid: \(error)>)"
        }
    }

    /// Xapian's description, throwing if Xapian rejects the query.
    public func xapianDescription() throws -> String {
        try QueryHandle(self).description()
    }

    /// The sum of the wqf of the query's terms, as Xapian counts it.
    public func length() throws -> Int {
        try QueryHandle(self).length()
    }

    /// Whether Xapian sees the query as matching nothing.
    public func isEmpty() throws -> Bool {
        try QueryHandle(self).isEmpty()
    }
}
