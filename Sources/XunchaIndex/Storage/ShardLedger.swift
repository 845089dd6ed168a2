import Foundation
import SwiftXapian

/// What shard 0 records at each commit about every shard of its generation: how many paragraphs the
/// manifest puts in it and, for the others, the revision their own commit (which comes first) reached.
/// Every open compares it with the shards themselves.
struct ShardLedger: Codable, Equatable {
    struct Entry: Codable, Equatable {
        var documents: Int
        var revision: UInt64
    }

    var shards: [Entry]

    /// The paragraphs the manifest puts in each of `count` shards.
    static func documents(in manifest: Manifest, shardCount count: Int) -> [Int] {
        var documents = [Int](repeating: 0, count: count)
        for (source, entry) in manifest.files {
            for number in 0..<count { documents[number] += entry.paragraphs(inShard: number, of: count, source: source) }
        }
        return documents
    }

    static func read(from shard: Database) throws -> ShardLedger? {
        let text = try shard.metadata(forKey: IndexSchema.MetadataKey.shards)
        guard !text.isEmpty else { return nil }
        return try JSONDecoder().decode(ShardLedger.self, from: Data(text.utf8))
    }

    /// Records the ledger in shard 0, to be committed with it.
    func write(to shard: WritableDatabase) throws {
        try shard.setMetadataIfChanged(String(decoding: try JSONEncoder.compact.encode(self), as: UTF8.self),
                              forKey: IndexSchema.MetadataKey.shards)
    }
}
