import Foundation
import SwiftXapian

/// The database an index run writes into, with the manifest it keeps in step.
struct WriteTarget {
    let database: WritableDatabase
    let path: String
    /// A new generation is built from empty and swapped in at the end; otherwise the live one is updated.
    let isNewGeneration: Bool
    let corpus: URL
    var manifest: Manifest
    let rebuildReason: String?
    private(set) var paragraphsWritten = 0

    init(database: WritableDatabase, path: String, isNewGeneration: Bool, corpus: URL, manifest: Manifest,
         rebuildReason: String?) {
        self.database = database
        self.path = path
        self.isNewGeneration = isNewGeneration
        self.corpus = corpus
        self.manifest = manifest
        self.rebuildReason = rebuildReason
    }

    enum StoreResult { case added, updated, unchanged }

    /// Replaces whatever the index holds of this file with its new paragraphs.
    mutating func store(_ file: FileIndexing) throws -> StoreResult {
        let previous = manifest.files[file.file.source]
        let entry = Manifest.Entry(size: file.file.size, modified: file.file.modified, hash: file.hash,
                                   notices: file.notices.map(\.key), paragraphs: file.documents.count)
        if let previous, previous.hash == file.hash {
            manifest.files[file.file.source] = entry
            return .unchanged
        }
        // Cleared even when the manifest does not know the file: an interrupted run may have left some of it.
        if !isNewGeneration { try clear(file.file.source, notices: previous?.notices ?? []) }
        for document in file.documents {
            try database.add(try document.makeDocument())
        }
        let encoder = JSONEncoder.compact
        for notice in file.notices {
            try database.setMetadata(String(decoding: try encoder.encode(notice), as: UTF8.self),
                                     forKey: IndexSchema.MetadataKey.notice(notice.key))
        }
        paragraphsWritten += file.documents.count
        manifest.files[file.file.source] = entry
        return previous == nil ? .added : .updated
    }

    mutating func removeFile(_ source: String) throws {
        try clear(source, notices: manifest.files[source]?.notices ?? [])
        manifest.files[source] = nil
    }

    private func clear(_ source: String, notices: [String]) throws {
        try database.delete(uniqueTerm: IndexSchema.term(IndexSchema.Prefix.file, source))
        for key in notices {
            try database.setMetadata("", forKey: IndexSchema.MetadataKey.notice(key))
        }
    }

    /// Commits paragraphs, manifest and the facts that say how they were made, as one.
    func commit(signature: String) throws {
        try database.setMetadata(IndexSchema.version, forKey: IndexSchema.MetadataKey.schema)
        try database.setMetadata(signature, forKey: IndexSchema.MetadataKey.analysis)
        try database.setMetadata(corpus.path, forKey: IndexSchema.MetadataKey.corpus)
        try database.setMetadata(try manifest.encoded(), forKey: IndexSchema.MetadataKey.manifest)
        try database.commit()
    }
}

/// What an existing index says about itself.
struct StoredIndexFacts {
    var schema: String
    var analysis: String
    var corpus: String?
    var manifest: Manifest?

    init(database: Database) throws {
        typealias Key = IndexSchema.MetadataKey
        schema = try database.metadata(forKey: Key.schema)
        analysis = try database.metadata(forKey: Key.analysis)
        let corpus = try database.metadata(forKey: Key.corpus)
        self.corpus = corpus.isEmpty ? nil : corpus
        manifest = Manifest.decode(try database.metadata(forKey: Key.manifest))
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
