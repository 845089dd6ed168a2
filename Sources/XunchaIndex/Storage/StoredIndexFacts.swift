import Foundation
import SwiftXapian

/// What an existing index says about itself.
struct StoredIndexFacts {
    var schema: String
    var analysis: String
    /// The first corpus folder.
    var corpus: String?
    /// Every corpus folder.
    var corpora: [String]?
    /// Whether links out of the corpus folders were followed.
    var followLinks: Bool
    private let database: Database

    init(database: Database) throws {
        typealias Key = IndexSchema.MetadataKey
        self.database = database
        schema = try database.metadata(forKey: Key.schema)
        analysis = try database.metadata(forKey: Key.analysis)
        let corpus = try database.metadata(forKey: Key.corpus)
        self.corpus = corpus.isEmpty ? nil : corpus
        // Indexes made before several folders were possible remember one, under the older key.
        corpora = Self.decode(corpora: try database.metadata(forKey: Key.corpora)) ?? self.corpus.map { [$0] }
        followLinks = try database.metadata(forKey: Key.followLinks) == "yes"
    }

    /// Records in shard 0 what the index will say of itself: the layout this xuncha writes, the analysis
    /// signature, the corpus folders (the first alone too, as indexes of one folder recorded it) and whether
    /// links out of them are followed.
    static func write(analysis: String, corpora: [String], followLinks: Bool, to shard: WritableDatabase) throws {
        typealias Key = IndexSchema.MetadataKey
        try shard.setMetadataIfChanged(IndexSchema.version, forKey: Key.schema)
        try shard.setMetadataIfChanged(analysis, forKey: Key.analysis)
        try shard.setMetadataIfChanged(corpora.first ?? "", forKey: Key.corpus)
        try shard.setMetadataIfChanged(String(decoding: try JSONEncoder.compact.encode(corpora), as: UTF8.self), forKey: Key.corpora)
        try shard.setMetadataIfChanged(followLinks ? "yes" : "", forKey: Key.followLinks)
    }

    /// The folders as recorded: a JSON array of paths.
    private static func decode(corpora text: String) -> [String]? {
        guard !text.isEmpty else { return nil }
        return try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    /// Read only when asked: for a large corpus it is the biggest piece of metadata, and searches never need it.
    func manifest() throws -> Manifest? {
        try Manifest.read(from: database)
    }

    /// Why the index cannot be updated in place, or nil when it can.
    func mismatch(schema expectedSchema: String, analysis expectedAnalysis: String) -> String? {
        if schema != expectedSchema {
            return "with index layout '\(schema.isEmpty ? "unknown" : schema)', this xuncha writes '\(expectedSchema)'"
        }
        if analysis != expectedAnalysis {
            return "with other text analysis (lexicon, synonyms or tokenizer changed)"
        }
        return nil
    }
}
