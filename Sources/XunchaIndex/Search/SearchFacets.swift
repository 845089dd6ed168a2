import NoticeParsing

/// How the matches of a search spread over the notices' metadata and the paragraphs' roles: the counts a
/// page shows beside the hits, each a filter that narrows the search when chosen.
public struct SearchFacets: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var value: String
        public var count: Int
    }

    public var agency: [Count] = []
    /// Provinces, cities and counties: a notice of 南京市 counts for 江苏省 and 南京市.
    public var region: [Count] = []
    public var level: [Count] = []
    public var year: [Count] = []
    /// 巡视 or 巡察.
    public var inspection: [Count] = []
    public var role: [Count] = []
    /// How many matches were counted: all of them when `isExact`, else the best-ranked `counted`.
    public var counted = 0
    public var isExact = true

    public init() {}

    /// Each facet by its name, in the order pages show them.
    public var all: [(name: String, counts: [Count])] {
        [("agency", agency), ("region", region), ("level", level), ("year", year), ("inspection", inspection),
         ("role", role)]
    }
}

/// Adds up counts per value, then orders them: most first, ties by value; years newest first; roles in
/// their own order.
struct FacetTally {
    private var agency: [String: Int] = [:], region: [String: Int] = [:], level: [String: Int] = [:]
    private var year: [String: Int] = [:], inspection: [String: Int] = [:], role: [String: Int] = [:]

    mutating func add(notice: NoticeRecord?, count: Int) {
        guard let metadata = notice?.metadata else { return }
        if let value = metadata.agency { agency[value, default: 0] += count }
        for place in Set(metadata.region) { region[place, default: 0] += count }
        if let value = metadata.level { level[value, default: 0] += count }
        if let value = metadata.inspection { inspection[value, default: 0] += count }
        if let date = metadata.indexDate { year[String(date.prefix(4)), default: 0] += count }
        else if let titleYear = metadata.titleYear { year[String(format: "%04d", titleYear), default: 0] += count }
    }

    mutating func add(role value: String, count: Int) {
        guard !value.isEmpty else { return }
        role[value, default: 0] += count
    }

    func facets(counted: Int, isExact: Bool) -> SearchFacets {
        func ordered(_ counts: [String: Int]) -> [SearchFacets.Count] {
            counts.map { SearchFacets.Count(value: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        }
        var facets = SearchFacets()
        facets.agency = ordered(agency)
        facets.region = ordered(region)
        facets.level = ordered(level)
        facets.inspection = ordered(inspection)
        facets.year = year.map { SearchFacets.Count(value: $0.key, count: $0.value) }.sorted { $0.value > $1.value }
        let roleOrder = ParagraphRole.allCases.map(\.rawValue)
        facets.role = role.map { SearchFacets.Count(value: $0.key, count: $0.value) }.sorted {
            (roleOrder.firstIndex(of: $0.value) ?? .max, $0.value) < (roleOrder.firstIndex(of: $1.value) ?? .max, $1.value)
        }
        facets.counted = counted
        facets.isExact = isExact
        return facets
    }
}
