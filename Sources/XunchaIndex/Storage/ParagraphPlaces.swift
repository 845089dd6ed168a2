import SwiftXapian

/// Where paragraphs go among a generation's shards. Searched as one database, the shards number their
/// documents in turn: document `d` of shard `s` (of `n`) is number `(d − 1) × n + s + 1` there. A file's
/// paragraphs take consecutive numbers after every paragraph placed before them, so they are dealt over the
/// shards one by one: every shard's writer has a share of every file (one very large file is written on every
/// core), and what is listed in the index's order (an exact phrase alone) comes file by file, each file in its
/// own order, as it would from one shard.
struct ParagraphPlaces {
    struct Place: Equatable {
        var shard: Int
        /// The document id in that shard.
        var id: DocumentID
    }

    /// The next free document id of each shard.
    private var free: [DocumentID]

    /// Places after everything the shards hold or ever held (a deleted paragraph's id is not used again).
    init(shards: [Database]) throws {
        free = try shards.map { try $0.lastDocumentID + 1 }
    }

    init(freeIDs: [DocumentID]) {
        free = freeIDs
    }

    /// Places for `count` paragraphs in a row, after every place given so far.
    mutating func take(_ count: Int) -> [Place] {
        let shards = DocumentID(free.count)
        // The highest number in use in the shards searched as one.
        let last = free.enumerated().map { shard, id in id > 1 ? (id - 2) * shards + DocumentID(shard) + 1 : 0 }.max() ?? 0
        return (0..<DocumentID(count)).map { offset in
            let number = last + offset
            let place = Place(shard: Int(number % shards), id: number / shards + 1)
            free[place.shard] = place.id + 1
            return place
        }
    }
}
