import Foundation
import XunchaIndex

/// What the notices table was asked for: filters (as for a search, less the role), the column it is sorted by
/// and the direction.
public struct NoticesParameters: Sendable, Equatable {
    public enum Column: String, CaseIterable, Sendable {
        case agency, inspection, inspector, round, date, region, paragraphs

        var title: String {
            switch self {
            case .agency: return "单位"
            case .inspection: return "巡视/巡察"
            case .inspector: return "巡视巡察组"
            case .round: return "轮次"
            case .date: return "日期"
            case .region: return "地区"
            case .paragraphs: return "段落"
            }
        }
    }

    public var agency = ""
    public var region = ""
    public var inspection = ""
    public var year = ""
    public var sort: Column = .date
    public var descending = true

    public init() {}

    public init(parameters: [(String, String)]) throws {
        for (name, raw) in parameters {
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "agency": agency = value
            case "region": region = value
            case "inspection":
                guard value.isEmpty || SearchFilters.inspections.contains(value) else {
                    throw PageError.badRequest("巡视/巡察筛选只接受“巡视”或“巡察”，而不是“\(value)”。")
                }
                inspection = value
            case "year":
                guard value.isEmpty || Int(value).map(SearchFilters.years.contains) == true else {
                    throw PageError.badRequest("年份应为 \(SearchFilters.years.lowerBound) 到 \(SearchFilters.years.upperBound) 之间的四位数字，而不是“\(value)”。")
                }
                year = value
            case "sort":
                guard let column = Column(rawValue: value) else {
                    throw PageError.badRequest("无法按“\(value)”排序：可按 " + Column.allCases.map(\.rawValue).joined(separator: "、") + " 排序。")
                }
                sort = column
            case "order":
                guard value == "asc" || value == "desc" else { throw PageError.badRequest("排序方向应为 asc 或 desc，而不是“\(value)”。") }
                descending = value == "desc"
            default: continue
            }
        }
    }

    public var filters: SearchFilters {
        SearchFilters(agency: agency.isEmpty ? nil : agency, region: region.isEmpty ? nil : region,
                      inspection: inspection.isEmpty ? nil : inspection, year: Int(year))
    }

    func link(sortingBy column: Column) -> String {
        let descending = column == sort ? !self.descending : (column == .date || column == .paragraphs)
        return QueryString.link("/notices", [("agency", agency), ("region", region), ("inspection", inspection), ("year", year),
                                             ("sort", column.rawValue), ("order", descending ? "desc" : "asc")])
    }

    /// The notices in the order asked for; ties keep corpus order.
    public func sorted(_ notices: [NoticeRecord]) -> [NoticeRecord] {
        let key: (NoticeRecord) -> String = { notice in
            let metadata = notice.metadata
            switch sort {
            case .agency: return metadata.agency ?? ""
            case .inspection: return metadata.inspection ?? ""
            case .inspector: return metadata.inspector ?? ""
            case .round: return metadata.round ?? ""
            case .date: return metadata.indexDate ?? ""
            case .region: return metadata.region.joined(separator: " ")
            case .paragraphs: return String(format: "%09d", notice.paragraphs)
            }
        }
        let keyed = notices.enumerated().map { (key($0.element), $0.offset, $0.element) }
        return keyed.sorted { a, b in
            if a.0 != b.0 { return descending ? a.0 > b.0 : a.0 < b.0 }
            return a.1 < b.1
        }.map(\.2)
    }
}

/// `/notices`: every notice in a table, filtered and sorted on the server by the address's parameters.
public enum NoticesPage {
    public static func html(_ notices: [NoticeRecord], parameters: NoticesParameters, error: String? = nil,
                            context: PageContext) -> String {
        var body = "<h1>通报</h1>" + filterForm(parameters)
        if let error {
            body += "<p class=\"error\" role=\"alert\">" + HTML.escape(error) + "</p>"
            return Layout.page(title: "通报", section: .notices, context: context, body: body)
        }
        body += "<p class=\"count\">共 \(notices.count) 份通报</p><div class=\"table-wrap\"><table class=\"notices\"><thead><tr><th>标题</th>"
        for column in NoticesParameters.Column.allCases {
            let current = column == parameters.sort
            let sortState = current ? (parameters.descending ? "descending" : "ascending") : "none"
            let arrow = current ? (parameters.descending ? " ▼" : " ▲") : ""
            body += "<th aria-sort=\"\(sortState)\"><a href=\"" + HTML.escape(parameters.link(sortingBy: column)) + "\">"
                + column.title + arrow + "</a></th>"
        }
        body += "</tr></thead><tbody>"
        for notice in parameters.sorted(notices) {
            let metadata = notice.metadata
            let period = [metadata.periodStart, metadata.periodEnd].compactMap { $0 }.joined(separator: "–")
            body += "<tr><td class=\"title\"><a href=\"" + HTML.escape(NoticePage.link(notice: notice.id, paragraph: nil)) + "\">"
                + HTML.escape(metadata.title ?? "（无标题）") + "</a></td>"
            body += "<td>" + HTML.escape(metadata.agency ?? "") + "</td><td>" + HTML.escape(metadata.inspection ?? "") + "</td>"
            body += "<td>" + HTML.escape(metadata.inspector ?? "") + "</td><td>" + HTML.escape(metadata.round ?? "") + "</td>"
            body += "<td>" + HTML.escape(metadata.indexDate ?? "")
            if !period.isEmpty { body += "<br><small>巡视巡察 " + HTML.escape(period) + "</small>" }
            body += "</td><td>" + HTML.escape(metadata.region.joined(separator: " ")) + "</td><td class=\"num\">\(notice.paragraphs)</td></tr>"
        }
        body += "</tbody></table></div>"
        return Layout.page(title: "通报", section: .notices, context: context, body: body)
    }

    static func filterForm(_ parameters: NoticesParameters) -> String {
        var out = "<form class=\"filters\" method=\"get\" action=\"/notices\">"
        out += "<label>单位 <input name=\"agency\" value=\"" + HTML.escape(parameters.agency) + "\" placeholder=\"如 市场监管局\"></label>"
        out += "<label>地区 <input name=\"region\" value=\"" + HTML.escape(parameters.region) + "\" placeholder=\"如 江苏\"></label>"
        out += "<label>巡视/巡察 <select name=\"inspection\" data-autosubmit>"
        for (value, label) in [("", "全部"), ("巡视", "巡视"), ("巡察", "巡察")] {
            out += "<option value=\"\(value)\"" + (parameters.inspection == value ? " selected" : "") + ">\(label)</option>"
        }
        out += "</select></label>"
        out += "<label>年份 <input name=\"year\" inputmode=\"numeric\" size=\"5\" value=\"" + HTML.escape(parameters.year) + "\"></label>"
        out += "<input type=\"hidden\" name=\"sort\" value=\"\(parameters.sort.rawValue)\">"
        out += "<input type=\"hidden\" name=\"order\" value=\"" + (parameters.descending ? "desc" : "asc") + "\">"
        return out + "<button type=\"submit\">筛选</button> <a href=\"/notices\">清除</a></form>"
    }
}
