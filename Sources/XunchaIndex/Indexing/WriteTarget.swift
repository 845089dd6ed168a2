import Foundation
import NoticeParsing
import SwiftXapian

/// The shards an index run writes into, with the manifest it keeps in step.
struct WriteTarget {
    let writers: ShardWriters
    let generation: Generation
    /// The generation folder.
    var path: String { generation.path }
    /// A new generation is built from empty and swapped in at the end; otherwise the live one is updated.
    let isNewGeneration: Bool
    let corpus: CorpusFolders
    var manifest: Manifest
    /// Whether links out of the corpus folders are followed: remembered, like the folders.
    var followLinks = false
    let rebuildReason: String?
    private(set) var paragraphsWritten = 0

    init(shards: [WritableDatabase], generation: Generation, isNewGeneration: Bool, corpus: CorpusFolders, manifest: Manifest,
         rebuildReason: String?, weights: Ranking.StoredWeights) throws {
        writers = try ShardWriters(shards: shards, weights: weights)
        self.generation = generation
        self.isNewGeneration = isNewGeneration
        self.corpus = corpus
        self.manifest = manifest
        self.rebuildReason = rebuildReason
    }

    enum StoreResult { case added, updated, unchanged }

    /// Replaces whatever the index holds of this file with its new paragraphs. The writing itself happens
    /// on the shard's queue; `commit` waits for it.
    mutating func store(_ file: FileIndexing) throws -> StoreResult {
        let source = file.file.source
        let previous = manifest.files[source]
        var entry = Manifest.Entry(size: file.file.size, modified: file.file.modified, changed: file.file.changed,
                                   hash: file.hash, notices: file.notices.map(\.key), paragraphs: file.documents.count)
        if let previous, previous.hash == file.hash {
            entry.shards = previous.shards
            manifest.files[source] = entry
            return .unchanged
        }
        // Cleared even when the manifest does not know the file: an interrupted run may have left some of it.
        if !isNewGeneration { clear(source, notices: previous?.notices ?? []) }
        entry.shards = writers.add(file.documents)
        manifest.files[source] = entry
        let notices = try file.notices.map(StoredNotice.encoded)
        writers.enqueue(0) { metadata in
            for notice in notices { try StoredNotice.write(notice, to: metadata) }
        }
        paragraphsWritten += file.documents.count
        return previous == nil ? .added : .updated
    }

    /// A file read again whose bytes have not changed: only its size and times are brought up to date.
    mutating func keepUnchanged(_ file: CorpusFile) {
        manifest.files[file.source]?.size = file.size
        manifest.files[file.source]?.modified = file.modified
        manifest.files[file.source]?.changed = file.changed
    }

    /// What has been written of a file stored in pieces.
    struct PiecesWritten {
        var notices: [String] = []
        var paragraphs = 0
        /// Paragraphs in each shard.
        var shards: [Int]

        init(shardCount: Int) { shards = Array(repeating: 0, count: shardCount) }

        mutating func add(_ piece: PiecesWritten) {
            notices += piece.notices
            paragraphs += piece.paragraphs
            shards = zip(shards, piece.shards).map(+)
        }
    }

    /// Nothing written yet of a file stored in pieces.
    var noPiecesWritten: PiecesWritten { PiecesWritten(shardCount: writers.count) }

    /// Starts storing a file in pieces: what the index holds of it is cleared, and the manifest forgets it until
    /// `finishPieces`. No commit may come before that, so readers never see part of a file.
    mutating func beginPieces(of source: String) {
        if !isNewGeneration { clear(source, notices: manifest.files[source]?.notices ?? []) }
        manifest.files[source] = nil
    }

    /// Writes one batch of a file's notices and their paragraphs.
    mutating func addPiece(_ documents: [PreparedDocument], notices: [NoticeRecord.Parsed]) throws -> PiecesWritten {
        var written = noPiecesWritten
        written.shards = writers.add(documents)
        let encoded = try notices.map { try StoredNotice.encoded($0.record) }
        writers.enqueue(0) { database in
            for notice in encoded { try StoredNotice.write(notice, to: database) }
        }
        paragraphsWritten += documents.count
        written.notices = notices.map(\.record.key)
        written.paragraphs = documents.count
        return written
    }

    mutating func finishPieces(of file: CorpusFile, hash: String, written: PiecesWritten) {
        manifest.files[file.source] = Manifest.Entry(size: file.size, modified: file.modified, changed: file.changed,
                                                     hash: hash, notices: written.notices, paragraphs: written.paragraphs,
                                                     shards: written.shards)
    }

    /// Takes out what was written of a file whose reading failed half way; the manifest no longer lists it, so
    /// the next run reads it as new.
    func abandonPieces(of source: String, written: PiecesWritten) {
        clear(source, notices: written.notices)
    }

    mutating func removeFile(_ source: String) {
        clear(source, notices: manifest.files[source]?.notices ?? [])
        manifest.files[source] = nil
    }

    private func clear(_ source: String, notices: [String]) {
        let fileTerm = StoredTerms.file(source)
        for shard in 0..<writers.count {
            writers.enqueue(shard) { database in try database.delete(uniqueTerm: fileTerm) }
        }
        writers.enqueue(0) { metadata in
            for key in notices { try StoredNotice.remove(key, from: metadata) }
        }
    }

    /// Commits paragraphs, manifest and the facts that say how they were made. Shard 0, which holds the
    /// manifest, commits last, with the ledger of the revisions the others reached: a crash in between leaves
    /// paragraphs the manifest does not yet list, which readers recognise and the next run clears and re-adds.
    func commit(signature: String) throws {
        try writers.drain()
        let shards = writers.shards
        for shard in shards.dropFirst() { try Shards.commit(shard) }
        let documents = ShardLedger.documents(in: manifest, shardCount: shards.count)
        let ledger = ShardLedger(shards: try zip(shards, documents).map { shard, documents in
            ShardLedger.Entry(documents: documents, revision: shard === shards[0] ? 0 : try shard.revision)
        })
        let database = shards[0]
        try StoredIndexFacts.write(analysis: signature, corpora: corpus.urls.map(\.path), followLinks: followLinks,
                                   to: database)
        try manifest.write(to: database)
        try ledger.write(to: database)
        try Shards.commit(database)
    }

    func close() throws {
        try writers.drain()
        for shard in writers.shards { try Shards.close(shard) }
    }

    /// Gives up a new generation that failed: its writers are closed without committing and its folder removed.
    func abandon() {
        _ = try? writers.drain()
        for shard in writers.shards { _ = try? Shards.close(shard) }
        generation.remove()
    }
}
