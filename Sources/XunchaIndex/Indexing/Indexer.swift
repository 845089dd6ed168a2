import ChineseText
import Foundation
import NoticeParsing
import SwiftXapian

/// Brings an index in line with its corpus folder: adds new files, re-indexes changed ones, removes deleted
/// ones, and leaves unchanged ones unread. Every commit holds paragraphs and manifest together, and every
/// file is first cleared of its old paragraphs, so a run killed at any moment leaves a database that the
/// next run completes to exactly what a clean build gives.
public final class Indexer {
    public let directory: IndexDirectory
    let extractor: TermExtractor
    /// Its stored weights shape the frequencies written, and are part of the analysis signature.
    public let ranking: Ranking
    /// Commit after this many bytes of new text, bounding memory and the work a crash can lose.
    public var commitEveryBytes: Int64 = 32 << 20
    /// Which files are read in pieces, and the largest file of a format that must be read whole.
    public var sizeLimits = FileSizeLimits()
    /// What the run under way writes: a new generation or the live one, and from which folders.
    var currentRun: (buildsNewGeneration: Bool, corpora: [URL])?
    /// How the corpus is walked; tests replace its folder listing to simulate an unreadable disk.
    var scanner = CorpusScanner()
    /// Shards of a new generation; tests compare an index of one shard with one of several.
    var shardCount = Shards.count
    /// Follow links that lead out of the corpus folders (never into `/proc`, `/sys` or `/dev`); nil keeps what the
    /// index remembers.
    public var followLinks: Bool?

    public init(directory: IndexDirectory, analyzer: ChineseAnalyzer, ranking: Ranking = .standard) {
        self.directory = directory
        self.extractor = TermExtractor(analyzer: analyzer)
        self.ranking = ranking
    }

    /// The text that must match between index and program for an incremental update to be safe.
    var analysisSignature: String { IndexSchema.analysisSignature(extractor.analyzer, ranking: ranking) }

    /// Indexes `corpus`, or the folders the index remembers when nil (`./corpus` for a new index).
    public func run(corpus corpusPath: String?, rebuild: Bool, prune: Bool = false,
                    progress: ((IndexProgress) -> Void)? = nil) throws -> IndexSummary {
        try run(corpora: corpusPath.map { [$0] } ?? [], rebuild: rebuild, prune: prune, progress: progress)
    }

    /// Indexes the folders `corpora`, or those the index remembers when empty. An index belongs to its folders:
    /// other folders are refused unless `rebuild`, and a run that would remove more than half of the index's
    /// files changes nothing unless `prune`.
    public func run(corpora: [String], rebuild: Bool, prune: Bool = false,
                    progress: ((IndexProgress) -> Void)? = nil) throws -> IndexSummary {
        try explainingFullDisk {
            try run(corpora: corpora, rebuild: rebuild, prune: prune, progress: progress, holding: directory.lockForWriting())
        }
    }

    func run(corpus corpusPath: String?, rebuild: Bool, progress: ((IndexProgress) -> Void)?,
             holding lock: WriterLock) throws -> IndexSummary {
        try run(corpora: corpusPath.map { [$0] } ?? [], rebuild: rebuild, prune: false, progress: progress, holding: lock)
    }

    func run(corpora: [String], rebuild: Bool, prune: Bool, progress: ((IndexProgress) -> Void)?,
             holding lock: WriterLock) throws -> IndexSummary {
        let started = Date()
        defer { withExtendedLifetime(lock) {} }

        let given = corpora.isEmpty ? nil : try CorpusFolders(corpora)
        let opened = try openTarget(rebuild: rebuild, given: given)
        var target = opened.target
        currentRun = (target.isNewGeneration, target.corpus.urls)
        target.followLinks = followLinks ?? opened.followedLinks
        var scanner = self.scanner
        scanner.followLinks = target.followLinks
        // A new generation that does not become current is removed at once: a failed build leaves nothing behind.
        var madeCurrent = false
        defer { if target.isNewGeneration && !madeCurrent { target.abandon() } }
        var summary = IndexSummary()
        summary.rebuilt = target.isNewGeneration && target.rebuildReason != nil
        summary.rebuildReason = target.rebuildReason
        summary.index = directory.url.path
        summary.corpus = target.corpus.urls[0].path
        summary.corpora = target.corpus.urls.map(\.path)

        let scan = try scanner.scan(target.corpus)
        summary.linksNotFollowed = scan.linksNotFollowed
        if !prune { try refuseMassRemoval(scan: scan, previous: opened.previous, target: target) }
        summary.skipped = scan.notNotices.count
        summary.failed = scan.unreadable.map { .init(source: $0.source, reason: $0.reason) }

        try removeVanishedFiles(scan: scan, target: &target, summary: &summary)
        let candidates = scan.files.filter { file in
            guard let entry = target.manifest.files[file.source] else { return true }
            // A file is read again when any of the three differs; its hash then says whether it really changed.
            // The change time catches an edit whose modification time was set back (`touch -r`, `cp -p`).
            if entry.size == file.size && entry.modified == file.modified && entry.changed == file.changed {
                summary.unchanged += 1
                return false
            }
            return true
        }
        try write(candidates, into: &target, summary: &summary, started: started, progress: progress)
        try target.commit(signature: analysisSignature)
        if target.isNewGeneration {
            try target.close()
            Compaction.compact(target.generation)
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

    /// The target to write, and the manifest of the index it updates or replaces when it is of the same folders.
    private struct OpenedTarget {
        var target: WriteTarget
        var previous: Manifest?
        /// Whether the index being updated or replaced followed links out of its folders.
        var followedLinks = false
    }

    private func openTarget(rebuild: Bool, given: CorpusFolders?) throws -> OpenedTarget {
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
            return OpenedTarget(target: try newGeneration(corpus: given ?? Self.defaultCorpus, reason: "it was damaged: \(reason)"),
                                previous: nil)
        case .present(let path) where !rebuild:
            switch try LiveGeneration.openForWriting(directory, path: path, analysisSignature: analysisSignature) {
            case .update(let shards, let stored, let manifest):
                do {
                    let corpus = try corpusFolders(given: given, remembered: stored)
                    let target = try WriteTarget(shards: shards, generation: Generation(in: directory, name: directory.currentTarget ?? "")!,
                                                 isNewGeneration: false, corpus: corpus, manifest: manifest, rebuildReason: nil,
                                                 weights: ranking.stored)
                    return OpenedTarget(target: target, previous: manifest, followedLinks: stored.followLinks)
                } catch {
                    for shard in shards { _ = try? Shards.close(shard) }
                    throw error
                }
            case .rebuild(let reason, let stored, let manifest):
                let corpus = try corpusFolders(given: given, remembered: stored)
                return OpenedTarget(target: try newGeneration(corpus: corpus, reason: reason), previous: manifest,
                                    followedLinks: stored?.followLinks ?? false)
            }
        case .present(let path):
            let stored = LiveGeneration.readableFacts(path)
            // Folders remembered but no longer acceptable matter only when no others are given.
            let remembered = given == nil ? try stored?.corpora.map(CorpusFolders.init)
                                          : (try? stored?.corpora.map(CorpusFolders.init)) ?? nil
            let corpus = given ?? remembered ?? Self.defaultCorpus
            // Rebuilt from other folders on request: what the old index held is not compared with them.
            let sameFolders = remembered.map { corpus.names(sameFoldersAs: $0) } ?? false
            let previous = sameFolders ? (try? stored?.manifest()) ?? nil : nil
            return OpenedTarget(target: try newGeneration(corpus: corpus, reason: "it was asked for"), previous: previous,
                                followedLinks: stored?.followLinks ?? false)
        case .missing:
            return OpenedTarget(target: try newGeneration(corpus: given ?? Self.defaultCorpus, reason: nil), previous: nil)
        }
    }

    /// The folders to index in place of an index's own: those given, which must be the ones it remembers,
    /// or those it remembers, or `./corpus`.
    private func corpusFolders(given: CorpusFolders?, remembered stored: StoredIndexFacts?) throws -> CorpusFolders {
        let remembered = try stored?.corpora.map(CorpusFolders.init)
        if let given, let remembered, !given.names(sameFoldersAs: remembered) {
            throw IndexError.otherCorpus(index: directory.url.path, indexed: remembered.description, given: given.description)
        }
        return given ?? remembered ?? Self.defaultCorpus
    }

    static var defaultCorpus: CorpusFolders { try! CorpusFolders(["corpus"]) }

    /// More than half of the index's files gone at once is more likely an unmounted disk or a wrong path than
    /// files really deleted: such a run changes nothing unless `--prune` says so. A rebuild keeps nothing of
    /// what it cannot read, so every file it does not find counts.
    private func refuseMassRemoval(scan: CorpusScanner.Result, previous: Manifest?, target: WriteTarget) throws {
        guard let previous, !previous.files.isEmpty else { return }
        let present = Set(scan.files.map(\.source))
        let removing = previous.files.keys.filter { source in
            !present.contains(source) && (target.isNewGeneration || !scan.keeps(source))
        }.count
        if removing * 2 > previous.files.count {
            throw IndexError.wouldRemoveMost(index: directory.url.path, removing: removing, of: previous.files.count,
                                             corpus: target.corpus.description)
        }
    }

    private func newGeneration(corpus: CorpusFolders, reason: String?) throws -> WriteTarget {
        // A corpus that is not there must not cost the user the index they have.
        for folder in corpus.urls {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw IndexError.missingCorpus(path: folder.path)
            }
        }
        directory.removeStaleGenerations(keeping: directory.currentGenerationName)
        try directory.checkRoomForNewGeneration()
        let generation = try Generation.create(in: directory)
        do {
            let shards = try Shards.newPaths(in: generation.path, count: shardCount).map {
                try Shards.openWriter($0, mode: .createOrOverwrite, durable: false)
            }
            return try WriteTarget(shards: shards, generation: generation, isNewGeneration: true, corpus: corpus,
                                   manifest: Manifest(), rebuildReason: reason, weights: ranking.stored)
        } catch {
            generation.remove()
            throw error
        }
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
        let pipeline = PreparationPipeline(files: candidates, extractor: extractor, limits: sizeLimits, lookahead: Self.lookahead)
        for index in candidates.indices {
            let stored: (result: WriteTarget.StoreResult, file: CorpusFile, shortenedLines: [Int])?
            switch pipeline.take(index) {
            case .failed(let source, let reason):
                summary.failed.append(.init(source: source, reason: reason))
                stored = nil
            case .ready(let file):
                stored = (try target.store(file), file.file, [])
            case .inPieces(let file):
                do {
                    let result = try file.store(into: &target, extractor: extractor)
                    stored = (result.result, file.file, result.shortenedLines)
                } catch let error as CorpusFileError {
                    summary.failed.append(.init(source: error.source, reason: error.reason))
                    stored = nil
                }
            }
            if let stored {
                switch stored.result {
                case .added: summary.added += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
                summary.bytesRead += stored.file.size
                bytesSinceCommit += stored.file.size
                if let first = stored.shortenedLines.first {
                    summary.shortened.append(.init(source: stored.file.source,
                                                   reason: shortening(stored.shortenedLines, first: first)))
                }
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

    /// Why a file was indexed only in part: "line 1 is longer than 16 MB: only the first 16 MB of it is indexed".
    func shortening(_ lines: [Int], first: Int) -> String {
        let limit = FileSizeLimits.size(Int64(sizeLimits.longestLine)).replacingOccurrences(of: ".0 MB", with: " MB")
        let which = lines.count == 1 ? "line \(first) is" : "\(lines.count) lines (the first is line \(first)) are"
        return "\(which) longer than \(limit): only the first \(limit) of \(lines.count == 1 ? "it is" : "each are") indexed"
    }

    /// Files prepared ahead of the writer: enough to keep every core busy, few enough to bound memory.
    static let lookahead = max(2, ProcessInfo.processInfo.activeProcessorCount) * 2
}
