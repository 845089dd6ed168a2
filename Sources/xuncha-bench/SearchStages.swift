import Foundation
import XunchaIndex

/// Where the time of one web search goes: the search itself, its facets, both as the server asks them
/// (`searchWithFacets`, which checks each candidate's text once for both), and writing them as the JSON
/// `GET /api/search` answers. Each `search` query of the mix is timed stage by stage, in one process with one
/// reader, so that a server's figures can be set against what its work costs without the HTTP around it;
/// `all` is what the server does: both together, then the JSON.
enum SearchStages {
    static func measure(index: NoticeIndex, mix: [BenchmarkQuery], passes: Int, limit: Int) throws -> [JSONValue] {
        let searches = mix.filter { $0.command == "search" }
        var stages: [String: [Double]] = [:]
        for pass in 0...passes {
            for query in searches {
                let request = SearchRequest(query: query.query, limit: limit, filters: query.filters)
                var clock = DispatchTime.now().uptimeNanoseconds
                func lap(_ stage: String) {
                    let now = DispatchTime.now().uptimeNanoseconds
                    if pass > 0 { stages[stage, default: []].append(Double(now - clock) / 1e6) }
                    clock = now
                }
                _ = try index.search(request)
                lap("search")
                _ = try index.facets(for: request)
                lap("facets")
                let started = clock
                let (result, facets) = try index.searchWithFacets(request)
                lap("together")
                let count = result.count
                let body = JSONValue.object([
                    ("hits", .array(result.hits.map { $0.json(count: count) })),
                    ("total", .int(count.estimate)),
                    ("facets", facets.json),
                ]).line
                lap("json")
                precondition(!body.isEmpty)
                if pass > 0 { stages["all", default: []].append(Double(clock - started) / 1e6) }
            }
        }
        return ["search", "facets", "together", "json", "all"].map { stage in
            let sorted = (stages[stage] ?? []).sorted()
            let mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
            return .object([
                ("stage", .string(stage)),
                ("mean_ms", .double((mean * 1000).rounded() / 1000)),
                ("p50_ms", .double(Percentile.of(sorted, 50))),
                ("p99_ms", .double(Percentile.of(sorted, 99))),
                ("runs", .int(sorted.count)),
            ])
        }
    }
}
