import CXapian

/// A page of ranked matches, with estimates of how many there are in all.
public final class MatchSet: RandomAccessCollection {
    /// Best estimate of the total number of matches.
    public let estimatedMatches: Int
    /// The total number of matches is at least this.
    public let lowerBound: Int
    /// The total number of matches is at most this.
    public let upperBound: Int

    private let items: [Match]

    init(_ results: MatchSetHandle) throws {
        let mset = results.pointer
        estimatedMatches = Int(try bridged { cx_mset_get_matches_estimated(mset, $0) })
        lowerBound = Int(try bridged { cx_mset_get_matches_lower_bound(mset, $0) })
        upperBound = Int(try bridged { cx_mset_get_matches_upper_bound(mset, $0) })
        let count = try bridged { cx_mset_size(mset, $0) }
        items = try (0..<count).map { try Match(results, index: $0) }
    }

    public var startIndex: Int { items.startIndex }
    public var endIndex: Int { items.endIndex }
    public subscript(position: Int) -> Match { items[position] }

    /// The ids of the matches, in rank order.
    public var documentIDs: [DocumentID] { items.map(\.documentID) }
}

/// Owns a cx_mset and keeps the session, hence the database, alive with it.
final class MatchSetHandle {
    let pointer: OpaquePointer
    private let enquire: Enquire

    init(pointer: OpaquePointer, enquire: Enquire) {
        self.pointer = pointer
        self.enquire = enquire
    }

    deinit {
        cx_mset_free(pointer)
    }
}
