import Foundation

/// A date as written: any part may be missing (the year is often left out of a later date) or masked (`****年*月*日`).
struct DateMention {
    var year: Int?
    var month: Int?
    var day: Int?
    /// Some part is masked with asterisks: the value is unknown and must never be guessed.
    var masked: Bool
    /// UTF-16 range in the text it was found in.
    var range: NSRange
    /// Filled by `DateMentions.resolve`: the ISO date when the text and its context determine it.
    var iso: String?
}

/// Finds the dates a paragraph mentions and completes the missing years from context.
enum DateMentions {
    private static let yearPart = #"(?:(\d{4}|[*＊]{1,4}|[〇零○一二三四五六七八九]{4})\s*年\s*)?"#
    private static let monthPart = #"(\d{1,2}|[*＊]{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"#
    private static let dayPart = #"(\d{1,2}|[*＊]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"#
    static let fullDate = Pattern(yearPart + monthPart + dayPart,
        quickTest: Quick.all(Quick.contains("月"), Quick.contains("日", "号")))
    /// `2021年3月24日至26日`: the second date gives only its day.
    static let dayOnlyAfterRange = Pattern(#"(?<=[至到—－~-])\s*(\d{1,2}|[*＊]{1,2})\s*日"#,
        quickTest: Quick.all(Quick.contains("日"), Quick.contains("至", "到", "—", "－", "~", "-")))

    /// All date mentions in reading order, years completed by `resolve`.
    static func find(in text: String) -> [DateMention] {
        var mentions = fullDate.matches(in: text).map { m -> DateMention in
            let parts = [m.group(1), m.group(2), m.group(3)]
            let masked = parts.contains { $0?.contains("*") == true || $0?.contains("＊") == true }
            return DateMention(year: m.group(1).flatMap(number), month: m.group(2).flatMap(number),
                               day: m.group(3).flatMap(number), masked: masked, range: m.range)
        }
        for m in dayOnlyAfterRange.matches(in: text) {
            let overlaps = mentions.contains { NSIntersectionRange($0.range, m.range).length > 0 }
            if overlaps { continue }
            let day = m.group(1)
            mentions.append(DateMention(year: nil, month: nil, day: day.flatMap(number),
                                        masked: day?.contains("*") == true || day?.contains("＊") == true,
                                        range: m.range))
        }
        mentions.sort { $0.range.location < $1.range.location }
        return resolve(mentions)
    }

    /// A date without a year takes the year of the date before it, or the next year when its month is earlier
    /// (`2020年11月26日至2021年1月22日…2月7日` → 2021-02-07). After a masked date nothing can be inferred.
    static func resolve(_ mentions: [DateMention]) -> [DateMention] {
        var previous: (year: Int, month: Int)?
        return mentions.map { mention in
            var m = mention
            if m.masked {
                previous = nil
                return m
            }
            var year = m.year
            var month = m.month
            if month == nil { month = previous?.month }
            if year == nil, let p = previous, let mo = month {
                year = mo < p.month ? p.year + 1 : p.year
            }
            if let y = year, let mo = month, let d = m.day, let iso = isoString(y, mo, d) {
                m.iso = iso
                previous = (y, mo)
            } else {
                previous = nil
            }
            return m
        }
    }

    /// `2021年07月05日`, `2021-7-5`, `2021/07/05`, `二〇二一年三月五日` → ISO, or nil.
    static func isoDate(fromNumeric raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let m = numericDate.firstMatch(in: text), let y = m.group(1).flatMap(number),
           let mo = m.group(2).flatMap(number), let d = m.group(3).flatMap(number) {
            return isoString(y, mo, d)
        }
        let found = find(in: text)
        return found.first?.iso
    }

    /// A line that is nothing but one date, possibly in brackets: the notice's own date line or signature date.
    static func dateLine(_ line: String) -> String? {
        guard line.count <= 24 else { return nil }
        let inner = line.trimmingCharacters(in: CharacterSet(charactersIn: "（）() 　"))
        guard let m = wholeDateLine.firstMatch(in: inner) else { return nil }
        return isoDate(fromNumeric: m.value)
    }

    private static let numericDate = Pattern(#"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$"#)
    static let wholeDateLine = Pattern(
        #"^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*[-/.年]\s*[\d一二三四五六七八九十]{1,2}\s*[-/.月]\s*[\d一二三四五六七八九十]{1,3}\s*日?$"#,
        quickTest: Quick.contains("年", "-", "/", "."))

    static func isoString(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Arabic digits, or Chinese numerals: digit by digit for years (二〇二一), positional for months and days.
    static func number(_ raw: String) -> Int? {
        if raw.contains("*") || raw.contains("＊") { return nil }
        if let n = Int(raw) { return n }
        let digits: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                                        "六": 6, "七": 7, "八": 8, "九": 9]
        if raw.count == 4 {
            var value = 0
            for c in raw { guard let d = digits[c] else { return nil }; value = value * 10 + d }
            return value
        }
        if raw == "十" { return 10 }
        if let tenIndex = raw.firstIndex(of: "十") {
            let tensPart = raw[..<tenIndex]
            let unitsPart = raw[raw.index(after: tenIndex)...]
            let tens = tensPart.isEmpty ? 1 : (tensPart.count == 1 ? digits[tensPart.first!] : nil)
            let units = unitsPart.isEmpty ? 0 : (unitsPart.count == 1 ? digits[unitsPart.first!] : nil)
            guard let t = tens, let u = units else { return nil }
            return t * 10 + u
        }
        if raw.count == 1, let d = digits[raw.first!] { return d }
        return nil
    }
}
