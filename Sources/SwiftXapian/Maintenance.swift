import CXapian

/// What Xapian's consistency check found in a database.
public struct ConsistencyReport: Sendable, Equatable {
    /// How many inconsistencies the check counted; 0 for a sound database.
    public let errors: Int
    /// Xapian's own account, one finding per line.
    public let details: String
}

extension Database {
    /// The revision of a single-shard database: each commit adds one. A database of several shards throws
    /// `InvalidOperationError`.
    public var revision: UInt64 {
        get throws { try bridged { cx_database_get_revision(handle, $0) } }
    }

    /// Writes a compacted copy into the folder `path`, meant to be new: the same documents under the same ids,
    /// in fuller blocks. The shards of a combined database are merged into one.
    public func compact(to path: String) throws {
        try bridged { error in path.withBridgedBytes { cx_database_compact(handle, $0, $1, error) } }
    }

    /// Runs Xapian's consistency check (`xapian-check`) on the database at `path`: every block of every
    /// table is read and the tables are checked against each other. Damage too deep to be counted throws,
    /// typically `DatabaseCorruptError`.
    public static func check(path: String) throws -> ConsistencyReport {
        var report = cx_string(data: nil, length: 0)
        defer { cx_string_free(report) }
        let errors = try bridged { error in path.withBridgedBytes { cx_database_check($0, $1, &report, error) } }
        return ConsistencyReport(errors: Int(errors), details: String(decoding: takeBytes(report), as: UTF8.self))
    }
}
