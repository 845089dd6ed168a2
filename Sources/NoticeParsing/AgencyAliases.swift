import Foundation

/// The ways one agency's name is written (市场监管局 and 市场监督管理局, with or without 中共…党组, with or without a
/// leading 区/县/市), from the editable list in Resources/agency-aliases.txt.
public struct AgencyAliases: Sendable {
    /// Groups of names for one kind of unit, the full official wording first.
    let groups: [[String]]
    /// Every member of every group, longest first: the longest one found in a name is the one replaced.
    private let members: [(name: String, group: Int)]

    public static let shared: AgencyAliases = {
        // `NoticeData.check()` has made sure the file can be read before any work starts.
        AgencyAliases(text: (try? NoticeData.folder.text(NoticeData.agencyAliases)) ?? "")
    }()

    public init(text: String) {
        var groups: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let names = content.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "，" || $0 == "、" })
                .map(String.init)
            if names.count >= 2 { groups.append(names) }
        }
        self.groups = groups
        members = groups.enumerated().flatMap { index, names in names.map { ($0, index) } }
            .sorted { $0.name.count > $1.name.count }
    }

    /// The texts any of which, found in an agency's name, makes it the agency asked for: the name as given
    /// without its party body, without a leading 区/县/市, and with its alias written every way of its group.
    public func variants(of asked: String) -> [String] {
        let name = Self.withoutPartyBody(asked.trimmingCharacters(in: .whitespacesAndNewlines))
        var forms = [name]
        if let first = name.first, Self.levelWords.contains(first), name.count >= 4,
           !members.contains(where: { name.hasPrefix($0.name) }) {
            forms.append(String(name.dropFirst()))
        }
        var variants: [String] = []
        for form in forms {
            variants.append(form)
            guard let member = members.first(where: { form.contains($0.name) }) else { continue }
            for other in groups[member.group] where other != member.name {
                variants.append(form.replacingOccurrences(of: member.name, with: other))
            }
        }
        var seen = Set<String>()
        return variants.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// `中共南京市大数据管理局党组` → `南京市大数据管理局`; `中共湘东区委` → `湘东区`, as the notices' agencies are kept.
    static func withoutPartyBody(_ text: String) -> String {
        var name = text
        var isPartyBody = false
        for prefix in ["中国共产党", "中共"] where name.hasPrefix(prefix) {
            name.removeFirst(prefix.count)
            isPartyBody = true
            break
        }
        let suffixes = ["机关党委", "党工委", "党组", "党委", "党总支", "党支部"] + (isPartyBody ? ["委员会"] : [])
        for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            name.removeLast(suffix.count)
            break
        }
        if let m = placeCommittee.firstMatch(in: name), let place = m.group(1) { name = place }
        return name.isEmpty ? text : name
    }

    /// The level a unit is named by before its kind: 区市场监管局 is any district's.
    private static let levelWords: Set<Character> = ["区", "县", "市", "州", "省"]
    private static let placeCommittee = Pattern(#"^(.+[区县市州旗盟镇乡])工?委$"#)
}
