import Foundation

/// Who inspected, how, and in which round, as the title and the preamble state it.
enum InspectionFacts {
    /// 巡视 (by a provincial or central committee) or 巡察 (by a city or county committee).
    static func kind(title: String?, lines: [String]) -> String? {
        for text in [title].compactMap({ $0 }) + lines.prefix(12).map({ PlainText.prefix($0, 2000) }) {
            let shi = PlainText.range(of: "巡视", in: text), cha = PlainText.range(of: "巡察", in: text)
            switch (shi, cha) {
            case let (s?, c?): return s.lowerBound < c.lowerBound ? "巡视" : "巡察"
            case (_?, nil): return "巡视"
            case (nil, _?): return "巡察"
            default: continue
            }
        }
        return nil
    }

    /// 回头看, 交叉巡察, 专项, … when the title or the preamble states them.
    static func marks(title: String?, lines: [String]) -> [String] {
        let text = ([title ?? ""] + lines.prefix(4).map { PlainText.prefix($0, 2000) }).joined(separator: "\n")
        var found: [String] = []
        if text.contains("回头看") { found.append("回头看") }
        if text.contains("交叉巡察") || text.contains("交叉巡视") { found.append(text.contains("交叉巡视") ? "交叉巡视" : "交叉巡察") }
        if specialInspection.test(text) { found.append("专项") }
        if text.contains("联动巡察") { found.append("联动巡察") }
        if text.contains("延伸巡察") { found.append("延伸巡察") }
        if text.contains("机动巡察") || text.contains("机动巡视") { found.append("机动") }
        return found
    }

    /// The inspection group: 市委第三巡察组, 区党委第六巡视组, 省委巡视四组, 市委巡察一组、二组、三组, 第五巡察组.
    static func inspector(title: String?, lines: [String]) -> String? {
        for text in [title].compactMap({ $0 }) + lines.prefix(8).map({ PlainText.prefix($0, 3000) }) {
            if let m = group.firstMatch(in: text) { return extendOverPlaceName(m, in: text) }
        }
        return nil
    }

    private static let numeral = "[一二三四五六七八九十]+"
    static let group = Pattern(
        "(?:党委|[省市区县州旗盟]委)?(?:第\(numeral)(?:联动|交叉|专项|机动)?(?:巡视|巡察)组"
        + "|(?:巡视|巡察)\(numeral)组(?:、\(numeral)组)*"
        + "|(?:交叉|联动|专项|机动)(?:巡视|巡察)组)",
        quickTest: Quick.contains("组"))

    /// `台江区委巡察一组`: the committee prefix may carry a place name; take it only when the gazetteer knows the
    /// place (落实区委第二巡察组 → 区委第二巡察组).
    private static func extendOverPlaceName(_ m: Pattern.Match, in text: String) -> String {
        let ns = text as NSString
        var start = m.range.location
        let unit: String
        if m.value.hasPrefix("党委") {
            // 区党委第六巡视组: the unit word stands before 党委.
            guard start > 0 else { return m.value }
            let previous = ns.substring(with: NSRange(location: start - 1, length: 1))
            guard "省市区县州旗镇乡".contains(previous) else { return m.value }
            unit = previous
            start -= 1
        } else if m.value.dropFirst().hasPrefix("委") {
            unit = String(m.value.prefix(1))
        } else {
            return m.value
        }
        var best = 0
        for length in 1...6 where start >= length {
            let candidate = ns.substring(with: NSRange(location: start - length, length: length))
            guard candidate.unicodeScalars.allSatisfy(isHan) else { break }
            if Gazetteer.shared.isPlaceName(candidate + unit) { best = length }
        }
        let end = m.range.location + m.range.length
        return ns.substring(with: NSRange(location: start - best, length: end - (start - best)))
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) }

    /// The round as written: 九届区党委第九轮, 十四届市委第十三轮, 第三届委员会第七轮.
    static func round(title: String?, lines: [String]) -> String? {
        for text in [title].compactMap({ $0 }) + lines.prefix(12).map({ PlainText.prefix($0, 3000) }) {
            if let m = roundPattern.firstMatch(in: text) { return m.value }
        }
        return nil
    }

    static let roundPattern = Pattern(
        "第?\(numeral)届[^，。、；：“”\\s第]{0,8}第\(numeral)轮",
        quickTest: Quick.all(Quick.contains("届"), Quick.contains("轮")))
    static let specialInspection = Pattern("专项(?:巡视|巡察)|(?:巡视|巡察)[^，。]{0,4}专项",
        quickTest: Quick.contains("专项"))

    /// The level of the committee that inspected: 省 for 巡视 and provincial committees, 市, 区, 县, 乡镇.
    static func level(inspection: String?, inspector: String?, title: String?, lines: [String]) -> String? {
        if inspection == "巡视" {
            return (inspector?.hasPrefix("中央") ?? false) ? "中央" : "省"
        }
        if let inspector, let level = committeeLevel(inspector) { return level }
        // The committee that ordered the inspection, wherever the notice names it (…接受城区党委巡察期间…).
        if let title, let m = committeeMention.firstMatch(in: title), let level = committeeLevel(m.value) { return level }
        for line in lines {
            let text = PlainText.prefix(line, 3000)
            if let m = committeeMention.firstMatch(in: text), let level = committeeLevel(m.value) { return level }
        }
        return nil
    }

    private static func committeeLevel(_ text: String) -> String? {
        if text.hasPrefix("中央") { return "中央" }
        if text.contains("自治区党委") || text.hasPrefix("省委") || text.contains("省委") { return "省" }
        if let m = committeePrefix.firstMatch(in: text), let unit = m.group(1) {
            switch unit {
            case "省": return "省"
            case "市", "州", "盟", "地": return "市"
            case "区": return "区"
            case "县", "旗": return "县"
            case "镇", "乡", "街道": return "乡镇"
            default: return nil
            }
        }
        return nil
    }

    private static let committeePrefix = Pattern("^[^，。]{0,6}?(省|市|州|盟|地|区|县|旗|镇|乡|街道)(?:党)?(?:委|第[一二三四五六七八九十]+届委员会)")
    static let committeeMention = Pattern(
        "[^，。、；\\s]{0,6}?(?:[省市州盟区县旗镇乡])(?:党)?委(?=第[^，。]{0,4}巡察|巡察|统一部署|巡察工作)|[^，。、；\\s]{0,6}?[省市州区县旗]第[一二三四五六七八九十]+届委员会",
        quickTest: Quick.all(Quick.contains("委"), Quick.contains("巡察", "统一部署", "届委员会")))
}
