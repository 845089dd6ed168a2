import Foundation

/// Which commit an index folder holds now, read from the folder without opening the database: the live
/// generation and the newest modification among its shards' files (each commit rewrites some of them). A
/// reader compares stamps to learn that a writer committed, or swapped in a new generation.
public struct CommitStamp: Sendable, Equatable {
    /// The live generation's folder name.
    public var generation: String
    /// When its shards last changed.
    public var modified: Date
}

extension IndexDirectory {
    /// The stamp of the live generation; nil when there is none.
    public func commitStamp() -> CommitStamp? {
        guard case .present(let path) = state, let generation = currentGenerationName else { return nil }
        var newest = Date.distantPast
        for shard in Shards.paths(in: path) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: shard)) ?? []
            for file in files {
                let attributes = try? FileManager.default.attributesOfItem(atPath: shard + "/" + file)
                if let date = attributes?[.modificationDate] as? Date, date > newest { newest = date }
            }
        }
        return CommitStamp(generation: generation, modified: newest)
    }
}
