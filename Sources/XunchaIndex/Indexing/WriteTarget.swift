import Foundation
import SwiftXapian

/// The shards an index run writes into, with the manifest it keeps in step.
struct WriteTarget {
    let shards: [WritableDatabase]
    /// The generation folder.
    let path: String
    /// A new generation is built from empty and swapped in at the end; otherwise the live one is updated.
    let isNewGeneration: Bool
    let corpus: URL
    var manifest: Manifest
    let rebuildReason: String?
    private(set) var paragraphsWritten = 0

    /// Shard 0 holds the metadata: manifest, notices, and the facts about how the index was made.
    var metadataShard: WritableDatabase { shards[0] }

    init(shards: [WritableDatabase], path: String, isNewGeneration: Bool, corpus: URL, manifest: Manifest,
         rebuildReason: String?) {
        self.shards = shards
        self.path = path
        self.isNewGeneration = isNewGeneration
        self.corpus = corpus
        self.manifest = manifest
        self.rebuildReason = rebuildReason
    }

    enum StoreResult { case added, updated, unchanged }

    /// Replaces whatever the index holds of these files with their new paragraphs. Each shard's documents
    /// are added by a thread of its own.
    mutating func store(_ files: [FileIndexing]) throws -> [StoreResult] {
        var results: [StoreResult] = []
        var documents = Array(repeating: [PreparedDocument](), count: shards.count)
        let encoder = JSONEncoder.compact
        for file in files {
            let source = file.file.source
            let previous = manifest.files[source]
            let entry = Manifest.Entry(size: file.file.size, modified: file.file.modified, hash: file.hash,
                                       notices: file.notices.map(\.key), paragraphs: file.documents.count)
            manifest.files[source] = entry
            if let previous, previous.hash == file.hash {
                results.append(.unchanged)
                continue
            }
            // Cleared even when the manifest does not know the file: an interrupted run may have left some of it.
            if !isNewGeneration { try clear(source, notices: previous?.notices ?? []) }
            documents[Shards.shard(for: source, of: shards.count)].append(contentsOf: file.documents)
            for notice in file.notices {
                try metadataShard.setMetadata(String(decoding: try encoder.encode(notice), as: UTF8.self),
                                              forKey: IndexSchema.MetadataKey.notice(notice.key))
            }
            paragraphsWritten += file.documents.count
            results.append(previous == nil ? .added : .updated)
        }
        try Self.addInParallel(documents, to: shards)
        return results
    }

    private static func addInParallel(_ documents: [[PreparedDocument]], to shards: [WritableDatabase]) throws {
        let confined = shards.map(ThreadConfined.init)
        let failures = ThreadConfined(FailureSlot())
        DispatchQueue.concurrentPerform(iterations: shards.count) { index in
            do {
                for document in documents[index] {
                    try confined[index].value.add(try document.makeDocument())
                }
            } catch {
                failures.value.record(error)
            }
        }
        if let error = failures.value.first { throw error }
    }

    mutating func removeFile(_ source: String) throws {
        try clear(source, notices: manifest.files[source]?.notices ?? [])
        manifest.files[source] = nil
    }

    private func clear(_ source: String, notices: [String]) throws {
        let fileTerm = IndexSchema.term(IndexSchema.Prefix.file, source)
        for shard in shards { try shard.delete(uniqueTerm: fileTerm) }
        for key in notices {
            try metadataShard.setMetadata("", forKey: IndexSchema.MetadataKey.notice(key))
        }
    }

    /// Commits paragraphs, manifest and the facts that say how they were made. Shard 0, which holds the
    /// manifest, commits last: a crash in between leaves paragraphs the manifest does not yet list, and the
    /// next run clears and re-adds those files.
    func commit(signature: String) throws {
        let database = metadataShard
        try database.setMetadata(IndexSchema.version, forKey: IndexSchema.MetadataKey.schema)
        try database.setMetadata(signature, forKey: IndexSchema.MetadataKey.analysis)
        try database.setMetadata(corpus.path, forKey: IndexSchema.MetadataKey.corpus)
        try database.setMetadata(try manifest.encoded(), forKey: IndexSchema.MetadataKey.manifest)
        for shard in shards.dropFirst() { try shard.commit() }
        try database.commit()
    }

    func close() throws {
        for shard in shards { try shard.close() }
    }
}

/// The first error any writer thread met.
final class FailureSlot: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var first: Error?

    func record(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if first == nil { first = error }
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
