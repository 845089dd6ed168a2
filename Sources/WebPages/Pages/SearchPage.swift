import XunchaIndex

/// `/` and `/search`: the query box, the filters applied, facets with counts, the hits and pages of them.
public enum SearchPage {
    public static func html(_ parameters: SearchParameters, result: SearchResult?, facets: [FacetGroup],
                            error: String? = nil, context: PageContext) -> String {
        html(parameters, result: result, facetPanel: facetPanel(facets, parameters: parameters), error: error, context: context)
    }

    /// The facet panel of a search: the same for every reader of the same address, so a server may keep it
    /// with the search's answer.
    public static func facetPanel(_ facets: [FacetGroup], parameters: SearchParameters) -> String {
        FacetPanel.html(facets, parameters: parameters)
    }

    /// The page with its facet panel already laid out (`facetPanel`).
    public static func html(_ parameters: SearchParameters, result: SearchResult?, facetPanel: String,
                            error: String? = nil, context: PageContext) -> String {
        html(content(parameters, result: result, facetPanel: facetPanel, error: error), context: context)
    }

    /// What a search page shows that is the same for every reader of its address, laid out once: a server
    /// may keep it with the search's answer. Only the frame and the plan buttons depend on the reader.
    public struct Content: Sendable {
        let title: String
        let body: PlanButtonSlots

        /// Roughly the bytes it holds.
        public var size: Int { title.utf8.count + body.utf8Count }
    }

    public static func content(_ parameters: SearchParameters, result: SearchResult?, facetPanel: String,
                               error: String? = nil) -> Content {
        var body = PlanButtonSlots()
        body.append(searchBox(parameters, action: "/search", placeholder: "例如：三重一大 集体决策"))
        body.append(QueryHelp.html)
        body.append(FacetPanel.appliedHTML(parameters, titles: FacetPanel.titles))
        if let error {
            body.append("<p class=\"error\" role=\"alert\">" + HTML.escape(error) + "</p>")
        } else if let result {
            body.append("<div class=\"results\">")
            body.append(facetPanel)
            body.append("<section class=\"hit-column\" aria-label=\"检索结果\">" + countLine(result, parameters: parameters))
            if result.hits.isEmpty {
                body.append("<p class=\"empty\">没有找到符合条件的段落。试试换个说法，或去掉一些筛选。</p>")
            } else {
                body.append(HitList.laidOut(result.hits, returnTo: parameters.link()))
                body.append(Pager.html(total: result.estimatedTotal, pageSize: SearchParameters.pageSize, current: parameters.page,
                                       lastPage: SearchParameters.lastPage) { parameters.link(page: $0) })
            }
            body.append("</section></div>")
        } else {
            body.append(intro)
        }
        return Content(title: parameters.isBlank ? "检索" : parameters.query, body: body)
    }

    /// The page of `content` for the reader of `context`.
    public static func html(_ content: Content, context: PageContext) -> String {
        Layout.page(title: content.title, section: .search, context: context, body: content.body.html(context: context))
    }

    /// The query box; the filters applied ride along as hidden fields, so a new query keeps them.
    static func searchBox(_ parameters: SearchParameters, action: String, placeholder: String) -> String {
        var out = "<form class=\"searchbox\" action=\"" + action + "\" method=\"get\" role=\"search\">"
        out += "<input type=\"search\" name=\"q\" value=\"" + HTML.escape(parameters.query) + "\" placeholder=\""
            + HTML.escape(placeholder) + "\" aria-label=\"查询\" maxlength=\"10000\" autofocus>"
        for (name, value) in parameters.applied {
            out += "<input type=\"hidden\" name=\"" + HTML.escape(name) + "\" value=\"" + HTML.escape(value) + "\">"
        }
        return out + "<button type=\"submit\">检索</button></form>"
    }

    static func countLine(_ result: SearchResult, parameters: SearchParameters) -> String {
        let count = result.count
        let total = count.isExact ? "共 \(count.lowerBound) 条"
            : "约 \(count.estimate) 条（\(count.lowerBound)–\(count.upperBound) 条之间）"
        let page = parameters.page > 1 ? "，第 \(parameters.page) 页" : ""
        return "<p class=\"count\">" + total + page + "</p>"
    }

    static let intro: String = {
        let examples = ["三重一大 集体决策", "\"小金库\" OR \"公务用车\"", "领导班子研究问题时一把手先定调", "形式主义 官僚主义"]
        var out = "<section class=\"intro\"><p>在各单位公开的巡视、巡察整改情况通报中，按段落检索问题、整改措施和成效。</p><p>试试：</p><ul class=\"examples\">"
        for example in examples {
            out += "<li><a href=\"" + HTML.escape(QueryString.link("/search", [("q", example)])) + "\">" + HTML.escape(example) + "</a></li>"
        }
        return out + "</ul></section>"
    }()
}

/// Links to the pages of a long list: previous, a few around the current one, next.
enum Pager {
    static func html(total: Int, pageSize: Int, current: Int, lastPage: Int, link: (Int) -> String) -> String {
        let pages = min(max((total + pageSize - 1) / pageSize, 1), lastPage)
        guard pages > 1 || current > 1 else { return "" }
        var out = "<nav class=\"pager\" aria-label=\"分页\">"
        if current > 1 { out += "<a rel=\"prev\" href=\"" + HTML.escape(link(current - 1)) + "\">上一页</a>" }
        let window = max(1, current - 3)...min(max(pages, current), current + 3)
        for page in window {
            out += page == current ? "<span aria-current=\"page\">\(page)</span>"
                : "<a href=\"" + HTML.escape(link(page)) + "\">\(page)</a>"
        }
        if current < pages { out += "<a rel=\"next\" href=\"" + HTML.escape(link(current + 1)) + "\">下一页</a>" }
        return out + "</nav>"
    }
}
