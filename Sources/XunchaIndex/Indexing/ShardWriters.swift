import Dispatch
import Foundation
import SwiftXapian

/// One serial queue per shard: every write to a shard runs on its queue, so each Xapian writer is used by
/// one thread at a time while the shards fill in parallel. A budget bounds the documents waiting in the
/// queues; the first error any queue meets is reported by `drain`.
final class ShardWriters: @unchecked Sendable {
    let shards: [WritableDatabase]
    /// The length normalisation word frequencies are stored with.
    let weights: Ranking.StoredWeights
    private let queues: [DispatchQueue]
    private let failure = FailureSlot()
    private let budget: DispatchSemaphore
    /// Where the next paragraphs go; taken by the one thread that queues the writes.
    private var places: ParagraphPlaces

    init(shards: [WritableDatabase], weights: Ranking.StoredWeights, pendingBatches: Int = 8) throws {
        self.shards = shards
        self.weights = weights
        queues = shards.indices.map { DispatchQueue(label: "xuncha.shard-\($0)") }
        budget = DispatchSemaphore(value: pendingBatches)
        places = try ParagraphPlaces(shards: shards)
    }

    var count: Int { shards.count }

    /// Runs `work` on the shard's queue, after everything queued there before it.
    func enqueue(_ shard: Int, _ work: @escaping @Sendable (WritableDatabase) throws -> Void) {
        budget.wait()
        let database = ThreadConfined(shards[shard])
        queues[shard].async {
            defer { self.budget.signal() }
            guard self.failure.first == nil else { return }
            do { try work(database.value) } catch { self.failure.record(error) }
        }
    }

    /// Writes a file's paragraphs, in order, each to the place `ParagraphPlaces` gives it; returns how many
    /// went to each shard.
    func add(_ documents: [PreparedDocument]) -> [Int] {
        var byShard = [[(document: PreparedDocument, id: DocumentID)]](repeating: [], count: count)
        for (document, place) in zip(documents, places.take(documents.count)) {
            byShard[place.shard].append((document, place.id))
        }
        let weights = weights
        for (shard, placed) in byShard.enumerated() where !placed.isEmpty {
            enqueue(shard) { database in
                for (document, id) in placed { try database.replace(try document.makeDocument(weights: weights), id: id) }
            }
        }
        return byShard.map(\.count)
    }

    /// Waits until every queued write is done, then reports the first that failed.
    func drain() throws {
        for queue in queues { queue.sync {} }
        if let error = failure.first { throw error }
    }
}

/// The first error any writer thread met.
final class FailureSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?

    var first: Error? { lock.withLock { error } }

    func record(_ error: Error) {
        lock.withLock { if self.error == nil { self.error = error } }
    }
}
