/// A page that says in one sentence what went wrong: a missing page, a bad address, an index that cannot
/// be read.
public enum ErrorPage {
    public static func html(status: Int, sentence: String, context: PageContext) -> String {
        let title: String
        switch status {
        case 404: title = "页面不存在"
        case 400: title = "请求有误"
        case 403: title = "请求被拒绝"
        case 413: title = "请求过大"
        default: title = "出错了"
        }
        let body = "<section class=\"error-page\"><h1>" + title + "</h1><p>" + HTML.escape(sentence)
            + "</p><p><a href=\"/\">返回检索</a></p></section>"
        return Layout.page(title: title, section: .none, context: context, body: body)
    }

    public static func notFound(context: PageContext) -> String {
        html(status: 404, sentence: "没有这个页面。", context: context)
    }
}
