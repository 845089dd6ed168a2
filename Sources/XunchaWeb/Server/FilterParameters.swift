import NoticeParsing
import XunchaIndex

/// The search filters of a request, as the command line's options take them: `agency`, `region`,
/// `inspection`, `role`, `year`, `from`, `to`, and `level` (县, 市, 省…, as the notices' metadata and the level
/// facet give it). Their bounds are the library's (`SearchFilters.validated`).
enum FilterParameters {
    static let names: Set<String> = ["agency", "region", "inspection", "role", "year", "from", "to", "level"]
    static let namesWithoutRole = names.subtracting(["role"])

    static func filters(from parameters: QueryParameters) throws -> SearchFilters {
        // An empty name filter filters nothing; an empty year, date, inspection or role is a bad value.
        func given(_ name: String) throws -> String? {
            guard let value = parameters[name]?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
            if name == "agency" || name == "region" || name == "level" {
                guard value.count <= WebLimits.maximumNameCharacters else {
                    throw APIError(.badRequest, "'\(name)' is \(value.count) characters long; at most \(WebLimits.maximumNameCharacters) are taken")
                }
                return value.isEmpty ? nil : value
            }
            return value
        }
        var year: Int?
        if let text = try given("year") {
            guard let value = Int(text) else {
                let bounds = SearchFilters.years
                throw APIError(.badRequest, "'year' takes a year from \(bounds.lowerBound) to \(bounds.upperBound), not '\(QueryParameters.shown(text))'")
            }
            year = value
        }
        var role: ParagraphRole?
        if let text = try given("role") {
            guard let value = ParagraphRole(rawValue: text) else {
                throw APIError(.badRequest, "'role' takes one of \(ParagraphRole.allCases.map(\.rawValue).joined(separator: ", ")), not '\(QueryParameters.shown(text))'")
            }
            role = value
        }
        let from = try given("from"), to = try given("to")
        if year != nil && (from != nil || to != nil) {
            throw APIError(.badRequest, "give either 'year' or 'from'/'to', not both")
        }
        let filters = SearchFilters(agency: try given("agency"), region: try given("region"), inspection: try given("inspection"),
                                    role: role, from: from, to: to, year: year,
                                    level: try given("level"))
        return try filters.validated()
    }
}
