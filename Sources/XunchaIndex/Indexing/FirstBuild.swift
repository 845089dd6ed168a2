import Foundation

extension Indexer {
    /// Builds the index from `corpus` when there is none yet. A process already building it is waited for,
    /// and its index used. Returns nil when there was an index; `starting` is called before a build begins.
    public func buildIfMissing(corpus: String, starting: () -> Void) throws -> IndexSummary? {
        guard directory.state == .missing else { return nil }
        let lock = try directory.lockForWriting(wait: true)
        guard directory.state == .missing else { return nil }
        starting()
        return try explainingFullDisk {
            try run(corpus: corpus, rebuild: false, progress: nil, holding: lock)
        }
    }
}
