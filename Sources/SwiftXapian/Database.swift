import CXapian

/// Identifies a document within a database; 0 is never valid.
public typealias DocumentID = UInt32

/// Numbers the values a document carries for sorting, ranges and collapsing.
public typealias ValueSlot = UInt32

/// A database opened for reading, possibly made of several shards searched
/// as one.
///
/// Not thread-safe, like the Xapian object it wraps: use each instance from
/// one thread at a time. The database is closed when the instance is
/// released, or earlier by `close()`.
public class Database {
    /// The cx_database; for a WritableDatabase, a view of its writable handle.
    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    /// Opens the database at `path` read-only.
    public init(path: String) throws {
        handle = try bridgedHandle { error in
            path.withBridgedBytes { cx_database_open($0, $1, error) }
        }
    }

    /// Opens several databases to be searched as one. Document ids are
    /// interleaved: id `(n - 1) * paths.count + k` is document `n` of shard `k`.
    public init(paths: [String]) throws {
        let combined = try bridgedHandle { cx_database_new_empty($0) }
        do {
            for path in paths {
                let shard = try Database(path: path)
                try bridged { cx_database_add_database(combined, shard.handle, $0) }
            }
        } catch {
            cx_database_free(combined)
            throw error
        }
        handle = combined
    }

    deinit {
        cx_database_free(handle)
    }

    /// Adds the shards of `other`, which stays usable on its own.
    public func add(_ other: Database) throws {
        try bridged { cx_database_add_database(handle, other.handle, $0) }
    }

    /// Moves to the latest committed revision. Returns whether it changed.
    @discardableResult
    public func reopen() throws -> Bool {
        try bridged { cx_database_reopen(handle, $0) }
    }

    /// Releases the files and locks now. Later reads throw
    /// `DatabaseClosedError`, except of statistics cached at opening such as
    /// `documentCount`. A writable database commits first, which is why
    /// closing can fail. Closing twice is harmless.
    public func close() throws {
        try bridged { cx_database_close(handle, $0) }
    }

    public var documentCount: Int {
        get throws { Int(try bridged { cx_database_get_doccount(handle, $0) }) }
    }

    /// The highest document id ever used, even if that document was deleted.
    public var lastDocumentID: DocumentID {
        get throws { try bridged { cx_database_get_lastdocid(handle, $0) } }
    }

    /// The average document length, in terms (sum of wdf).
    public var averageLength: Double {
        get throws { try bridged { cx_database_get_avlength(handle, $0) } }
    }

    /// A unique id for this database, or "" when it has none.
    public var uuid: String {
        get throws { try bridgedString { cx_database_get_uuid(handle, $0) } }
    }

    /// The number of documents indexed by `term`.
    public func termFrequency(_ term: String) throws -> Int {
        Int(try bridged { error in term.withBridgedBytes { cx_database_get_termfreq(handle, $0, $1, error) } })
    }

    public func termExists(_ term: String) throws -> Bool {
        try bridged { error in term.withBridgedBytes { cx_database_term_exists(handle, $0, $1, error) } }
    }

    /// The value stored under `key`, or "" when there is none, as in Xapian.
    public func metadata(forKey key: String) throws -> String {
        try bridgedString { error in key.withBridgedBytes { cx_database_get_metadata(handle, $0, $1, error) } }
    }

    /// The document with this id. It stays usable after the database is
    /// released, but reads from a closed database throw.
    public func document(_ id: DocumentID) throws -> Document {
        Document(handle: try bridgedHandle { cx_database_get_document(handle, id, $0) })
    }

    /// The document's length, in terms (sum of wdf).
    public func documentLength(_ id: DocumentID) throws -> Int {
        Int(try bridged { cx_database_get_doclength(handle, id, $0) })
    }

    /// The terms starting with `prefix`, in ascending byte order; every term
    /// when the prefix is empty.
    public func terms(withPrefix prefix: String = "") throws -> [String] {
        try readTerms(bridgedHandle { error in
            prefix.withBridgedBytes { cx_database_allterms(handle, $0, $1, error) }
        })
    }

    /// The ids of the documents indexed by `term`, ascending.
    public func postings(for term: String) throws -> [DocumentID] {
        try readDocumentIDs(bridgedHandle { error in
            term.withBridgedBytes { cx_database_postlist(handle, $0, $1, error) }
        })
    }

    /// Ids, ascending and none below `from`, of at most `limit` documents indexed by every one of `terms`.
    /// The rarest term leads and the others skip ahead to it, so a page of a long intersection is read
    /// without going through the rest. Fewer than `limit` ids means there are no more.
    public func documents(indexedByAll terms: [String], from: DocumentID = 1, limit: Int) throws -> [DocumentID] {
        guard !terms.isEmpty, limit > 0 else { return [] }
        let bytes = terms.map { Array($0.utf8) }
        var ids = [DocumentID](repeating: 0, count: limit)
        let found = try withBytePointers(bytes) { pointers in
            try bytes.map(\.count).withUnsafeBufferPointer { lengths in
                try ids.withUnsafeMutableBufferPointer { output in
                    try bridged {
                        cx_database_intersect(handle, pointers.baseAddress, lengths.baseAddress, terms.count, from,
                                              output.baseAddress, limit, $0)
                    }
                }
            }
        }
        return Array(ids.prefix(found))
    }
}

extension Database {
    /// The values in `slot` of the documents `ids`, in the same order ("" for none): read in one pass along
    /// the slot's values in id order, far cheaper than reading each document's value on its own when there
    /// are thousands.
    public func values(slot: ValueSlot, of ids: [DocumentID]) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        let packed = try ids.withUnsafeBufferPointer { ids in
            try bridgedBytes { cx_database_values(handle, slot, ids.baseAddress, ids.count, $0) }
        }
        var values: [String] = []
        values.reserveCapacity(ids.count)
        var at = 0
        while at + 4 <= packed.count {
            let length = (0..<4).reduce(0) { $0 | Int(packed[at + $1]) << (8 * $1) }
            values.append(String(decoding: packed[(at + 4)..<(at + 4 + length)], as: UTF8.self))
            at += 4 + length
        }
        return values
    }
}

/// Lends C pointers to each byte array for the length of `body`.
private func withBytePointers<Result>(_ arrays: [[UInt8]],
                                      _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) throws -> Result) rethrows -> Result {
    let pointers = arrays.map { bytes -> UnsafeMutablePointer<CChar> in
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
        for (offset, byte) in bytes.enumerated() { copy[offset] = CChar(bitPattern: byte) }
        return copy
    }
    defer { pointers.forEach { $0.deallocate() } }
    return try pointers.map { UnsafePointer($0) as UnsafePointer<CChar>? }.withUnsafeBufferPointer(body)
}
