import Foundation
import XCTest
@testable import XunchaIndex

/// Ranked search scored on the judged query set in Tests/Relevance (graded by reading the corpus). The
/// floors guard against regressions; `scripts/eval-relevance` prints the full table with the baselines.
final class RelevanceTests: XCTestCase {
    struct JudgedQuery: Decodable {
        var id: String
        var kind: String
        var query: String
        var relevant: [String: Int]
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

    /// Mean nDCG@10 per kind, and the ids of queries without a relevant hit in their top 10.
    func score(_ queries: [JudgedQuery], label: String) throws -> (byKind: [String: Double], overall: Double, missed: [String]) {
        var byKind: [String: [Double]] = [:]
        var withoutRelevantHit: [String] = []
        for query in queries {
            let ranked = try SampleCorpus.index.locations(query.query, limit: 10)
            byKind[query.kind, default: []].append(Self.ndcg(ranked, query.relevant))
            if !ranked.contains(where: { (query.relevant[$0] ?? 0) > 0 }) { withoutRelevantHit.append(query.id) }
        }
        let mean = { (scores: [Double]) in scores.reduce(0, +) / Double(scores.count) }
        let overall = mean(byKind.values.flatMap { $0 })
        for (kind, scores) in byKind.sorted(by: { $0.key < $1.key }) {
            print(String(format: "relevance %@ %@: nDCG@10 %.3f over %d queries", label, kind, mean(scores), scores.count))
        }
        print(String(format: "relevance %@ overall: nDCG@10 %.3f; no relevant hit in the top 10: %@", label, overall,
                     withoutRelevantHit.joined(separator: ", ")))
        return (byKind.mapValues(mean), overall, withoutRelevantHit)
    }

    func testJudgedQueriesScoreAboveTheirFloors() throws {
        let result = try score(Self.judged("queries.json"), label: "judged")
        XCTAssertGreaterThanOrEqual(result.overall, 0.80)
        for (kind, score) in result.byKind { XCTAssertGreaterThanOrEqual(score, 0.65, kind) }
        XCTAssertLessThanOrEqual(result.missed.count, 1)
    }

    /// The second set was judged after the ranking and data were tuned on the first, by reading the corpus
    /// without running any search: it tells how well the tuning carries over to queries nobody tuned for.
    func testHeldOutQueriesScoreAboveTheirFloor() throws {
        let result = try score(Self.judged("heldout-queries.json"), label: "held-out")
        XCTAssertGreaterThanOrEqual(result.overall, 0.66)
    }
}
