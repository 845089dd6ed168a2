import ChineseText
import Foundation

/// What `xuncha serve-index` hands to Xapian's server: the shards of the live generation, and its name, to
/// notice when a rebuild swaps in another.
public struct ServedShards: Equatable, Sendable {
    public let generation: String
    public let paths: [String]

    /// The live generation's shards, once the index has been checked as a reader checks it.
    public static func live(in directory: IndexDirectory, analyzer: ChineseAnalyzer) throws -> ServedShards {
        _ = try NoticeIndex(directory: directory, analyzer: analyzer)
        guard case .present(let path) = directory.state else { throw IndexError.missingIndex(path: directory.path) }
        return ServedShards(generation: (path as NSString).lastPathComponent, paths: Shards.paths(in: path))
    }

    /// The name the `current` link points at now, cheap enough to ask every second.
    public static func currentName(in directory: IndexDirectory) -> String? { directory.currentTarget }
}
