import Foundation

/// The words by which a paragraph of a rectification notice says what it is. Tested on the paragraph's head
/// (its first couple of hundred characters), so a very long line costs no more than a short one.
enum ParagraphSignals {
    /// `整改情况：`, `整改措施：`, `整改进展情况：`, `一是…`, `重点开展以下6项工作：①…`
    static let measureStart = Pattern(
        #"^(?:整改(?:情况|措施|举措|进展情况|进展|落实情况|内容及措施)|主要(?:整改)?措施|具体措施|采取措施|落实情况|重点开展(?:了)?以下|[一二三四五六七八九十]+是|①)"#)
    /// The explicit labels, which also make the numbered line above them a problem.
    static let measureLabel = Pattern(#"^(?:整改(?:情况|措施|举措|进展情况|进展|落实情况)|主要(?:整改)?措施|具体措施)\s*[：:]"#)
    /// `整改成效：`, `通过整改，…`, `整改进度：…`
    static let outcomeStart = Pattern(
        #"^(?:整改(?:成效|效果|结果|进度|完成情况)|取得(?:的)?成效|完成情况|工作成效|通过(?:集中)?整改|经过(?:集中)?整改)"#)
    /// `整改任务：…`, `问题：…`, `存在问题：…`, `反馈问题：…`
    static let problemLabel = Pattern(#"^(?:整改任务|整改内容|整改问题|存在(?:的)?问题|反馈问题|问题(?:表现|描述)?)\s*[：:]"#)
    /// `针对“…”问题`, `关于“…”问题(的整改情况)`, `关于…的问题`, `…问题的整改`
    static let problemStatement = Pattern(
        #"^(?:针对|关于)[^。]{0,160}?(?:问题|情况|现象)|^[“"][^。]{0,160}?[”"](?:的)?问题|^[^。]{0,120}?问题的整改"#)
    /// 针对巡察反馈…问题 speaks of all the problems, not one.
    static let genericProblemReference = Pattern(#"^(?:针对|关于)(?:巡察|巡视|反馈|上述|以上|这些|存在的|指出的)"#)
    /// A category heading: `（一）聚焦…方面`, `（一）关于“…”方面问题`, `在…方面存在的问题。`
    static let categoryHeading = Pattern(#"方面(?:存在)?(?:的)?(?:问题)?(?:整改(?:情况|落实情况)?)?(?:的整改情况)?[。：:]?$"#)
    /// Next steps, closing, contacts and signatures.
    static let summaryStart = Pattern(
        #"^(?:下一步|下步|下阶段|今后|欢迎|联系|电话|地\s?址|通信地址|通讯地址|邮政|邮编|电子邮箱|电子信箱|邮箱|信箱|联系人|传真)"#)
    /// Headings of the chapters that tell the next steps.
    static let nextStepsHeading = Pattern(
        #"下一步|下步|下阶段|今后|后续|打算|计划|巩固|深化|持续推进|长效|继续"#)
    /// Evidence that a paragraph goes on to tell what was done.
    static let measureEvidence = Pattern(
        #"一是|①|整改(?:情况|措施)[：:]|采取了?[\d一二三四五六七八九十]+项|[我本该][局委院部办校镇厅会中]|已[经将]?|立即|召开|制定|印发|出台|组织|建立|修订|开展|成立"#)

    static func head(_ text: String) -> String { String(text.prefix(240)) }
}
