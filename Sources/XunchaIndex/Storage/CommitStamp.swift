import Foundation

/// Which commit an index folder holds now, read from the folder without opening the database: the live
/// generation and the identity of its shard 0's version file, which Xapian replaces (a new file renamed over
/// the old one) at every commit; shard 0 commits last. A reader compares stamps to learn that a writer
/// committed, or swapped in a new generation. A link read and one `stat`: cheap enough before every query.
public struct CommitStamp: Sendable, Equatable {
    /// The live generation's folder name.
    public var generation: String
    /// When its shard 0 last committed.
    public var modified: Date
    /// The version file's inode and device: two commits within one tick of the file system's clock still differ.
    var versionFile: [UInt64] = []
}

extension IndexDirectory {
    /// The stamp of the live generation; nil when there is none.
    public func commitStamp() -> CommitStamp? {
        guard let generation = currentTarget else { return nil }
        let versionFile = url.appendingPathComponent(generation).appendingPathComponent("shard-0/iamglass").path
        var status = stat()
        guard stat(versionFile, &status) == 0 else { return nil }
        let modified = Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
        return CommitStamp(generation: generation, modified: modified,
                           versionFile: [UInt64(status.st_ino), UInt64(status.st_dev)])
    }
}
