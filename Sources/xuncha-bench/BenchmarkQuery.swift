import Foundation
import XunchaIndex

/// One query of the benchmark mix.
struct BenchmarkQuery: Decodable, Sendable {
    var kind: String
    var command: String
    var query: String
    var agency: String?
    var year: Int?

    static func load(_ path: String) throws -> [BenchmarkQuery] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            try JSONDecoder().decode(BenchmarkQuery.self, from: Data($0.utf8))
        }
    }

    var filters: SearchFilters {
        SearchFilters(agency: agency, year: year)
    }

    func run(on index: NoticeIndex, limit: Int) throws {
        switch command {
        case "measures": _ = try index.precedents(for: query, limit: limit, filters: filters)
        case "similar": _ = try index.similar(to: query, limit: limit, filters: filters)
        default: _ = try index.search(SearchRequest(query: query, limit: limit, filters: filters))
        }
    }
}
