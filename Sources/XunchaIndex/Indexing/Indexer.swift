import ChineseText
import Foundation
import SwiftXapian

/// Brings an index in line with its corpus folder: adds new files, re-indexes changed ones, removes deleted
/// ones, and leaves unchanged ones unread. Every commit holds paragraphs and manifest together, and every
/// file is first cleared of its old paragraphs, so a run killed at any moment leaves a database that the
/// next run completes to exactly what a clean build gives.
public final class Indexer {
    public let directory: IndexDirectory
    let extractor: TermExtractor
    /// Commit after this many bytes of new text, bounding memory and the work a crash can lose.
    public var commitEveryBytes: Int64 = 32 << 20
    /// How the corpus is walked; tests replace its folder listing to simulate an unreadable disk.
    var scanner = CorpusScanner()

    public init(directory: IndexDirectory, analyzer: ChineseAnalyzer) {
        self.directory = directory
        self.extractor = TermExtractor(analyzer: analyzer)
    }

    /// The text that must match between index and program for an incremental update to be safe.
    var analysisSignature: String { IndexSchema.analysisSignature(extractor.analyzer) }

    public func run(corpus corpusPath: String?, rebuild: Bool,
                    progress: ((IndexProgress) -> Void)? = nil) throws -> IndexSummary {
        try run(corpus: corpusPath, rebuild: rebuild, progress: progress, holding: directory.lockForWriting())
    }

    func run(corpus corpusPath: String?, rebuild: Bool, progress: ((IndexProgress) -> Void)?,
             holding lock: WriterLock) throws -> IndexSummary {
        let started = Date()
        defer { withExtendedLifetime(lock) {} }

        var target = try openTarget(rebuild: rebuild, corpusPath: corpusPath)
        // A new generation that does not become current is removed at once: a failed build leaves nothing behind.
        var madeCurrent = false
        defer { if target.isNewGeneration && !madeCurrent { target.abandon() } }
        var summary = IndexSummary()
        summary.rebuilt = target.isNewGeneration && target.rebuildReason != nil
        summary.rebuildReason = target.rebuildReason
        summary.index = directory.url.path
        summary.corpus = target.corpus.path

        let scan = try scanner.scan(target.corpus)
        summary.skipped = scan.notNotices.count
        summary.failed = scan.unreadable.map { .init(source: $0.source, reason: $0.reason) }

        try removeVanishedFiles(scan: scan, target: &target, summary: &summary)
        let candidates = scan.files.filter { file in
            guard let entry = target.manifest.files[file.source] else { return true }
            if entry.size == file.size && entry.modified == file.modified {
                summary.unchanged += 1
                return false
            }
            return true
        }
        try write(candidates, into: &target, summary: &summary, started: started, progress: progress)
        try target.commit(signature: analysisSignature)
        if target.isNewGeneration {
            try target.close()
            try directory.syncToDisk(target.path)
            try directory.makeCurrent(target.generation)
            madeCurrent = true
        } else {
            directory.removeStaleGenerations(keeping: directory.currentGenerationName)
        }
        summary.notices = target.manifest.files.values.reduce(0) { $0 + $1.notices.count }
        summary.paragraphs = target.manifest.files.values.reduce(0) { $0 + $1.paragraphs }
        summary.countFormats(of: scan)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    // MARK: - Steps

    private func openTarget(rebuild: Bool, corpusPath: String?) throws -> WriteTarget {
        let givenCorpus = corpusPath.map { URL(fileURLWithPath: $0).standardizedFileURL }
        switch directory.state {
        case .foreign:
            throw IndexError.foreignIndex(path: directory.url.path)
        case .notAFolder:
            throw IndexError.notAFolder(path: directory.url.path)
        case .systemFolder:
            throw IndexError.systemFolder(path: directory.url.path)
        case .strayCurrent:
            throw IndexError.strayCurrent(path: directory.url.path)
        case .damaged(let reason):
            return try newGeneration(corpus: givenCorpus ?? Self.defaultCorpus, reason: reason)
        case .present(let path) where !rebuild:
            let shards: [WritableDatabase]
            let stored: StoredIndexFacts
            do {
                let paths = Shards.paths(in: path)
                guard !paths.isEmpty else {
                    throw XapianError(type: "DatabaseOpeningError", message: "no shard-N database in \(path)")
                }
                shards = try paths.map { try Shards.openWriter($0, mode: .open) }
                stored = try StoredIndexFacts(database: shards[0])
            } catch let error as XapianError {
                if error.isDatabaseLocked { throw IndexError.locked(path: directory.url.path) }
                throw IndexError.unreadableIndex(path: directory.url.path, underlying: error)
            }
            let corpus = givenCorpus ?? stored.corpus.map { URL(fileURLWithPath: $0) } ?? Self.defaultCorpus
            guard let manifest = try stored.manifest() else {
                throw IndexError.unreadableIndex(
                    path: directory.url.path,
                    underlying: XapianError(type: "DatabaseCorruptError", message: "its file manifest is unreadable"))
            }
            if let reason = stored.mismatch(schema: IndexSchema.version, analysis: analysisSignature) {
                for shard in shards { try shard.close() }
                return try newGeneration(corpus: corpus, reason: reason)
            }
            return WriteTarget(shards: shards, generation: Generation(in: directory, name: directory.currentTarget ?? "")!,
                               isNewGeneration: false, corpus: corpus,
                               manifest: manifest, rebuildReason: nil)
        case .present(let path):
            let remembered = (try? Shards.openReader(path)).flatMap { try? StoredIndexFacts(database: $0).corpus }
            let corpus = givenCorpus ?? remembered.map { URL(fileURLWithPath: $0) } ?? Self.defaultCorpus
            return try newGeneration(corpus: corpus, reason: "asked with --rebuild")
        case .missing:
            return try newGeneration(corpus: givenCorpus ?? Self.defaultCorpus, reason: nil)
        }
    }

    static var defaultCorpus: URL { URL(fileURLWithPath: "corpus").standardizedFileURL }

    private func newGeneration(corpus: URL, reason: String?) throws -> WriteTarget {
        // A corpus that is not there must not cost the user the index they have.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw IndexError.missingCorpus(path: corpus.path)
        }
        directory.removeStaleGenerations(keeping: directory.currentGenerationName)
        let generation = try Generation.create(in: directory)
        let shards: [WritableDatabase]
        do {
            shards = try Shards.newPaths(in: generation.path).map { try Shards.openWriter($0, mode: .createOrOverwrite, durable: false) }
        } catch {
            generation.remove()
            throw error
        }
        return WriteTarget(shards: shards, generation: generation, isNewGeneration: true, corpus: corpus,
                           manifest: Manifest(), rebuildReason: reason)
    }

    private func removeVanishedFiles(scan: CorpusScanner.Result, target: inout WriteTarget,
                                     summary: inout IndexSummary) throws {
        let present = Set(scan.files.map(\.source))
        for source in target.manifest.files.keys.sorted() where !present.contains(source) && !scan.keeps(source) {
            target.removeFile(source)
            summary.removed += 1
        }
    }

    private func write(_ candidates: [CorpusFile], into target: inout WriteTarget, summary: inout IndexSummary,
                       started: Date, progress: ((IndexProgress) -> Void)?) throws {
        let bytesTotal = candidates.reduce(Int64(0)) { $0 + $1.size }
        var bytesSinceCommit: Int64 = 0
        let pipeline = PreparationPipeline(files: candidates, extractor: extractor, lookahead: Self.lookahead)
        for index in candidates.indices {
            switch pipeline.take(index) {
            case .failed(let source, let reason):
                summary.failed.append(.init(source: source, reason: reason))
            case .ready(let file):
                switch try target.store(file) {
                case .added: summary.added += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
                summary.bytesRead += file.file.size
                bytesSinceCommit += file.file.size
            }
            progress?(IndexProgress(filesDone: index + 1, filesTotal: candidates.count,
                                    paragraphs: target.paragraphsWritten, bytesDone: summary.bytesRead,
                                    bytesTotal: bytesTotal, elapsed: Date().timeIntervalSince(started)))
            if bytesSinceCommit >= commitEveryBytes {
                try target.commit(signature: analysisSignature)
                bytesSinceCommit = 0
            }
        }
    }

    /// Files prepared ahead of the writer: enough to keep every core busy, few enough to bound memory.
    static let lookahead = max(2, ProcessInfo.processInfo.activeProcessorCount) * 2
}
