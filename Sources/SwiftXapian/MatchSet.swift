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

/// One ranked match.
public struct Match {
    /// 0 for the best match overall, whatever page this is.
    public let rank: Int
    public let documentID: DocumentID
    public let weight: Double
    /// The weight scaled so the best match is near 100.
    public let percent: Int
    /// How many matches were collapsed into this one (see `setCollapseKey`);
    /// 0 may also mean "not counted".
    public let collapseCount: Int

    private let results: MatchSetHandle
    private let index: UInt32

    init(_ results: MatchSetHandle, index: UInt32) throws {
        let mset = results.pointer
        self.results = results
        self.index = index
        rank = Int(try bridged { cx_mset_get_rank(mset, index, $0) })
        documentID = try bridged { cx_mset_get_docid(mset, index, $0) }
        weight = try bridged { cx_mset_get_weight(mset, index, $0) }
        percent = Int(try bridged { cx_mset_get_percent(mset, index, $0) })
        collapseCount = Int(try bridged { cx_mset_get_collapse_count(mset, index, $0) })
    }

    /// The matching document, read from the database.
    public func document() throws -> Document {
        Document(handle: try bridgedHandle { cx_mset_get_document(results.pointer, index, $0) })
    }
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
