import Foundation

/// Lines of a web-page capture that belong to the site, not to the notice.
enum WebBoilerplate {
    static func isBoilerplate(_ line: String) -> Bool {
        if isBareURL(line) { return true }
        if onlyButtons(line) { return true }
        let head = PlainText.prefix(line, 200)
        if breadcrumb.firstMatch(in: head) != nil { return true }
        if PlainText.count(head) <= 120, siteFurniture.firstMatch(in: head) != nil { return true }
        return isFooter(line)
    }

    /// The line that opens a page's footer. Footers are short lines and no sentences: a paragraph that mentions
    /// 版权所有 (`…注明图片版权所有人。`) is content.
    static func isFooter(_ line: String) -> Bool {
        let head = PlainText.prefix(line, 200)
        return PlainText.count(head) <= 120 && !PlainText.contains(head, "。") && footer.firstMatch(in: head) != nil
    }

    static func isBareURL(_ line: String) -> Bool {
        PlainText.count(line) < 500 && bareURL.firstMatch(in: line) != nil
    }

    /// 【打印】【关闭】, [打印本页] [关闭窗口], 分享到： …
    private static func onlyButtons(_ line: String) -> Bool {
        guard PlainText.count(line) <= 60 else { return false }
        let rest = buttons.replaceAll(in: line, with: "")
        return NoticeText.squeezed(rest[...]).isEmpty && PlainText.count(rest) < PlainText.count(line)
    }

    static let bareURL = Pattern(#"^(?:网址[:：]\s*)?(?:https?://|www\.)\S+$"#,
        quickTest: Quick.starts("网址", "http", "www."))
    static let breadcrumb = Pattern(
        #"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]|^首页\s*(?:>|＞|»|/|→)"#,
        quickTest: Quick.starts("当前位置", "您的位置", "你的位置", "您现在的位置", "你现在的位置", "所在位置", "位置", "首页"))
    /// What only a page's footer says: who owns and runs the site, its registration numbers.
    static let footer = Pattern(
        #"版权所有|Copyright|©|All Rights Reserved|ICP备|ICP证|公网安备|网站标识码|(?:^|\s)(?:主办|承办|协办)(?:单位)?\s*[:：]|技术支持\s*[:：]|维护单位\s*[:：]"#,
        caseInsensitive: true,
        quickTest: Quick.any(Quick.contains("版权所有", "备", "证", "网站标识码", "主办", "承办", "协办", "技术支持", "维护单位"),
                             { $0.mayHoldLatinLetter }))
    /// Navigation and advice a page shows around its text, at the top as well as at the bottom.
    static let siteFurniture = Pattern(
        #"建议使用.{0,20}浏览器|分辨率|网站地图|关于我们\s*\|"#,
        quickTest: Quick.contains("建议使用", "分辨率", "网站地图", "关于我们"))
    static let buttons = Pattern(
        #"[【\[]\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回(?:顶部)?|收藏|字体[:：]?\s*[大中小]?|大|中|小|分享|保存)\s*[】\]]|分享到\s*[:：]?"#,
        quickTest: Quick.contains("【", "[", "分享到"))
}
