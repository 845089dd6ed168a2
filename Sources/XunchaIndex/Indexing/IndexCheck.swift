import ChineseText
import Foundation
import SwiftXapian

/// What `xuncha check` found: Xapian's own consistency check of every shard, the structure every open
/// checks, and the manifest against what the shards hold.
public struct IndexCheckReport: Sendable {
    public struct Shard: Sendable {
        public var name: String
        public var paragraphs: Int
        /// Inconsistencies Xapian's check counted; nil when it could not check the shard at all.
        public var xapianErrors: Int?
    }

    public var index: String
    public var generation: String
    public var shards: [Shard] = []
    public var files = 0
    public var notices = 0
    public var paragraphs = 0
    /// What is wrong, one sentence each; empty for a sound index.
    public var problems: [String] = []
    /// Why the next `xuncha index` will rebuild it anyway (another layout or analysis), if so.
    public var stale: String?

    public var isSound: Bool { problems.isEmpty }
}

public enum IndexCheck {
    /// Checks the index in `directory`; one written with another analysis or other stored weights than
    /// `ranking`'s is reported stale. Throws when there is no index to check there.
    public static func run(_ directory: IndexDirectory, analyzer: ChineseAnalyzer,
                           ranking: Ranking = .standard) throws -> IndexCheckReport {
        let path: String
        do {
            path = try directory.livePath()
        } catch IndexError.damagedIndex(_, let reason) {
            // A generation the `current` link cannot name is reported, not thrown: the check says what it found.
            var report = IndexCheckReport(index: directory.path, generation: directory.currentTarget ?? "")
            report.problems.append(reason)
            return report
        }
        var report = IndexCheckReport(index: directory.path, generation: (path as NSString).lastPathComponent)
        for shardPath in Shards.paths(in: path) {
            let name = (shardPath as NSString).lastPathComponent
            var shard = IndexCheckReport.Shard(name: name, paragraphs: 0, xapianErrors: nil)
            do {
                let consistency = try Database.check(path: shardPath)
                shard.xapianErrors = consistency.errors
                if consistency.errors > 0 {
                    report.problems.append("Xapian's check found \(consistency.errors) errors in \(name)\(firstFinding(consistency.details))")
                }
            } catch let error as XapianError {
                report.problems.append("Xapian cannot check \(name) (\(error.message))")
            }
            shard.paragraphs = (try? Database(path: shardPath).documentCount) ?? 0
            report.shards.append(shard)
        }
        do {
            let shards = try Shards.openEach(path)
            if case .damaged(let reason) = try GenerationHealth.examine(path, shards: shards) {
                report.problems.append(reason)
            }
            guard let first = shards.first else { return report }
            let facts = try StoredIndexFacts(database: first)
            report.stale = facts.mismatch(schema: IndexSchema.version, analysis: IndexSchema.analysisSignature(analyzer, ranking: ranking))
            guard let manifest = try facts.manifest() else {
                report.problems.append("its file manifest is unreadable")
                return report
            }
            report.problems += try compare(manifest, with: shards)
            report.files = manifest.files.count
            report.notices = manifest.files.values.reduce(0) { $0 + $1.notices.count }
            report.paragraphs = manifest.files.values.reduce(0) { $0 + $1.paragraphs }
        } catch let error as XapianError {
            report.problems.append("it cannot be read (\(error.message))")
        }
        return report
    }

    /// Every file of the manifest has in each shard the paragraphs the manifest counts there, and its notices;
    /// no shard holds paragraphs of files the manifest does not list.
    static func compare(_ manifest: Manifest, with shards: [Database]) throws -> [String] {
        var problems: [String] = []
        var listed = [Int](repeating: 0, count: shards.count)
        for source in manifest.files.keys.sorted() {
            let entry = manifest.files[source]!
            let term = StoredTerms.file(source)
            if let counts = entry.shards, counts.count != shards.count || counts.reduce(0, +) != entry.paragraphs {
                problems.append("the manifest counts the paragraphs of \(source) in its shards as \(counts), in all as \(entry.paragraphs)")
            }
            for (number, shard) in shards.enumerated() {
                let held = try shard.termFrequency(term)
                let expected = entry.paragraphs(inShard: number, of: shards.count, source: source)
                if held != expected {
                    problems.append("shard-\(number) holds \(held) paragraphs of \(source), the manifest \(expected)")
                }
                guard expected > 0 else { continue }
                listed[number] += held
                // Xapian's check walks the tables' structure, not what their items hold: every paragraph is read.
                let unreadable = try shard.postings(for: term).filter { id in
                    (try? StoredParagraph.decode(try shard.document(id).data)) == nil
                }.count
                if unreadable > 0 { problems.append("\(unreadable) paragraphs of \(source) in shard-\(number) cannot be read") }
            }
            let missing = try entry.notices.filter { try !StoredNotice.isStored($0, in: shards[0]) }
            if !missing.isEmpty { problems.append("\(missing.count) notices of \(source) are missing") }
        }
        for (number, shard) in shards.enumerated() where try shard.documentCount != listed[number] {
            problems.append("shard-\(number) holds \(try shard.documentCount - listed[number]) paragraphs of files the manifest does not list")
        }
        return problems.count > 10 ? Array(problems.prefix(10)) + ["and \(problems.count - 10) more"] : problems
    }

    /// The first line of Xapian's report that names a fault, as a clause.
    private static func firstFinding(_ details: String) -> String {
        let lines = details.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let line = lines.first(where: { $0.localizedCaseInsensitiveContains("error") || $0.contains("corrupt") })
            ?? lines.first, !line.isEmpty else { return "" }
        return ", the first: \(line.prefix(160))"
    }
}
