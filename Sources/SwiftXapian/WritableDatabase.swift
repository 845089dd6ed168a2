import CXapian

/// A database opened for writing, by at most one writer at a time.
///
/// Changes become visible to readers on `commit()`. Releasing the instance
/// commits pending changes, but silently; call `commit()` or `close()` to
/// learn of failures.
public final class WritableDatabase: Database {
    /// What to do depending on whether a database already exists at the path.
    public enum Mode: Sendable {
        /// Open it, or create it if missing.
        case createOrOpen
        /// Create it; fail with `DatabaseCreateError` if one exists.
        case create
        /// Create it, replacing any existing database.
        case createOrOverwrite
        /// Open it; fail with `DatabaseNotFoundError` if missing.
        case open

        var flags: Int32 {
            switch self {
            case .createOrOpen: Int32(CX_DB_CREATE_OR_OPEN)
            case .create: Int32(CX_DB_CREATE)
            case .createOrOverwrite: Int32(CX_DB_CREATE_OR_OVERWRITE)
            case .open: Int32(CX_DB_OPEN)
            }
        }
    }

    /// Durability trade-offs, for bulk loads that can be redone on failure.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// Skip fsync on commit: faster, but a crash may lose or damage data.
        public static let noSync = Options(rawValue: Int32(CX_DB_NO_SYNC))
        /// Ask the system to flush all the way to the disk on commit.
        public static let fullSync = Options(rawValue: Int32(CX_DB_FULL_SYNC))
        /// Update in place: faster, but readers may fail and a crash may damage data.
        public static let dangerous = Options(rawValue: Int32(CX_DB_DANGEROUS))
    }

    private let writableHandle: OpaquePointer

    /// Opens the database at `path` for writing. A second writer on the same
    /// path fails with `DatabaseLockError`.
    ///
    /// `flushThreshold` is how many added or changed documents Xapian buffers
    /// before writing them out (its default, 10,000, or `XAPIAN_FLUSH_THRESHOLD`,
    /// when nil). Documents with many distinct terms index faster with a smaller
    /// buffer: Xapian keeps one sorted tree per term, and small trees stay in cache.
    public init(path: String, mode: Mode = .createOrOpen, options: Options = [], flushThreshold: Int? = nil) throws {
        let flags = mode.flags | options.rawValue
        let threshold = UInt32(clamping: max(0, flushThreshold ?? 0))
        let opened = try bridgedHandle { error in
            path.withBridgedBytes { cx_writable_database_open_buffered($0, $1, flags, threshold, error) }
        }
        writableHandle = opened
        // The base view shares the object; Database's deinit frees it.
        super.init(handle: cx_writable_database_base(opened))
    }

    /// Adds a document and returns the id it was given.
    @discardableResult
    public func add(_ document: Document) throws -> DocumentID {
        try bridged { cx_writable_database_add_document(writableHandle, document.handle, $0) }
    }

    /// Stores `document` under `id`, replacing any document there.
    public func replace(_ document: Document, id: DocumentID) throws {
        try bridged { cx_writable_database_replace_document(writableHandle, id, document.handle, $0) }
    }

    /// Replaces the documents indexed by `uniqueTerm` with `document`, or adds
    /// it if there are none. Returns the id now holding it.
    ///
    /// `document` should itself contain `uniqueTerm`, or a second call will
    /// not find it.
    @discardableResult
    public func replace(_ document: Document, uniqueTerm: String) throws -> DocumentID {
        try bridged { error in
            uniqueTerm.withBridgedBytes {
                cx_writable_database_replace_document_by_term(writableHandle, $0, $1, document.handle, error)
            }
        }
    }

    /// Deletes the document with this id; `DocNotFoundError` if there is none.
    public func delete(id: DocumentID) throws {
        try bridged { cx_writable_database_delete_document(writableHandle, id, $0) }
    }

    /// Deletes every document indexed by `uniqueTerm`; none is not an error.
    public func delete(uniqueTerm: String) throws {
        try bridged { error in
            uniqueTerm.withBridgedBytes { cx_writable_database_delete_document_by_term(writableHandle, $0, $1, error) }
        }
    }

    /// Stores `value` under `key`; an empty value removes the key.
    public func setMetadata(_ value: String, forKey key: String) throws {
        try bridged { error in
            key.withBridgedBytes { keyBytes, keyLength in
                value.withBridgedBytes { valueBytes, valueLength in
                    cx_writable_database_set_metadata(writableHandle, keyBytes, keyLength,
                                                      valueBytes, valueLength, error)
                }
            }
        }
    }

    /// Makes the changes so far durable and visible to readers.
    public func commit() throws {
        try bridged { cx_writable_database_commit(writableHandle, $0) }
    }

    /// Starts grouping changes so they are committed or cancelled together.
    /// With `flushed`, the transaction's changes are committed on its end;
    /// otherwise they join the pending changes.
    public func beginTransaction(flushed: Bool = true) throws {
        try bridged { cx_writable_database_begin_transaction(writableHandle, flushed, $0) }
    }

    public func commitTransaction() throws {
        try bridged { cx_writable_database_commit_transaction(writableHandle, $0) }
    }

    /// Discards the changes made since `beginTransaction`.
    public func cancelTransaction() throws {
        try bridged { cx_writable_database_cancel_transaction(writableHandle, $0) }
    }
}
