import ChineseText
import Foundation
import NoticeParsing
import SwiftXapian

/// Where an index is served over Xapian's remote protocol (`xuncha serve-index`), as `HOST:PORT`.
public struct IndexEndpoint: Sendable, Equatable, CustomStringConvertible {
    public let host: String
    public let port: UInt16

    /// Parses `HOST:PORT`, `[IPv6]:PORT` included; nil when it is not one.
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]), port > 0 else {
            return nil
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || $0 == "/" }) else { return nil }
        self.host = host
        self.port = port
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Whether a database is served here and answers within `timeout` seconds.
    public func answers(within timeout: Double) -> Bool {
        (try? Database(remoteHost: host, port: port, timeout: timeout, connectTimeout: timeout)) != nil
    }
}

/// One of several indexes searched as one: a local folder or a served index. Xapian interleaves the
/// documents of the databases it combines, so which part a document comes from follows from its id.
struct IndexPart {
    let name: String
    let database: Database
    /// The Xapian databases this part adds to the combination: a local index adds each of its shards, a
    /// served one counts as one whatever it serves.
    let width: Int
}

/// How long a served index may take to answer, and whether the others may answer without it.
public struct RemoteReading: Sendable {
    public var timeout: Double
    public var allowPartial: Bool

    public init(timeout: Double = 2, allowPartial: Bool = false) {
        self.timeout = timeout
        self.allowPartial = allowPartial
    }
}

/// A served index that could not be used, in one sentence.
public struct RemoteIndexError: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) { self.description = description }
}

extension NoticeIndex {
    /// Opens a local index (when `directory` is given) and served ones as one index. Ranking uses the
    /// statistics of all, so it equals that of one index holding everything. A served index that does not
    /// answer within `reading.timeout` fails the opening, naming it, unless `reading.allowPartial`: then the
    /// others answer and `missingParts` names it.
    public convenience init(directory: IndexDirectory?, endpoints: [IndexEndpoint], reading: RemoteReading,
                            analyzer: ChineseAnalyzer, ranking: Ranking = .standard) throws {
        var parts: [IndexPart] = []
        var missing: [String] = []
        var localCommit: IndexCommit?
        if let directory {
            let local = try NoticeIndex(directory: directory, analyzer: analyzer, ranking: ranking)
            localCommit = local.commit
            let width: Int
            if case .present(let generation) = directory.state { width = max(Shards.paths(in: generation).count, 1) } else { width = 1 }
            parts.append(IndexPart(name: directory.path, database: local.database, width: width))
        }
        for endpoint in endpoints {
            do {
                parts.append(IndexPart(name: endpoint.description,
                                       database: try Self.openServed(endpoint, reading: reading, analyzer: analyzer,
                                                                     ranking: ranking),
                                       width: 1))
            } catch let error as RemoteIndexError {
                guard reading.allowPartial else { throw error }
                missing.append(endpoint.description)
            }
        }
        guard !parts.isEmpty else {
            throw RemoteIndexError(description: "none of the indexes answered: \(missing.joined(separator: ", "))")
        }
        try self.init(combining: parts, missing: missing, analyzer: analyzer, ranking: ranking, commit: localCommit)
    }

    private static func openServed(_ endpoint: IndexEndpoint, reading: RemoteReading,
                                   analyzer: ChineseAnalyzer, ranking: Ranking) throws -> Database {
        do {
            let database = try Database(remoteHost: endpoint.host, port: endpoint.port, timeout: reading.timeout,
                                        connectTimeout: reading.timeout)
            let facts = try StoredIndexFacts(database: database)
            if let reason = facts.mismatch(schema: IndexSchema.version, analysis: IndexSchema.analysisSignature(analyzer, ranking: ranking)) {
                throw RemoteIndexError(description: "the index served at \(endpoint) cannot be searched by this xuncha: \(reason)")
            }
            return database
        } catch let error as XapianError {
            throw Self.unreachable(endpoint.description, error)
        }
    }

    static func unreachable(_ name: String, _ error: XapianError) -> RemoteIndexError {
        let why = error.isKind(of: "NetworkTimeoutError") ? "did not answer in time"
            : error.isKind(of: "NetworkError") ? "cannot be reached" : "cannot be read (\(error.type))"
        return RemoteIndexError(description: "the index served at \(name) \(why)")
    }

    static func combined(_ parts: [IndexPart]) throws -> Database {
        let combined = try Database(paths: [])
        for part in parts { try combined.add(part.database) }
        return combined
    }

    /// Whether several indexes are searched as one.
    public var isCombined: Bool { parts.count > 1 || parts.contains { $0.name != directory.path } }

    /// The name of the index a document comes from (its folder or `HOST:PORT`), when several are searched.
    func partName(of documentID: DocumentID) -> String? {
        partNumber(of: documentID).map { parts[$0].name }
    }

    private func partNumber(of documentID: DocumentID) -> Int? {
        guard isCombined, documentID > 0 else { return nil }
        var slot = Int(documentID - 1) % parts.reduce(0) { $0 + $1.width }
        for (number, part) in parts.enumerated() {
            if slot < part.width { return number }
            slot -= part.width
        }
        return nil
    }

    /// The notice of a paragraph, read from the index that holds the paragraph: two indexes may hold files
    /// of the same name.
    func notice(key: String, of documentID: DocumentID) throws -> NoticeRecord? {
        guard let number = partNumber(of: documentID) else { return try notice(key: key) }
        return try reading { try StoredNotice.read(key, from: parts[number].database) }
    }

    /// Every notice of every index, in corpus order. Xapian reads metadata from the first database only,
    /// so each index's manifest and notices are read from it.
    func noticesOfEachPart() throws -> [NoticeRecord] {
        try parts.flatMap { part in
            guard let manifest = try reading({ try Manifest.read(from: part.database) }) else {
                throw IndexError.damagedIndex(path: part.name, reason: "its file manifest is unreadable")
            }
            return try manifest.files.keys.sorted().flatMap { source in
                try manifest.files[source]!.notices.compactMap { key in try reading { try StoredNotice.read(key, from: part.database) } }
            }
        }.sorted { ($0.source, $0.startLine) < ($1.source, $1.startLine) }
    }

    /// What went wrong with served indexes when Xapian reports a network failure mid-query: each is asked
    /// again, and those that do not answer are named.
    func failureOfServedParts(_ error: XapianError) -> RemoteIndexError? {
        guard isCombined, error.isKind(of: "NetworkError") else { return nil }
        let silent = parts.filter { part in
            guard let endpoint = IndexEndpoint(part.name), part.name != directory.path else { return false }
            return (try? Database(remoteHost: endpoint.host, port: endpoint.port, timeout: 1, connectTimeout: 1).documentCount) == nil
        }
        guard !silent.isEmpty else { return Self.unreachable(parts.map(\.name).joined(separator: ", "), error) }
        return Self.unreachable(silent.map(\.name).joined(separator: ", "), error)
    }
}

extension NoticeIndex {
    /// A notice by key, from the first index that holds it.
    func noticeInAnyPart(key: String) throws -> NoticeRecord? {
        for part in parts {
            if try reading({ try StoredNotice.isStored(key, in: part.database) }) {
                return try reading { try StoredNotice.read(key, from: part.database) }
            }
        }
        return nil
    }

    /// Copies folded into each hit, counted again when served indexes take part: Xapian's remote protocol
    /// does not carry the counts of folded documents, so each hit's copies among the query's matches are
    /// counted by a query of their own.
    func countingDuplicates(_ matches: [FoundMatch], of query: Query, collapsed: Bool) throws -> [FoundMatch] {
        guard isCombined, collapsed else { return matches }
        return try reading {
            let enquire = Enquire(database: database)
            try enquire.setWeighting(.boolean)
            return try matches.map { match in
                let key = try database.document(match.documentID).value(slot: IndexSchema.Slot.duplicateKey)
                guard !key.isEmpty else { return match }
                try enquire.setQuery(.filter(query, .valueRange(slot: IndexSchema.Slot.duplicateKey, from: key, to: key)))
                let copies = try enquire.matches(maxItems: 10_000)
                var counted = match
                counted.collapseCount = max(copies.count - 1, 0)
                return counted
            }
        }
    }
}

extension SearchHit {
    /// When several indexes are searched as one: `index`, the one the hit comes from, and `missing`, those
    /// that did not answer (a partial answer).
    var originFields: [(String, JSONValue)] {
        (index.map { [("index", JSONValue.string($0))] } ?? []) + (missing.isEmpty ? [] : [("missing", .strings(missing))])
    }
}

extension NoticeIndex {
    /// The combination moved to the latest commit of each index it holds.
    func reopenedCombination() throws -> Database {
        try database.reopen()
        return database
    }
}

extension NoticeIndex {
    /// Two indexes may hold files of the same name: a paragraph reference that names different paragraphs
    /// in several of them is refused, naming them, rather than answered with one picked by chance.
    func refuseAmbiguous(_ reference: ParagraphReference) throws {
        guard isCombined else { return }
        let term = reference.term
        let holders = try reading {
            try parts.compactMap { part -> (name: String, text: String)? in
                let enquire = Enquire(database: part.database)
                try enquire.setQuery(.term(term))
                try enquire.setWeighting(.boolean)
                guard let match = try enquire.matches(maxItems: 1).first else { return nil }
                return (part.name, try Self.decodeRecord(try match.document().data).text)
            }
        }
        guard Set(holders.map(\.text)).count > 1 else { return }
        throw RemoteIndexError(description: "paragraph '\(reference.description)' names different paragraphs in "
            + holders.map(\.name).joined(separator: ", ") + "; ask one of them alone")
    }
}
