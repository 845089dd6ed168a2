/// The small forms that change the plan basket: each a POST carrying the page's token, so they work
/// without script and cannot be sent from another site.
enum PlanForms {
    /// The button that adds a paragraph to the plan; for one already in it, a mark saying so that leads to
    /// the plan.
    static func add(_ id: String, context: PageContext, returnTo: String, label: String = "加入整改方案",
                    inPlan: String = "已在整改方案中") -> String {
        if context.basket.contains(id.lowercased()) {
            return "<a class=\"in-plan\" href=\"/plan\" data-id=\"" + HTML.escape(id) + "\" title=\"查看整改方案\">✓ "
                + HTML.escape(inPlan) + "</a>"
        }
        return "<form class=\"inline add-to-plan\" method=\"post\" action=\"/plan/add\">" + context.tokenField
            + "<input type=\"hidden\" name=\"id\" value=\"" + HTML.escape(id) + "\">"
            + "<input type=\"hidden\" name=\"back\" value=\"" + HTML.escape(returnTo) + "\">"
            + "<button type=\"submit\">" + HTML.escape(label) + "</button></form>"
    }

    /// Move up, move down and remove, for one paragraph of the basket.
    static func edit(_ id: String, context: PageContext, first: Bool, last: Bool, what: String) -> String {
        var out = "<form class=\"inline edit-plan\" method=\"post\" action=\"/plan/edit\">" + context.tokenField
            + "<input type=\"hidden\" name=\"id\" value=\"" + HTML.escape(id) + "\">"
        out += "<button type=\"submit\" name=\"action\" value=\"up\"" + (first ? " disabled" : "") + " title=\"上移\(what)\">↑ 上移</button>"
        out += "<button type=\"submit\" name=\"action\" value=\"down\"" + (last ? " disabled" : "") + " title=\"下移\(what)\">↓ 下移</button>"
        out += "<button type=\"submit\" name=\"action\" value=\"remove\" class=\"remove\" title=\"移除\(what)\">移除</button>"
        return out + "</form>"
    }
}
