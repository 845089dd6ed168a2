import CXapian

/// Documents the user marked relevant: relevance feedback for ranking, and
/// the source of terms for query expansion.
public struct RelevanceSet: Equatable, Sendable {
    public private(set) var documentIDs: Set<DocumentID>

    public init(_ ids: [DocumentID] = []) {
        documentIDs = Set(ids)
    }

    public mutating func insert(_ id: DocumentID) {
        documentIDs.insert(id)
    }

    public var isEmpty: Bool { documentIDs.isEmpty }

    /// Lends the set to Xapian as a cx_rset for the duration of `body`.
    func withBridgedHandle<Result>(_ body: (OpaquePointer) throws -> Result) throws -> Result {
        let rset = try bridgedHandle { cx_rset_new($0) }
        defer { cx_rset_free(rset) }
        for id in documentIDs.sorted() {
            try bridged { cx_rset_add_document(rset, id, $0) }
        }
        return try body(rset)
    }
}
