import Foundation
import SwiftXapian

/// A new generation is compacted before it becomes current: Xapian's compactor rewrites each shard with its
/// blocks packed full (a quarter smaller on the sample corpus), keeping every document under its id, and the
/// rewritten shard takes the place of the old one. Compaction only saves room: if it fails (a full disk), the
/// shard stays as it was, complete.
enum Compaction {
    /// Set to any value, new generations are left as written: for measuring what compaction saves.
    static var isEnabled: Bool { ProcessInfo.processInfo.environment["XUNCHA_NO_COMPACTION"] == nil }

    /// Compacts the shards of a closed, not yet current generation. The other shards go first, so that the
    /// ledger in shard 0 can be brought up to the revisions their compacted copies start at.
    static func compact(_ generation: Generation) {
        guard isEnabled else { return }
        let paths = Shards.paths(in: generation.path)
        guard let first = paths.first else { return }
        var revisions: [Int: UInt64] = [:]
        for (number, path) in paths.enumerated().dropFirst() where compact(path) {
            revisions[number] = try? Database(path: path).revision
        }
        if !revisions.isEmpty && !record(revisions, inLedgerOf: first) { return }
        _ = compact(first)
    }

    /// Replaces the shard at `path` with its compacted copy; false when it stayed as it was.
    private static func compact(_ path: String) -> Bool {
        let packed = path + ".compacted", old = path + ".replaced"
        do {
            let source = try Database(path: path)
            try source.compact(to: packed)
            try source.close()
            guard rename(path, old) == 0 else { throw CocoaError(.fileWriteUnknown) }
            guard rename(packed, path) == 0 else {
                rename(old, path)
                throw CocoaError(.fileWriteUnknown)
            }
            try? FileManager.default.removeItem(atPath: old)
            return true
        } catch {
            try? FileManager.default.removeItem(atPath: packed)
            return false
        }
    }

    /// Writes the compacted shards' revisions into the ledger. Should that fail, the compacted shards are
    /// still sound; shard 0 is then left as it is.
    private static func record(_ revisions: [Int: UInt64], inLedgerOf shardZero: String) -> Bool {
        do {
            let writer = try WritableDatabase(path: shardZero, mode: .open, options: .noSync)
            guard var ledger = try ShardLedger.read(from: writer) else { return false }
            for (number, revision) in revisions where number < ledger.shards.count {
                ledger.shards[number].revision = revision
            }
            try ledger.write(to: writer)
            try writer.close()
            return true
        } catch {
            return false
        }
    }
}
