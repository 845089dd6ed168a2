import Foundation
import NoticeParsing

/// Sets a page's own parts aside from the article: the breadcrumb, the info line under the title (whose date and
/// source are kept as hints), button rows, navigation and related-link lists (whose titles of other notices must
/// never open a notice), and the footer. What is left is numbered 1, 2, 3… as the paragraphs of the file.
enum PageBoilerplate {
    static func article(of blocks: [PageBlock], head: PageHead) -> SourceDocument {
        var hints = hints(from: head)
        var kept: [String] = []
        var inRelatedList = false
        let footerStart = footerStart(blocks)
        for (index, block) in blocks.enumerated() {
            if index >= footerStart { break }
            let text = block.text
            if inRelatedList {
                if isLinkList(block) || isShortListItem(block) { continue }
                inRelatedList = false
            }
            if startsRelatedList(text) { inRelatedList = true; continue }
            if isNavigation(block) || isBreadcrumb(text) || isButtonRow(text) || isPrevNext(text) { continue }
            if let info = infoLine(text) {
                hints.publishDate = hints.publishDate ?? info.date
                hints.sourceSite = hints.sourceSite ?? info.source
                continue
            }
            kept.append(text)
        }
        let paragraphs = kept.enumerated().map { SourceParagraph(number: $0.offset + 1, text: $0.element) }
        return SourceDocument(paragraphs: paragraphs, hints: hints)
    }

    // MARK: Hints

    static func hints(from head: PageHead) -> DocumentHints {
        var hints = DocumentHints()
        let meta = head.meta
        hints.title = [meta["articletitle"], meta["og:title"], head.title].lazy
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
        hints.publishDate = ["pubdate", "publishdate", "firstpublishedtime", "article:published_time", "date"].lazy
            .compactMap { meta[$0].flatMap(date(in:)) }.first
        hints.sourceSite = ["contentsource", "source"].lazy.compactMap { meta[$0] }
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        hints.url = [head.canonical, meta["og:url"], meta["url"]].lazy.compactMap { $0 }
            .first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        return hints
    }

    static func date(in text: String) -> String? {
        guard let range = text.range(of: #"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"#, options: .regularExpression) else {
            return nil
        }
        return PlainTextReader.isoDate(String(text[range]))
    }

    // MARK: Blocks that belong to the site

    /// 发布时间：2021-07-05  来源：某某网  字体：【大 中 小】 打印本页 分享到：
    static func infoLine(_ text: String) -> (date: String?, source: String?)? {
        guard text.count <= 200, !text.hasSuffix("。") else { return nil }
        let labels = ["发布时间", "发布日期", "发表时间", "来源：", "来源:", "字体：", "字体:", "字号：", "【字体", "打印本页",
                      "分享到", "浏览次数", "阅读次数", "点击数", "访问量", "【打印】", "[打印]"]
        let found = labels.filter { text.contains($0) }.count
        let opensWithLabel = ["发布时间", "发布日期", "发表时间", "来源", "信息来源", "文章来源", "日期：", "时间："].contains { text.hasPrefix($0) }
        guard found >= 2 || opensWithLabel && found >= 1 else { return nil }
        var source: String?
        if let range = text.range(of: #"来源\s*[:：]\s*[^\s|｜]{2,40}"#, options: .regularExpression) {
            source = String(text[range]).replacingOccurrences(of: #"^来源\s*[:：]\s*"#, with: "", options: .regularExpression)
        }
        return (date(in: text), source)
    }

    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.count <= 200 else { return false }
        return text.range(of: #"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]|^首页\s*(?:>|＞|»|/|→|>>)"#,
                          options: .regularExpression) != nil
    }

    /// 【打印】【关闭】, [打印本页] [关闭窗口], 返回顶部
    static func isButtonRow(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        let rest = text.replacingOccurrences(
            of: #"[【\[]?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回(?:顶部|首页)?|收藏(?:本页)?|字体\s*[:：]?|[大中小]|分享(?:到)?\s*[:：]?|保存|纠错)\s*[】\]]?"#,
            with: "", options: .regularExpression)
        return rest.trimmingCharacters(in: CharacterSet(charactersIn: " |｜·\u{A0}\u{3000}")).isEmpty
    }

    /// 上一篇：… 下一篇：…
    static func isPrevNext(_ text: String) -> Bool {
        text.count <= 200 && ["上一篇", "下一篇", "上一条", "下一条"].contains { text.hasPrefix($0) }
    }

    /// 相关阅读, 相关链接, …: a heading over a list of links to other pages.
    static func startsRelatedList(_ text: String) -> Bool {
        text.count <= 20 && ["相关阅读", "相关链接", "相关文章", "相关新闻", "相关信息", "推荐阅读", "延伸阅读", "热点推荐"].contains { text.hasPrefix($0) }
    }

    static func isLinkList(_ block: PageBlock) -> Bool {
        block.links >= 1 && block.linkCharacters * 2 >= block.text.count
    }

    private static func isShortListItem(_ block: PageBlock) -> Bool {
        block.inListItem && block.text.count <= 60
    }

    /// A menu: several links and little else.
    static func isNavigation(_ block: PageBlock) -> Bool {
        if block.links >= 2 && block.linkCharacters * 10 >= block.text.count * 8 { return true }
        // One link alone in a list item: an entry of a list of links.
        return block.inListItem && block.links == 1 && block.linkCharacters * 10 >= block.text.count * 8
    }

    // MARK: The footer

    /// Where the footer begins: the first short block with a mark only footers carry (版权所有, ICP备, …), taken
    /// back over the blocks just before it that give the site's owner, address or post code.
    static func footerStart(_ blocks: [PageBlock]) -> Int {
        guard let mark = blocks.firstIndex(where: { $0.text.count <= 200 && strongFooter($0.text) }) else { return blocks.count }
        var start = mark
        while start > 0, blocks[start - 1].text.count <= 200, weakFooter(blocks[start - 1].text) || isNavigation(blocks[start - 1]) {
            start -= 1
        }
        return start
    }

    private static func strongFooter(_ text: String) -> Bool {
        text.range(of: #"版权所有|Copyright|©|All Rights Reserved|ICP备|ICP证|公网安备|网站标识码|网站识别码"#,
                   options: [.regularExpression, .caseInsensitive]) != nil
    }

    private static func weakFooter(_ text: String) -> Bool {
        text.range(of: #"主办[单位]*\s*[:：]|承办[单位]*\s*[:：]|协办|地址\s*[:：]|邮编|邮政编码|联系电话|联系我们|网站地图|技术支持|维护单位|建议使用|分辨率"#,
                   options: .regularExpression) != nil
    }
}
