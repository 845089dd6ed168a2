import XunchaIndex

/// Counts of what the hits of a query are, by one property (agency, year…), as the facet panel shows them.
public struct FacetGroup: Sendable, Equatable {
    /// The address parameter a value of this group sets: `agency`, `region`, `level`, `inspection`, `year`, `role`.
    public var name: String
    public var title: String
    public var values: [FacetValue]

    public init(name: String, title: String, values: [FacetValue]) {
        self.name = name; self.title = title; self.values = values
    }
}

public struct FacetValue: Sendable, Equatable {
    /// What the filter is set to.
    public var value: String
    /// What the reader sees.
    public var label: String
    public var count: Int

    public init(value: String, label: String? = nil, count: Int) {
        self.value = value; self.label = label ?? value; self.count = count
    }
}

/// The facet panel: each group's values with their counts, each a link that applies it; an applied value is
/// shown as such and its link removes it.
enum FacetPanel {
    /// Values shown before the rest fold under 更多.
    static let shownFirst = 8
    /// Values listed at most in one group: over a large corpus a group holds thousands of agencies or places,
    /// and a page of megabytes helps no one. The rest are counted, and the query or the notices table finds them.
    static let listedAtMost = 50

    static func html(_ groups: [FacetGroup], parameters: SearchParameters) -> String {
        let groups = groups.filter { !$0.values.isEmpty }
        guard !groups.isEmpty else { return "" }
        var out = "<aside class=\"facets\" aria-label=\"筛选\"><h2>筛选</h2>"
        for group in groups {
            out += "<details class=\"facet\" open><summary>" + HTML.escape(group.title) + "</summary><ul>"
            let applied = parameters.value(of: group.name)
            let listed = listedValues(group.values, applied: applied)
            for (number, value) in listed.enumerated() {
                if number == shownFirst { out += "</ul><details class=\"more\"><summary>更多</summary><ul>" }
                let isApplied = applied == value.value
                let href = parameters.link(setting: group.name, to: isApplied ? nil : value.value)
                out += "<li><a href=\"" + HTML.escape(href) + "\"" + (isApplied ? " class=\"applied\" aria-current=\"true\"" : "")
                    + " data-facet=\"" + HTML.escape(group.name) + "\">"
                out += "<span class=\"label\">" + HTML.escape(value.label) + "</span><span class=\"count\">\(value.count)</span></a></li>"
            }
            if listed.count < group.values.count {
                out += "<li class=\"unlisted\">另有 \(group.values.count - listed.count) 项未列出</li>"
            }
            out += listed.count > shownFirst ? "</ul></details>" : "</ul>"
            out += "</details>"
        }
        return out + "</aside>"
    }

    /// The first `listedAtMost` values, and the applied one wherever it ranks.
    static func listedValues(_ values: [FacetValue], applied: String?) -> [FacetValue] {
        guard values.count > listedAtMost else { return values }
        var listed = Array(values.prefix(listedAtMost))
        if let applied, !listed.contains(where: { $0.value == applied }),
           let appliedValue = values.first(where: { $0.value == applied }) {
            listed.append(appliedValue)
        }
        return listed
    }

    /// The filters applied, each removable, and a link that removes them all.
    static func appliedHTML(_ parameters: SearchParameters, titles: [String: String]) -> String {
        let applied = parameters.applied
        guard !applied.isEmpty else { return "" }
        var out = "<div class=\"applied-filters\"><span>已筛选：</span><ul>"
        for (name, value) in applied {
            let label = name == "role" ? (ParagraphRoleName.chinese(value) ?? value) : value
            out += "<li><a class=\"chip\" href=\"" + HTML.escape(parameters.link(setting: name, to: nil)) + "\" title=\"取消此筛选\">"
                + HTML.escape((titles[name] ?? name) + "：" + label) + " <span aria-hidden=\"true\">×</span></a></li>"
        }
        let cleared = SearchParameters(query: parameters.query)
        out += "</ul><a class=\"clear\" href=\"" + HTML.escape(cleared.link()) + "\">全部清除</a></div>"
        return out
    }

    /// What each filter is called on the page.
    static let titles = ["agency": "单位", "region": "地区", "level": "层级", "inspection": "巡视/巡察", "year": "年份", "role": "段落类型"]
}
extension FacetGroup {
    /// The library's facets of a search as the panel shows them, in its order: agency, region, level, year,
    /// 巡视/巡察, role (named in Chinese).
    public static func groups(_ facets: SearchFacets) -> [FacetGroup] {
        facets.all.map { name, counts in
            FacetGroup(name: name, title: FacetPanel.titles[name] ?? name, values: counts.map { count in
                FacetValue(value: count.value, label: name == "role" ? ParagraphRoleName.chinese(count.value) : nil, count: count.count)
            })
        }
    }
}
