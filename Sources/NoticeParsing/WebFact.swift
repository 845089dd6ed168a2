import Foundation

/// Publication facts stated by a web-page capture: `发布时间：2021-07-05 来源：某某网`, or a bare URL.
struct WebFact: Equatable {
    var publishDate: String?
    var sourceSite: String?
    var url: String?

    static func parse(_ line: String) -> WebFact? {
        if WebBoilerplate.isBareURL(line) {
            let url = line.replacingOccurrences(of: #"^网址[:：]\s*"#, with: "", options: .regularExpression)
            return WebFact(url: url)
        }
        guard PlainText.count(line) <= 200 else { return nil }
        let time = publishTime.firstMatch(in: line)
        let site = source.firstMatch(in: line)
        // Only a line that opens with one of these labels, or states both, is a fact line: 整改时间：… is content.
        guard (time != nil && site != nil) || startsWithLabel.test(line) else { return nil }
        // A line that only carries these facts (plus counters such as 浏览次数) is a fact line.
        var fact = WebFact()
        if let time, let raw = time.group(1) { fact.publishDate = DateMentions.isoDate(fromNumeric: raw) }
        if let site, let name = site.group(1) {
            fact.sourceSite = name.trimmingCharacters(in: .whitespaces)
        }
        return fact
    }

    static let startsWithLabel = Pattern(
        #"^(?:发布时间|发布日期|发表时间|来源|信息来源|文章来源)\s*[:：]"#,
        quickTest: Quick.starts("发布时间", "发布日期", "发表时间", "来源", "信息来源", "文章来源"))
    static let publishTime = Pattern(
        #"(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"#,
        quickTest: Quick.contains("时间", "日期"))
    static let source = Pattern(
        #"(?:^|\s)(?:来源|信息来源|文章来源)\s*[:：]\s*([^\s|]{2,40})"#,
        quickTest: Quick.contains("来源"))
}
