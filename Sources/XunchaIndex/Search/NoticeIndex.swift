import ChineseText
import Foundation
import NoticeParsing
import SwiftXapian

/// The read side of an index: search, look up paragraphs and notices. Reopens and retries when a
/// concurrent indexing run commits underneath it, so readers always see a committed state.
///
/// One instance is used by one thread at a time (its Xapian handles and caches are not shared); many tasks
/// share an index through `SharedIndexReader`, which lends each its own.
public final class NoticeIndex {
    public let directory: IndexDirectory
    let analyzer: ChineseAnalyzer
    /// How hits are ranked; its stored weights are those the index was written with.
    public let ranking: Ranking
    var database: Database
    private var noticeCache: [String: NoticeRecord] = [:]
    /// Agency and place names by prefix: reading ten thousand of them costs more than the search they filter.
    private var nameCache: [String: [String]] = [:]
    /// The indexes searched as one, when there are several (IndexParts.swift).
    var parts: [IndexPart] = []
    /// Served indexes left out because they did not answer, when a partial answer was allowed.
    public private(set) var missingParts: [String] = []
    /// The commit this reader sees; nil when served indexes take part, whose commits are not told.
    public private(set) var commit: IndexCommit?

    init(combining parts: [IndexPart], missing: [String], analyzer: ChineseAnalyzer, ranking: Ranking,
         commit: IndexCommit?) throws {
        directory = IndexDirectory(path: parts[0].name)
        self.analyzer = analyzer
        self.ranking = ranking
        self.parts = parts
        missingParts = missing
        database = try Self.combined(parts)
        self.commit = isCombined ? nil : commit
    }

    /// Opens the live generation of `directory`. An index written with another analysis (or other stored
    /// weights than `ranking`'s) is refused as stale.
    public init(directory: IndexDirectory, analyzer: ChineseAnalyzer, ranking: Ranking = .standard) throws {
        self.directory = directory
        self.analyzer = analyzer
        self.ranking = ranking
        (database, commit) = try LiveGeneration.openCommit(directory)
        do {
            let facts = try StoredIndexFacts(database: database)
            if let reason = facts.mismatch(schema: IndexSchema.version,
                                           analysis: IndexSchema.analysisSignature(analyzer, ranking: ranking)) {
                throw IndexError.staleIndex(path: directory.url.path, reason: reason)
            }
        } catch let error as XapianError {
            throw IndexError.unreadableIndex(path: directory.url.path, underlying: error)
        }
    }

    /// The corpus folder the index was built from.
    public var corpus: String? { try? StoredIndexFacts(database: database).corpus }

    public var paragraphCount: Int { (try? database.documentCount) ?? 0 }

    /// Runs `body`, opening the index afresh once if a writer committed while it read. Whatever Xapian
    /// reports then is damage, named with the index.
    func reading<T>(_ body: () throws -> T) throws -> T {
        do {
            do {
                return try body()
            } catch let error as XapianError where error.isDatabaseModified {
                if isCombined {
                    database = try reopenedCombination()
                } else {
                    (database, commit) = try LiveGeneration.openCommit(directory)
                }
                noticeCache.removeAll()
                nameCache.removeAll()
                return try body()
            }
        } catch let error as XapianError {
            throw failureOfServedParts(error) ?? IndexError.unreadableIndex(path: name, underlying: error)
        } catch is UnreadableParagraph {
            throw IndexError.unreadableParagraph(path: name)
        }
    }

    /// The index named in messages: its folder, or the folders and addresses of the indexes searched as one.
    public var name: String {
        isCombined ? parts.map(\.name).joined(separator: ", ") : directory.url.path
    }

    // MARK: - Lookups

    public func notice(key: String) throws -> NoticeRecord? {
        if let cached = noticeCache[key] { return cached }
        if isCombined { return try noticeInAnyPart(key: key) }
        guard let record = try reading({ try StoredNotice.read(key, from: database) }) else { return nil }
        noticeCache[key] = record
        return record
    }

    /// The names (boolean terms) under a prefix, read once for as long as this reader sees the same revision.
    func names(withPrefix prefix: String) throws -> [String] {
        if let cached = nameCache[prefix] { return cached }
        let names = try database.terms(withPrefix: prefix)
        nameCache[prefix] = names
        return names
    }

    /// The keys of the notices whose level is `level`, read once for as long as this reader sees the same revision.
    func noticeKeys(atLevel level: String) throws -> [String] {
        let cacheKey = "level\u{0}" + level
        if let cached = nameCache[cacheKey] { return cached }
        let keys = try notices().filter { $0.metadata.level == level }.map(\.key)
        nameCache[cacheKey] = keys
        return keys
    }

    /// Every notice, in corpus order.
    public func notices() throws -> [NoticeRecord] {
        if isCombined { return try noticesOfEachPart() }
        guard let manifest = try reading({ try Manifest.read(from: database) }) else {
            throw IndexError.damagedIndex(path: name, reason: "its file manifest is unreadable")
        }
        return try manifest.files.keys.sorted().flatMap { source in
            try manifest.files[source]!.notices.compactMap { try notice(key: $0) }
        }.sorted { ($0.source, $0.startLine) < ($1.source, $1.startLine) }
    }

    /// A paragraph by `SOURCE:LINE` or by its short id, as the user wrote it.
    public func paragraph(_ reference: String) throws -> ParagraphRecord {
        try paragraph(ParagraphReference(parsing: reference))
    }

    /// A paragraph by its location or short id.
    public func paragraph(_ reference: ParagraphReference) throws -> ParagraphRecord {
        try refuseAmbiguous(reference)
        guard let record = try records(matching: .term(reference.term), limit: 1).first else {
            throw IndexError.unknownParagraph(reference.description)
        }
        return record
    }

    /// The paragraph at a location the index gave.
    public func paragraph(at location: ParagraphLocation) throws -> ParagraphRecord {
        try paragraph(ParagraphReference(location))
    }

    /// The measures that answer a problem paragraph, in document order. A label alone (`整改情况：`) is left out:
    /// it says nothing itself, and the measures under it follow.
    public func measures(answering problem: ParagraphLocation) throws -> [ParagraphRecord] {
        let term = StoredTerms.answers(problem)
        return try records(matching: .term(term), limit: 1000)
            .filter { !MeasureDetails.isBareLabel($0.text) }
            .sorted { $0.line < $1.line }
    }

    func records(matching query: Query, limit: Int) throws -> [ParagraphRecord] {
        try reading {
            let enquire = Enquire(database: database)
            try enquire.setQuery(query)
            try enquire.setWeighting(.boolean)
            try enquire.setDocumentIDOrder(.ascending)
            return try enquire.matches(maxItems: limit).map { try Self.decodeRecord(try $0.document().data).withMeasureDetails() }
        }
    }

    /// A paragraph from its document's data; damage is named with the index by `reading`.
    static func decodeRecord(_ data: String) throws -> ParagraphRecord {
        do {
            return try StoredParagraph.decode(data)
        } catch {
            throw UnreadableParagraph()
        }
    }
}

/// A paragraph's stored data that cannot be decoded: damage, named with the index by `reading`.
struct UnreadableParagraph: Error {}
