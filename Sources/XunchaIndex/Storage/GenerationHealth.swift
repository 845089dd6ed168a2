import Foundation
import SwiftXapian

/// The structure of a generation, checked each time it is opened: every shard the ledger lists is there
/// with its tables, and holds as many paragraphs as the manifest says. A damaged index must fail with a
/// sentence, never answer from part of the corpus. It costs a few file checks and no reading of the data;
/// `xuncha check` reads it all.
enum GenerationHealth: Equatable {
    case sound
    /// A shard committed past the ledger: a writer between its shards' commits, or one interrupted there.
    case moving
    case damaged(String)

    /// Tables each shard has; those of the paragraphs only once it holds some (Xapian creates them lazily).
    static let tables = ["iamglass", "postlist.glass"]
    static let paragraphTables = ["termlist.glass", "docdata.glass"]

    /// Examines the generation at `path`, whose shards are `shards`, opened in order, shard 0 first.
    static func examine(_ path: String, shards: [Database]) throws -> GenerationHealth {
        let names = Shards.paths(in: path).map { ($0 as NSString).lastPathComponent }
        for (number, name) in names.enumerated() where name != "shard-\(number)" {
            return .damaged("shard-\(number) is missing")
        }
        guard let first = shards.first else { return .damaged("shard-0 is missing") }
        let ledger: ShardLedger
        do {
            // An index written before shards were recorded can only be checked by `xuncha check`.
            guard let recorded = try ShardLedger.read(from: first) else { return .sound }
            ledger = recorded
        } catch is DecodingError {
            return .damaged("its record of the shards is unreadable")
        }
        if ledger.shards.count > shards.count { return .damaged("shard-\(shards.count) is missing") }
        if ledger.shards.count < shards.count { return .damaged("shard-\(ledger.shards.count) is not one it wrote") }
        var health = GenerationHealth.sound
        for (number, (entry, shard)) in zip(ledger.shards, shards).enumerated() {
            let folder = (path as NSString).appendingPathComponent("shard-\(number)")
            let required = tables + (entry.documents > 0 ? paragraphTables : [])
            if let lost = required.first(where: { !FileManager.default.fileExists(atPath: folder + "/" + $0) }) {
                return .damaged("shard-\(number) has lost its file \(lost)")
            }
            let documents = try shard.documentCount
            guard documents != entry.documents else { continue }
            if number > 0, try shard.revision > entry.revision {
                health = .moving
            } else {
                return .damaged("shard-\(number) holds \(documents) paragraphs where the manifest lists \(entry.documents)")
            }
        }
        return health
    }
}
