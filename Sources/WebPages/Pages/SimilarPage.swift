import XunchaIndex

/// `/similar/ID`: the paragraph, then the paragraphs of other notices most like it.
public enum SimilarPage {
    public static func html(_ paragraph: ParagraphRecord, notice: NoticeRecord?, result: SearchResult,
                            context: PageContext) -> String {
        var body = "<h1>相似段落</h1><div class=\"origin\">" + paragraph.role.badge
        body += "<p>" + HTML.escape(paragraph.text) + "</p><p class=\"meta\">"
        if let notice {
            body += "<a href=\"" + HTML.escape(NoticePage.link(notice: notice.id, paragraph: paragraph.id)) + "\">"
                + HTML.escape(NoticeFacts.line(notice.metadata)) + "</a>"
        }
        body += "</p></div>"
        if result.hits.isEmpty {
            body += "<p class=\"empty\">其他通报中没有相似的段落。</p>"
        } else {
            body += "<p class=\"count\">其他通报中最相似的 \(result.hits.count) 段</p>"
            body += HitList.html(result.hits, context: context, returnTo: "/similar/" + paragraph.id)
        }
        return Layout.page(title: "相似段落", section: .search, context: context, body: body)
    }
}
