import Foundation
import XCTest
@testable import XunchaIndex

/// Ranked search and `measures` scored on the judged query sets in Tests/Relevance (graded by reading the
/// corpus). The floors guard against regressions; `scripts/eval-relevance` prints the full tables with the
/// baselines. The third set there, final-queries.json, is deliberately not scored here: no parameter may be
/// chosen by looking at it, and a floor would invite that.
final class RelevanceTests: XCTestCase {
    struct JudgedQuery: Decodable {
        var id: String
        var kind: String
        var query: String
        var relevant: [String: Int]
        /// For measure questions: the judged measure paragraphs, which `measures` is scored against.
        var measures: [String: Int]?
    }

    struct Score {
        var byKind: [String: Double]
        var overall: Double
        var missed: [String]
    }

    static func judged(_ file: String) -> [JudgedQuery] {
        let url = SampleCorpus.root.appendingPathComponent("Tests/Relevance/\(file)")
        return try! JSONDecoder().decode([JudgedQuery].self, from: Data(contentsOf: url))
    }

    /// nDCG@10 with the grades as gains and a log2 discount, against the ideal order of the judged grades.
    static func ndcg(_ ranked: [String], _ relevant: [String: Int], depth: Int = 10) -> Double {
        func dcg(_ gains: [Int]) -> Double {
            gains.prefix(depth).enumerated().reduce(0) { $0 + Double($1.element) / log2(Double($1.offset) + 2) }
        }
        let ideal = dcg(relevant.values.sorted(by: >))
        return ideal == 0 ? 0 : dcg(ranked.map { relevant[$0] ?? 0 }) / ideal
    }

    /// Mean nDCG@10 per kind, and the ids of queries without a relevant hit in their top 10. Identical
    /// paragraphs count once, as in `scripts/eval-relevance`.
    func score(_ queries: [JudgedQuery], label: String, judgments: (JudgedQuery) -> [String: Int]?,
               rank: (String) throws -> [String]) rethrows -> Score {
        var byKind: [String: [Double]] = [:]
        var withoutRelevantHit: [String] = []
        for query in queries {
            guard let judged = judgments(query) else { continue }
            let relevant = IdenticalParagraphs.sample.merged(judged)
            let ranked = IdenticalParagraphs.sample.firstCopies(try rank(query.query))
            byKind[query.kind, default: []].append(Self.ndcg(ranked, relevant))
            if !ranked.prefix(10).contains(where: { (relevant[$0] ?? 0) > 0 }) { withoutRelevantHit.append(query.id) }
        }
        let mean = { (scores: [Double]) in scores.reduce(0, +) / Double(scores.count) }
        let overall = mean(byKind.values.flatMap { $0 })
        for (kind, scores) in byKind.sorted(by: { $0.key < $1.key }) {
            print(String(format: "relevance %@ %@: nDCG@10 %.3f over %d queries", label, kind, mean(scores), scores.count))
        }
        print(String(format: "relevance %@ overall: nDCG@10 %.3f; no relevant hit in the top 10: %@", label, overall,
                     withoutRelevantHit.joined(separator: ", ")))
        return Score(byKind: byKind.mapValues(mean), overall: overall, missed: withoutRelevantHit)
    }

    func searchScore(_ file: String, label: String) throws -> Score {
        try score(Self.judged(file), label: label, judgments: { $0.relevant }) {
            try SampleCorpus.index.locations($0, limit: 10)
        }
    }

    /// `measures` is scored by the measure paragraphs it prints, precedent after precedent.
    func measuresScore(_ file: String, label: String) throws -> Score {
        try score(Self.judged(file), label: label, judgments: { $0.measures }) {
            try SampleCorpus.index.precedents(for: $0, limit: 10).flatMap { $0.measures.map(\.location.description) }
        }
    }

    func testTuningQueriesScoreAboveTheirFloors() throws {
        let result = try searchScore("queries.json", label: "tuning")
        XCTAssertGreaterThanOrEqual(result.overall, 0.72)
        for (kind, score) in result.byKind { XCTAssertGreaterThanOrEqual(score, 0.48, kind) }
        XCTAssertLessThanOrEqual(result.missed.count, 2)
    }

    /// The held-out set was judged without looking at the ranking or the synonym data: it tells how well the
    /// tuning carries over to queries nobody tuned for.
    func testHeldOutQueriesScoreAboveTheirFloor() throws {
        let result = try searchScore("heldout-queries.json", label: "held-out")
        XCTAssertGreaterThanOrEqual(result.overall, 0.69)
    }

    func testMeasuresAnswerTheMeasureQuestions() throws {
        let tuning = try measuresScore("queries.json", label: "measures tuning")
        XCTAssertGreaterThanOrEqual(tuning.overall, 0.80)
        XCTAssertTrue(tuning.missed.isEmpty, tuning.missed.joined(separator: ", "))
        let heldOut = try measuresScore("heldout-queries.json", label: "measures held-out")
        XCTAssertGreaterThanOrEqual(heldOut.overall, 0.75)
    }
}

/// Paragraphs of the sample corpus with the same text (punctuation, spaces and width aside) are one paragraph
/// for scoring: the first copy in corpus order stands for all.
struct IdenticalParagraphs {
    static let sample = IdenticalParagraphs(corpus: SampleCorpus.corpus)

    private var canonical: [String: String] = [:]

    init(corpus: URL) {
        var first: [String: String] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        for file in files.filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = (try? String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let folded = Self.fold(String(line))
                guard !folded.isEmpty else { continue }
                let location = "\(file):\(offset + 1)"
                canonical[location] = first[folded, default: location]
                if first[folded] == nil { first[folded] = location }
            }
        }
    }

    static func fold(_ text: String) -> String {
        String(String.UnicodeScalarView(text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    func of(_ location: String) -> String { canonical[location] ?? location }

    /// Judgments with copies merged under one location, keeping the best grade.
    func merged(_ judged: [String: Int]) -> [String: Int] {
        judged.reduce(into: [:]) { merged, entry in
            merged[of(entry.key)] = max(merged[of(entry.key)] ?? 0, entry.value)
        }
    }

    /// A ranking with the later copies of a paragraph already ranked left out.
    func firstCopies(_ ranked: [String]) -> [String] {
        var seen = Set<String>()
        return ranked.map(of).filter { seen.insert($0).inserted }
    }
}
