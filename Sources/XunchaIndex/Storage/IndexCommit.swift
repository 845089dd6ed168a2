import Foundation

/// Which commit of an index a reader sees. A rebuild swaps in a new generation; an update commits each shard,
/// shard 0 last, so the generation's name and shard 0's revision name a complete state of the index.
public struct IndexCommit: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The generation folder (`db-…`) the `current` link named when the reader opened it.
    public let generation: String
    /// Shard 0's revision: each commit of an update adds one.
    public let revision: UInt64

    public init(generation: String, revision: UInt64) {
        self.generation = generation
        self.revision = revision
    }

    public var description: String { "\(generation)@\(revision)" }
}
