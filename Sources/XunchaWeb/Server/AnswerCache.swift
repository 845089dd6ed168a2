import Foundation
import XunchaIndex

/// Answers already computed for the index as it is now, so that a search many readers ask again is not
/// worked out again: up to `capacity` bytes of them (as `cost` counts), the least recently asked dropped
/// first. A new commit of the index empties it; the stamp of the index folder, read before each lookup,
/// tells (a `stat`, the same look the shared reader takes before lending a reader).
final class AnswerCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    let capacity: Int
    private let lock = NSLock()
    private var stamp: CommitStamp?
    private var entries: [Key: Entry] = [:]
    private var used = 0
    private var clock: UInt64 = 0

    private struct Entry {
        var value: Value
        var cost: Int
        var lastAsked: UInt64
    }

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
    }

    /// The answer for `key` at the commit `stamp` names: kept from before, or computed now and kept.
    func value(for key: Key, at stamp: CommitStamp?, cost: (Value) -> Int,
               compute: () async throws -> Value) async throws -> Value {
        guard capacity > 0 else { return try await compute() }
        if let kept = lookUp(key, at: stamp) { return kept }
        let value = try await compute()
        keep(value, for: key, cost: cost(value), at: stamp)
        return value
    }

    private func lookUp(_ key: Key, at now: CommitStamp?) -> Value? {
        lock.withLock {
            if now != stamp {
                stamp = now
                entries.removeAll()
                used = 0
                return nil
            }
            clock += 1
            entries[key]?.lastAsked = clock
            return entries[key]?.value
        }
    }

    /// Kept only while the index is still at the commit the answer was asked at: an answer that a reader of an
    /// older commit gave while a new one landed is not kept for the new one.
    private func keep(_ value: Value, for key: Key, cost: Int, at asked: CommitStamp?) {
        guard cost <= capacity / 4 else { return }
        lock.withLock {
            guard asked == stamp, entries[key] == nil else { return }
            while used + cost > capacity, !entries.isEmpty { evictLeastRecentlyAsked() }
            clock += 1
            entries[key] = Entry(value: value, cost: cost, lastAsked: clock)
            used += cost
        }
    }

    /// Drops the least recently asked quarter of the entries: one pass over them, not one per entry dropped.
    private func evictLeastRecentlyAsked() {
        let oldest = entries.sorted { $0.value.lastAsked < $1.value.lastAsked }.prefix(max(1, entries.count / 4))
        for (key, entry) in oldest {
            entries[key] = nil
            used -= entry.cost
        }
    }

    var count: Int { lock.withLock { entries.count } }
}
