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

    static let judged: [JudgedQuery] = {
        let url = SampleCorpus.root.appendingPathComponent("Tests/Relevance/queries.json")
        return try! JSONDecoder().decode([JudgedQuery].self, from: Data(contentsOf: url))
    }()

    /// nDCG@10 with the grades as gains and a log2 discount, against the ideal order of the judged grades.
    static func ndcg(_ ranked: [String], _ relevant: [String: Int], depth: Int = 10) -> Double {
        func dcg(_ gains: [Int]) -> Double {
            gains.prefix(depth).enumerated().reduce(0) { $0 + Double($1.element) / log2(Double($1.offset) + 2) }
        }
        let ideal = dcg(relevant.values.sorted(by: >))
        return ideal == 0 ? 0 : dcg(ranked.map { relevant[$0] ?? 0 }) / ideal
    }

    func testJudgedQueriesScoreAboveTheirFloors() throws {
        var byKind: [String: [Double]] = [:]
        var withoutRelevantHit: [String] = []
        for query in Self.judged {
            let ranked = try SampleCorpus.index.locations(query.query, limit: 10)
            byKind[query.kind, default: []].append(Self.ndcg(ranked, query.relevant))
            if !ranked.contains(where: { (query.relevant[$0] ?? 0) > 0 }) { withoutRelevantHit.append(query.id) }
        }
        let all = byKind.values.flatMap { $0 }
        let mean = { (scores: [Double]) in scores.reduce(0, +) / Double(scores.count) }
        for (kind, scores) in byKind.sorted(by: { $0.key < $1.key }) {
            print(String(format: "relevance %@: nDCG@10 %.3f over %d queries", kind, mean(scores), scores.count))
        }
        print(String(format: "relevance overall: nDCG@10 %.3f; no relevant hit in the top 10: %@", mean(all),
                     withoutRelevantHit.joined(separator: ", ")))
        XCTAssertGreaterThanOrEqual(mean(all), 0.78)
        for (kind, scores) in byKind { XCTAssertGreaterThanOrEqual(mean(scores), 0.58, kind) }
        XCTAssertLessThanOrEqual(withoutRelevantHit.count, 1)
    }
}
