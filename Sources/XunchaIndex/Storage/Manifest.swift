import Foundation
import SwiftXapian

/// What the index knows of each corpus file it holds, stored in the database's metadata so that it commits
/// together with the paragraphs it describes.
struct Manifest: Codable, Sendable, Equatable {
    struct Entry: Codable, Sendable, Equatable {
        var size: Int64
        var modified: Double
        /// The inode change time; absent in manifests written before it was kept, which makes the file's hash decide.
        var changed: Double?
        /// FNV-1a of the bytes, hex: decides whether a file whose size or time changed really changed.
        var hash: String
        var notices: [String]
        var paragraphs: Int
        /// Paragraphs in each shard (`ParagraphPlaces` deals a file's paragraphs over them); absent in manifests
        /// written when a file's paragraphs all went to one shard, `Shards.shard(for:of:)`.
        var shards: [Int]? = nil

        /// How many of the paragraphs of the file `source` shard `number` of `count` holds.
        func paragraphs(inShard number: Int, of count: Int, source: String) -> Int {
            guard let shards else { return number == Shards.shard(for: source, of: count) ? paragraphs : 0 }
            return shards.indices.contains(number) ? shards[number] : 0
        }
    }

    var files: [String: Entry] = [:]

    /// The manifest `database` (a shard 0, or a combination whose first database is one) holds: empty when it
    /// holds none yet, nil when it cannot be read.
    static func read(from database: Database) throws -> Manifest? {
        decode(try database.metadata(forKey: IndexSchema.MetadataKey.manifest))
    }

    static func decode(_ text: String) -> Manifest? {
        guard !text.isEmpty else { return Manifest() }
        return try? JSONDecoder().decode(Manifest.self, from: Data(text.utf8))
    }

    /// Records the manifest in shard 0, to be committed with the paragraphs it describes.
    func write(to shard: WritableDatabase) throws {
        try shard.setMetadataIfChanged(String(decoding: try JSONEncoder.compact.encode(self), as: UTF8.self),
                              forKey: IndexSchema.MetadataKey.manifest)
    }

    static func hash(of data: Data) -> String {
        var hash = StableHash()
        hash.combine(data)
        return StableHash.hex(hash.value)
    }
}
