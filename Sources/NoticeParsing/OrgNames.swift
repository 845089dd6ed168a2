import Foundation

/// The inspected party organization (`org`, as written) and its unit (`agency`: without 中共 and the party-body
/// suffix).
enum OrgNames {
    /// From the title (`中共南京市大数据管理局党组关于…`, `区市场监管局党组2022年巡察…`), else a line that is only an
    /// organization name near the title, else the preamble (`…向西乡塘区自然资源局党组反馈…`).
    static func org(title: String?, openingLines: [String]) -> String? {
        if let title, let fromTitle = orgInTitle(title) { return fromTitle }
        for line in openingLines.prefix(4) where standaloneOrg.test(line) { return line }
        for line in openingLines.prefix(6) {
            for pattern in [feedbackTo, inspectedBy] {
                if let m = pattern.firstMatch(in: String(line.prefix(600))), let name = m.group(1) { return name }
            }
        }
        return nil
    }

    static func orgInTitle(_ title: String) -> String? {
        if let range = title.range(of: "关于"), range.lowerBound != title.startIndex {
            let prefix = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            return prefix.count >= 2 ? prefix : nil
        }
        if let m = beforeInspection.firstMatch(in: title), let name = m.group(1), name.count >= 2 { return name }
        return nil
    }

    /// `中共南京市大数据管理局党组` → `南京市大数据管理局`; `中共湘东区委` → `湘东区`; `中共洪江区工委` → `洪江区`.
    static func agency(of org: String) -> String {
        var name = org
        if name.hasPrefix("中共") { name.removeFirst(2) }
        if name.hasPrefix("中国共产党") { name.removeFirst(5) }
        for suffix in partyBodySuffixes where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            name.removeLast(suffix.count)
            break
        }
        // The party committee of a place stands for the place: 湘东区委 → 湘东区.
        if let m = placeCommittee.firstMatch(in: name), let place = m.group(1) { name = place }
        return name
    }

    private static let partyBodySuffixes = ["机关党委", "党总支委员会", "党支部委员会", "党工委", "委员会", "党组", "党委", "党总支", "党支部"]
    private static let placeCommittee = Pattern(#"^(.+[区县市州旗盟镇乡])工?委$"#)
    private static let beforeInspection = Pattern(
        #"^(.+?(?:党组|党委|委员会|党支部|党总支|工委|[局厅委办院部处]))(?:\d{4}|[〇零一二三四五六七八九]{4})?年?度?(?:巡视|巡察)"#)
    static let standaloneOrg = Pattern(#"^(?:中共)?[^，。：；\s]{2,40}(?:党组|党委|委员会|党支部|党总支|工委)$"#,
        quickTest: Quick.contains("党组", "党委", "委员会", "党支部", "党总支", "工委"))
    private static let orgName = #"([^，。、；：\s“”（）()]{2,40}?(?:党组|党委|委员会|党支部|党总支|工委|党工委))"#
    static let feedbackTo = Pattern("向" + orgName + "(?:（[^）]{0,30}）)?反馈",
        quickTest: Quick.all(Quick.contains("向"), Quick.contains("反馈")))
    static let inspectedBy = Pattern("组对" + orgName + "(?:（[^）]{0,30}）)?(?:进行|开展)",
        quickTest: Quick.contains("组对"))
}
