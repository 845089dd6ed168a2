import Foundation

/// The dates of an inspection as the preamble tells them: the on-site period, the feedback, the notice's own date.
struct NoticeDates {
    var periodStart: String?
    var periodEnd: String?
    var feedbackDate: String?

    /// The year a title names (`2022年巡察整改…`, `二〇二二年度…`), when it is a plausible one.
    static func yearNamed(in title: String) -> Int? {
        guard let m = yearInTitle.firstMatch(in: title), let raw = m.group(1), let year = DateMentions.number(raw),
              (1949...2100).contains(year) else { return nil }
        return year
    }
    static let yearInTitle = Pattern(#"(?<![\d〇零○一二三四五六七八九])(\d{4}|[〇零○一二三四五六七八九]{4})\s*年"#,
        quickTest: Quick.contains("年"))

    /// Reads the first paragraph that tells of the inspection with dates (`…2020年11月26日至2021年1月22日，市委第三
    /// 巡察组对…进行了巡察，2月7日反馈了巡察意见`). Masked dates stay nil.
    static func fromPreamble(_ lines: [String]) -> NoticeDates {
        var dates = NoticeDates()
        guard let text = lines.prefix(6).map({ PlainText.prefix($0, 3000) }).first(where: tellsOfInspection) else {
            return dates
        }
        let ns = text as NSString
        let mentions = DateMentions.find(in: text)
        var periodEndIndex: Int?
        for i in mentions.indices.dropLast() {
            let a = mentions[i], b = mentions[i + 1]
            let gapStart = a.range.location + a.range.length
            let gap = ns.substring(with: NSRange(location: gapStart, length: b.range.location - gapStart))
            if rangeJoiner.test(gap) {
                dates.periodStart = a.iso
                dates.periodEnd = b.iso
                periodEndIndex = i + 1
                break
            }
        }
        let candidates = periodEndIndex.map { Array(mentions[($0 + 1)...]) } ?? mentions
        for mention in candidates {
            let after = clause(in: ns, from: mention.range.location + mention.range.length)
            if after.contains("反馈") {
                dates.feedbackDate = mention.iso
                break
            }
        }
        return dates
    }

    private static func tellsOfInspection(_ line: String) -> Bool {
        (PlainText.contains(line, "巡察") || PlainText.contains(line, "巡视")) && (DateMentions.find(in: line).isEmpty == false)
    }

    /// The text from `location` to the end of its sentence.
    private static func clause(in ns: NSString, from location: Int) -> String {
        let rest = ns.substring(from: location)
        let end = rest.firstIndex(where: { "。；;！".contains($0) }) ?? rest.endIndex
        return String(rest[..<end])
    }

    private static let rangeJoiner = Pattern(#"^\s*(?:至|到|—|－|-|~|～|——)\s*$"#)

    /// The notice's own date: a line that is only a date just under the title, a web capture's 发布时间, or the
    /// signature date among the last lines.
    static func publishDate(openingLines: [String], closingLines: [String], webDate: String?) -> String? {
        for line in openingLines.prefix(4) { if let d = DateMentions.dateLine(line) { return d } }
        if let webDate { return webDate }
        for line in closingLines.suffix(4).reversed() { if let d = DateMentions.dateLine(line) { return d } }
        return nil
    }
}
