import Foundation
import SwiftXapian

/// A generation of the index is a few Xapian databases, `shard-0`, `shard-1`, …, each written by its own
/// thread and searched together as one. Xapian's writer is single-threaded; shards let indexing use every
/// core. A corpus file's paragraphs are dealt over every shard (`ParagraphPlaces`); shard 0 also holds the
/// metadata.
enum Shards {
    /// Shards of a new generation.
    static let count = 2

    static func paths(in generation: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: generation)) ?? []
        return entries.compactMap { name -> (Int, String)? in
            guard name.hasPrefix("shard-"), let number = Int(name.dropFirst("shard-".count)) else { return nil }
            return (number, (generation as NSString).appendingPathComponent(name))
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func newPaths(in generation: String, count: Int = count) -> [String] {
        (0..<count).map { (generation as NSString).appendingPathComponent("shard-\($0)") }
    }

    /// The one shard that held a corpus file's paragraphs in the layouts before they were dealt over every
    /// shard: read only from the manifests of such indexes.
    static func shard(for source: String, of count: Int) -> Int {
        Int(StableHash.of(source) % UInt64(count))
    }

    /// Documents each shard's writer buffers before writing them out. A paragraph has well over a hundred
    /// distinct terms, and Xapian keeps a sorted tree of buffered documents per term: with its default of
    /// 10,000 those trees outgrow the cache, and indexing the ×10 benchmark corpus took about 20% longer
    /// than with 1,000. Every shard's writer buffers at once (each file is dealt over all of them): with 500
    /// each, a 20 MB file took about 9% less CPU time than with 1,000, and the ×10 corpus as much.
    /// `XAPIAN_FLUSH_THRESHOLD`, when set, still decides.
    static let flushThreshold = 500

    /// A shard's writer. A new generation's shards skip Xapian's fsync on each commit (`durable: false`):
    /// nobody reads them until the build is complete, synced as a whole and made current.
    ///
    /// The writer works inside a transaction, which `commit(_:)` ends and restarts: Xapian still writes
    /// buffered documents out when its buffer fills, but commits them only when asked, so a shard's revision
    /// moves only at the run's commits, which the ledger in shard 0 records.
    static func openWriter(_ path: String, mode: WritableDatabase.Mode, durable: Bool = true) throws -> WritableDatabase {
        let userSet = ProcessInfo.processInfo.environment["XAPIAN_FLUSH_THRESHOLD"].map { !$0.isEmpty } ?? false
        let writer = try WritableDatabase(path: path, mode: mode, options: durable ? [] : .noSync,
                                          flushThreshold: userSet ? nil : flushThreshold)
        try writer.beginTransaction(flushed: true)
        return writer
    }

    /// Commits what a writer opened by `openWriter` holds, and goes on in a new transaction.
    static func commit(_ writer: WritableDatabase) throws {
        try writer.commitTransaction()
        try writer.beginTransaction(flushed: true)
    }

    /// Closes a writer opened by `openWriter`, dropping what was not committed.
    static func close(_ writer: WritableDatabase) throws {
        try writer.cancelTransaction()
        try writer.close()
    }

    /// Opens each shard of a generation read-only, shard 0 first: it holds the ledger, and a shard opened
    /// after it is never behind what the ledger records.
    static func openEach(_ generation: String) throws -> [Database] {
        try paths(in: generation).map { try Database(path: $0) }
    }

    /// Shards opened one by one, searched as one.
    static func combine(_ shards: [Database]) throws -> Database {
        let combined = try Database(paths: [])
        for shard in shards { try combined.add(shard) }
        return combined
    }
}

/// Lets each writer thread own one shard for the length of a batch; Xapian objects are safe to use from
/// one thread at a time, which is all this promises.
final class ThreadConfined<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
