import XunchaIndex

/// `/plan`: the problems and measures picked so far, in order, each movable and removable, and the plan
/// to download as Word, Markdown or CSV.
public enum PlanPage {
    public static func html(_ plan: Plan, context: PageContext) -> String {
        var body = "<h1>整改方案</h1>"
        guard !plan.entries.isEmpty else {
            body += "<p class=\"empty\">还没有选入任何问题或措施。在<a href=\"/measures\">整改先例</a>或检索结果中点“加入整改方案”。</p>"
            return Layout.page(title: "整改方案", section: .plan, context: context, body: body)
        }
        let measureCount = plan.entries.reduce(0) { $0 + $1.suggested.count }
        body += "<p class=\"count\">\(plan.entries.count) 个问题，\(measureCount) 条措施。下载的文件与 <code>xuncha plan</code> 生成的格式相同。</p>"
        body += "<p class=\"downloads\">下载："
            + [("docx", "Word (.docx)"), ("md", "Markdown (.md)"), ("csv", "CSV (.csv)")].map { format, label in
                "<a class=\"button\" href=\"/plan/download?format=\(format)\" download>\(label)</a>"
            }.joined(separator: " ") + "</p>"
        body += "<ol class=\"plan\">"
        for (number, entry) in plan.entries.enumerated() {
            guard let precedent = entry.precedents.first else { continue }
            let noticeID = precedent.notice?.id
            body += "<li class=\"plan-entry\"><div class=\"plan-problem\">"
            body += "<p><span class=\"badge role-problem\">问题</span> " + HTML.escape(precedent.problem.text) + "</p><p class=\"meta\">"
            let facts = NoticeFacts.line(precedent.notice?.metadata)
            if let noticeID {
                body += "<a href=\"" + HTML.escape(NoticePage.link(notice: noticeID, paragraph: precedent.problem.id)) + "\">" + HTML.escape(facts) + "</a>"
            } else {
                body += HTML.escape(facts)
            }
            body += "</p>" + PlanForms.edit(precedent.problem.id, context: context, first: number == 0,
                                             last: number == plan.entries.count - 1, what: "问题") + "</div>"
            if precedent.measures.isEmpty {
                body += "<p class=\"empty\">尚未选入措施。<a href=\"" + HTML.escape(QueryString.link("/measures", [("q", MeasuresPage.queryText(precedent.problem.text))])) + "\">查找整改先例</a></p>"
            } else {
                body += "<ol class=\"plan-measures\">"
                for (place, measure) in precedent.measures.enumerated() {
                    body += "<li><span class=\"badge role-measure\">措施</span><p>" + HTML.escape(measure.text) + "</p>"
                    body += PlanForms.edit(measure.id, context: context, first: place == 0,
                                           last: place == precedent.measures.count - 1, what: "措施") + "</li>"
                }
                body += "</ol>"
            }
            body += "</li>"
        }
        body += "</ol><form class=\"inline\" method=\"post\" action=\"/plan/edit\">" + context.tokenField
            + "<input type=\"hidden\" name=\"id\" value=\"\"><button type=\"submit\" name=\"action\" value=\"clear\" class=\"remove\">清空整改方案</button></form>"
        return Layout.page(title: "整改方案", section: .plan, context: context, body: body)
    }
}
