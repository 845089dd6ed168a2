import NoticeParsing

extension ParagraphRole {
    /// The role as the page names it.
    public var chineseName: String {
        switch self {
        case .title: return "标题"
        case .preamble: return "前言"
        case .heading: return "小标题"
        case .problem: return "问题"
        case .measure: return "措施"
        case .outcome: return "成效"
        case .summary: return "综述"
        case .signature: return "落款"
        }
    }

    /// A small label naming the role, coloured by it.
    var badge: String { "<span class=\"badge role-\(rawValue)\">\(chineseName)</span>" }
}

enum ParagraphRoleName {
    static func chinese(_ raw: String) -> String? { ParagraphRole(rawValue: raw)?.chineseName }
}
