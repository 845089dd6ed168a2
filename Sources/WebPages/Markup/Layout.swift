/// The frame around every page: head, navigation, the index's state, footer. Styles and script are files
/// served by xuncha itself (the Content-Security-Policy allows nothing inline).
enum Layout {
    enum Section: String {
        case search, measures, notices, plan, status, none
    }

    static func page(title: String, section: Section, context: PageContext, body: String) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<title>" + HTML.escape(title) + " · 巡察整改检索</title>"
        out += "<link rel=\"stylesheet\" href=\"\(Assets.styleSheetPath)\">"
        out += "<script src=\"\(Assets.scriptPath)\" defer></script></head><body>"
        out += "<header class=\"top\"><a class=\"brand\" href=\"/\">巡察整改检索</a><nav>"
        let links: [(Section, String, String)] = [
            (.search, "/", "检索"), (.measures, "/measures", "整改先例"), (.notices, "/notices", "通报"),
            (.plan, "/plan", "整改方案" + (context.basketCount > 0 ? "（\(context.basketCount)）" : "")),
            (.status, "/status", "状态"),
        ]
        for (which, href, label) in links {
            out += "<a href=\"\(href)\"" + (which == section ? " aria-current=\"page\"" : "") + ">\(HTML.escape(label))</a>"
        }
        out += "</nav></header>"
        if context.indexChangedRecently {
            out += "<p class=\"banner\" role=\"status\">索引刚刚更新"
            if let updated = context.indexUpdated { out += "（" + HTML.escape(updated) + "）" }
            out += "，结果可能与之前不同。</p>"
        }
        out += "<main>" + body + "</main><footer>"
        if let updated = context.indexUpdated { out += "索引更新于 " + HTML.escape(updated) + " · " }
        out += "<a href=\"/status\">索引状态</a></footer></body></html>\n"
        return out
    }
}
