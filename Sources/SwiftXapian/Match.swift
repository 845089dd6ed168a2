import CXapian

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
