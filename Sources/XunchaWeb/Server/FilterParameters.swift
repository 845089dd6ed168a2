import NoticeParsing
import XunchaIndex

/// The search filters of a request, as the command line's options take them: `agency`, `region`,
/// `inspection`, `role`, `year`, `from`, `to`. Their bounds are the library's (`SearchFilters.validated`).
enum FilterParameters {
    static let names: Set<String> = ["agency", "region", "inspection", "role", "year", "from", "to"]
    static let namesWithoutRole = names.subtracting(["role"])

    static func filters(from parameters: QueryParameters) throws -> SearchFilters {
        func given(_ name: String) -> String? {
            guard let value = parameters[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        var year: Int?
        if let text = given("year") {
            guard let value = Int(text) else {
                let bounds = SearchFilters.years
                throw APIError(.badRequest, "'year' takes a year from \(bounds.lowerBound) to \(bounds.upperBound), not '\(QueryParameters.shown(text))'")
            }
            year = value
        }
        var role: ParagraphRole?
        if let text = given("role") {
            guard let value = ParagraphRole(rawValue: text) else {
                throw APIError(.badRequest, "'role' takes one of \(ParagraphRole.allCases.map(\.rawValue).joined(separator: ", ")), not '\(QueryParameters.shown(text))'")
            }
            role = value
        }
        if year != nil && (given("from") != nil || given("to") != nil) {
            throw APIError(.badRequest, "give either 'year' or 'from'/'to', not both")
        }
        let filters = SearchFilters(agency: given("agency"), region: given("region"), inspection: given("inspection"),
                                    role: role, from: given("from"), to: given("to"), year: year)
        return try filters.validated()
    }
}
