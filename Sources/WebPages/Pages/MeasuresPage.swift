import Foundation
import XunchaIndex

/// `/measures`: other agencies' precedents for a problem, side by side, one agency per card: the problem as
/// they worded it, their measures with items, the rules they adopted; each measure can go into the plan.
public enum MeasuresPage {
    public static let pageSize = 10

    public static func html(query: String, page: Int, precedents: [Precedent]?, hasMore: Bool, error: String? = nil,
                            context: PageContext) -> String {
        let parameters = SearchParameters(query: query)
        var body = SearchPage.searchBox(parameters, action: "/measures", placeholder: "描述一个问题，例如：一把手末位表态执行不到位")
        let here = QueryString.link("/measures", [("q", query)] + (page > 1 ? [("page", String(page))] : []))
        if let error {
            body += "<p class=\"error\" role=\"alert\">" + HTML.escape(error) + "</p>"
        } else if let precedents {
            if precedents.isEmpty {
                body += "<p class=\"empty\">没有找到与这个问题相近的整改先例。</p>"
            } else {
                body += "<p class=\"count\">与这个问题最相近的整改先例，每个单位一张卡片，最相近的在前。</p><div class=\"cards\">"
                for precedent in precedents { body += card(precedent, context: context, returnTo: here) }
                body += "</div>"
            }
            var pager = ""
            if page > 1 { pager += "<a rel=\"prev\" href=\"" + HTML.escape(QueryString.link("/measures", [("q", query), ("page", page > 2 ? String(page - 1) : "")])) + "\">上一页</a>" }
            if hasMore { pager += "<a rel=\"next\" href=\"" + HTML.escape(QueryString.link("/measures", [("q", query), ("page", String(page + 1))])) + "\">下一页</a>" }
            if !pager.isEmpty { body += "<nav class=\"pager\" aria-label=\"分页\">" + pager + "</nav>" }
        } else {
            body += "<section class=\"intro\"><p>输入巡视巡察反馈的一个问题，查看其他单位如何表述同类问题、采取了哪些整改措施、建立了哪些制度；把可借鉴的措施加入整改方案。</p></section>"
        }
        return Layout.page(title: query.isEmpty ? "整改先例" : query, section: .measures, context: context, body: body)
    }

    static func card(_ precedent: Precedent, context: PageContext, returnTo: String) -> String {
        let metadata = precedent.notice?.metadata
        let noticeID = precedent.notice?.id
        var out = "<article class=\"card\"><header><h2>" + HTML.escape(metadata?.agency ?? "（未知单位）") + "</h2><p class=\"meta\">"
        out += HTML.escape([metadata?.indexDate, metadata?.inspection].compactMap { $0 }.joined(separator: " · "))
        out += "</p>"
        if let noticeID, let title = metadata?.title {
            out += "<p class=\"notice-title\"><a href=\"" + HTML.escape(NoticePage.link(notice: noticeID, paragraph: nil)) + "\">" + HTML.escape(title) + "</a></p>"
        }
        out += "</header><section class=\"problem\"><h3>问题</h3><p>" + HTML.escape(precedent.problem.text) + "</p><div class=\"actions\">"
        if let noticeID {
            out += "<a href=\"" + HTML.escape(NoticePage.link(notice: noticeID, paragraph: precedent.problem.id)) + "\">在通报中查看</a>"
        }
        out += PlanForms.add(precedent.problem.id, context: context, returnTo: returnTo, label: "加入问题", inPlan: "问题已在整改方案中") + "</div></section>"
        out += "<section class=\"measures\"><h3>整改措施</h3><ol>"
        for measure in precedent.measures {
            out += "<li id=\"m-" + HTML.escape(measure.id) + "\">"
            if measure.items.count > 1 {
                out += "<ol class=\"items\">" + measure.items.map { "<li>" + HTML.escape($0) + "</li>" }.joined() + "</ol>"
            } else {
                out += "<p>" + HTML.escape(measure.text) + "</p>"
            }
            out += "<div class=\"actions\">"
            if let noticeID {
                out += "<a href=\"" + HTML.escape(NoticePage.link(notice: noticeID, paragraph: measure.id)) + "\">原文</a>"
            }
            out += PlanForms.add(measure.id, context: context, returnTo: returnTo) + "</div></li>"
        }
        out += "</ol></section>"
        if !precedent.institutions.isEmpty {
            out += "<section class=\"rules\"><h3>建立的制度</h3><ul>"
                + precedent.institutions.map { "<li>《" + HTML.escape($0) + "》</li>" }.joined() + "</ul></section>"
        }
        return out + "</article>"
    }

    /// A problem's text as a query for its precedents: its beginning, where its point is, without quotes and
    /// operators that would read as query syntax.
    static func queryText(_ text: String) -> String {
        var query = String(text.prefix(120))
        for syntax in ["\"", "“", "”", "(", ")", "-", "「", "」", "『", "』"] { query = query.replacingOccurrences(of: syntax, with: " ") }
        return query
    }
}
