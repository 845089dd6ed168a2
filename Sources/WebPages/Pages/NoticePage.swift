import NoticeParsing
import XunchaIndex

/// A notice as published, paragraph by paragraph: each marked by its role and with its own anchor
/// (`#p-ID`), its section path, each problem linked to its measures and each measure back to its problem,
/// and the metadata card.
public enum NoticePage {
    /// The address of a notice, and of one of its paragraphs within it. Ids only: no file name reaches a URL.
    public static func link(notice: String, paragraph: String?) -> String {
        "/notices/" + QueryString.encode(notice) + (paragraph.map { "#p-" + QueryString.encode($0) } ?? "")
    }

    public static func html(_ whole: WholeNotice, context: PageContext) -> String {
        let metadata = whole.notice.metadata
        var body = "<article class=\"notice\"><h1>" + HTML.escape(metadata.title ?? "（无标题通报）") + "</h1>"
        body += "<div class=\"notice-layout\">" + card(whole.notice) + "<div class=\"paragraphs\">"
        let byLocation = Dictionary(whole.paragraphs.map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a })
        var measuresOf: [ParagraphLocation: [ParagraphRecord]] = [:]
        for paragraph in whole.paragraphs where paragraph.role == .measure {
            if let problem = paragraph.problem, problem != paragraph.location { measuresOf[problem, default: []].append(paragraph) }
        }
        let returnTo = link(notice: whole.id, paragraph: nil)
        for paragraph in whole.paragraphs {
            let path = paragraph.section.joined(separator: " › ")
            body += "<div class=\"para role-\(paragraph.role.rawValue)\" id=\"p-" + HTML.escape(paragraph.id) + "\""
                + (path.isEmpty ? "" : " title=\"" + HTML.escape(path) + "\"") + ">"
            // The section path is shown where a link lands (CSS :target); the headings in the text show it elsewhere.
            if !path.isEmpty && paragraph.role != .heading {
                body += "<p class=\"section-path\">" + HTML.escape(path) + "</p>"
            }
            body += "<a class=\"anchor\" href=\"#p-" + HTML.escape(paragraph.id) + "\" title=\"本段链接\">" + paragraph.role.badge + "</a>"
            body += "<p>" + HTML.escape(paragraph.text) + "</p>"
            var links: [String] = []
            if paragraph.role == .problem {
                let measures = measuresOf[paragraph.location] ?? []
                if !measures.isEmpty {
                    links.append("整改措施：" + measures.enumerated().map { number, measure in
                        "<a href=\"#p-" + HTML.escape(measure.id) + "\">措施\(number + 1)</a>"
                    }.joined(separator: " "))
                }
                links.append("<a href=\"" + HTML.escape(QueryString.link("/measures", [("q", MeasuresPage.queryText(paragraph.text))])) + "\">他人如何整改</a>")
            }
            if paragraph.role == .measure, let problem = paragraph.problem, problem != paragraph.location,
               let record = byLocation[problem] {
                links.append("<a href=\"#p-" + HTML.escape(record.id) + "\">↑ 对应问题</a>")
            }
            if paragraph.role == .problem || paragraph.role == .measure {
                links.append(PlanForms.add(paragraph.id, context: context, returnTo: returnTo + "#p-" + paragraph.id))
            }
            if !links.isEmpty { body += "<div class=\"para-links\">" + links.joined(separator: " ") + "</div>" }
            body += "</div>"
        }
        body += "</div></div></article>"
        return Layout.page(title: metadata.title ?? "通报", section: .notices, context: context, body: body)
    }

    /// The notice's metadata as a card of labelled facts; only what is known is shown.
    static func card(_ notice: NoticeRecord) -> String {
        let metadata = notice.metadata
        let period = [metadata.periodStart, metadata.periodEnd].compactMap { $0 }.joined(separator: " 至 ")
        let facts: [(String, String?)] = [
            ("单位", metadata.agency), ("发文机关", metadata.org), ("巡视/巡察", metadata.inspection),
            ("巡视巡察组", metadata.inspector), ("轮次", metadata.round), ("巡视巡察期间", period.isEmpty ? nil : period),
            ("反馈日期", metadata.feedbackDate), ("发布日期", metadata.publishDate),
            ("地区", metadata.region.isEmpty ? nil : metadata.region.joined(separator: " ")), ("层级", metadata.level),
            ("文种", metadata.docType), ("段落", String(notice.paragraphs)), ("来源", notice.source + ":" + String(notice.startLine)),
        ]
        var out = "<aside class=\"meta-card\"><h2>通报信息</h2><dl>"
        for case let (label, value?) in facts {
            out += "<dt>" + label + "</dt><dd>" + HTML.escape(value) + "</dd>"
        }
        if let url = metadata.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
            out += "<dt>原文网址</dt><dd><a href=\"" + HTML.escape(url) + "\" rel=\"noopener noreferrer nofollow\">" + HTML.escape(url) + "</a></dd>"
        }
        return out + "</dl></aside>"
    }
}
