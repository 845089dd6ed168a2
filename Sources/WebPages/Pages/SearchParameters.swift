import Foundation
import NoticeParsing
import XunchaIndex

/// What a search page was asked for: the query, the filters applied and the page, read from the address
/// and written back into every link that changes one of them.
public struct SearchParameters: Sendable, Equatable {
    public var query: String
    /// The filters as named in the address, in a fixed order: agency, region, level, inspection, year, role.
    public var applied: [(name: String, value: String)] {
        Self.filterNames.compactMap { name in values[name].map { (name, $0) } }
    }
    /// 1-based.
    public var page: Int
    public static let pageSize = 20
    /// How many pages may be asked for: far past any useful reading, well within the index's limits.
    public static let lastPage = 500
    public static let filterNames = ["agency", "region", "level", "inspection", "year", "role"]
    private var values: [String: String]

    public static func == (a: SearchParameters, b: SearchParameters) -> Bool {
        a.query == b.query && a.page == b.page && a.values == b.values
    }

    public init(query: String = "", filters: [String: String] = [:], page: Int = 1) {
        self.query = query
        self.values = filters.filter { Self.filterNames.contains($0.key) && !$0.value.isEmpty }
        self.page = page
    }

    /// Reads `q`, the filters and `page` from the address; a value that cannot be used is a `PageError`
    /// in one sentence.
    public init(parameters: [(String, String)]) throws {
        var query = ""
        var values: [String: String] = [:]
        var page = 1
        for (name, raw) in parameters {
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "q": query = raw
            case "page":
                guard let number = Int(value), (1...Self.lastPage).contains(number) else {
                    throw PageError.badRequest("页码应为 1 到 \(Self.lastPage) 之间的数字，而不是“\(value)”。")
                }
                page = number
            case _ where Self.filterNames.contains(name) && !value.isEmpty:
                values[name] = value
            default: continue
            }
        }
        if let year = values["year"], Int(year).map(SearchFilters.years.contains) != true {
            throw PageError.badRequest("年份应为 \(SearchFilters.years.lowerBound) 到 \(SearchFilters.years.upperBound) 之间的四位数字，而不是“\(year)”。")
        }
        if let inspection = values["inspection"], !SearchFilters.inspections.contains(inspection) {
            throw PageError.badRequest("巡视/巡察筛选只接受“巡视”或“巡察”，而不是“\(inspection)”。")
        }
        if let role = values["role"], ParagraphRole(rawValue: role) == nil {
            throw PageError.badRequest("段落类型“\(role)”不存在。")
        }
        self.init(query: query, filters: values, page: page)
    }

    public func value(of name: String) -> String? { values[name] }

    public var isBlank: Bool { query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// The filters for the library. The agency is the one a facet names, matched whole: a facet's count is
    /// then the number of hits its link gives.
    public var filters: SearchFilters {
        var filters = SearchFilters(region: values["region"], inspection: values["inspection"],
                      role: values["role"].flatMap(ParagraphRole.init(rawValue:)), year: values["year"].flatMap { Int($0) },
                      level: values["level"])
        filters.exactAgency = values["agency"]
        return filters
    }

    public var offset: Int { (page - 1) * Self.pageSize }

    /// The address of these parameters with one filter set (or removed, with nil); back to the first page.
    public func link(_ path: String = "/search", setting name: String, to value: String?) -> String {
        var changed = self
        changed.values[name] = value
        changed.page = 1
        return changed.link(path)
    }

    public func link(_ path: String = "/search", page: Int? = nil) -> String {
        var parameters = [("q", query)] + applied.map { ($0.name, $0.value) }
        let page = page ?? self.page
        if page > 1 { parameters.append(("page", String(page))) }
        return QueryString.link(path, parameters)
    }
}
