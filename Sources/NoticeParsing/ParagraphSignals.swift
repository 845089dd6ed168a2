import Foundation

/// The words by which a paragraph of a rectification notice says what it is. Tested on the paragraph's head
/// (its first couple of hundred characters), so a very long line costs no more than a short one.
enum ParagraphSignals {
    /// `整改情况：`, `整改措施：`, `整改进展情况：`, `一是…`, `重点开展以下6项工作：①…`, `产业结构方面：一是…`
    static let measureStart = Pattern(
        #"^(?:整改(?:情况|措施|举措|进展情况|进展|落实情况|内容及措施)|(?:下一步|进一步)整改措施[：:]|主要(?:整改)?措施|具体措施|采取措施|落实情况|重点开展(?:了)?以下|[一二三四五六七八九十]+是|①|[^，。：:]{1,30}[：:]\s*(?:[一二三四五六七八九十]是|①))"#,
        quickTest: Quick.any(Quick.starts("整改", "下一步", "进一步", "主要", "具体措施", "采取措施", "落实情况", "重点开展"), Quick.contains("是", "①")))
    /// `强化局系统领导干部配偶禁业限制。一是…`: a short opening sentence, then the enumeration.
    static let leadThenEnumeration = Pattern(#"^[^，。：:]{1,30}。\s*(?:一是|①)"#,
        quickTest: Quick.contains("一是", "①"))
    /// What a problem says of itself: something falls short.
    static let shortcomingWords = Pattern(
        #"不够|不到位|不严|不足|不力|不实|不深|不强|不高|不规范|不彻底|不明确|不完善|缺乏|缺失|差距|薄弱|短板|滞后|问题|欠缺|漏洞|弱化|松懈"#,
        quickTest: Quick.contains("不够", "不到位", "不严", "不足", "不力", "不实", "不深", "不强", "不高", "不规范", "不彻底", "不明确", "不完善", "缺乏", "缺失", "差距", "薄弱", "短板", "滞后", "问题", "欠缺", "漏洞", "弱化", "松懈"))
    /// The explicit labels, which also make the line above them a problem.
    static let measureLabel = Pattern(
        #"^(?:整改(?:情况|措施|举措|进展情况|进展|落实情况)|(?:下一步|进一步)整改措施|主要(?:整改)?措施|具体措施)\s*[：:]"#,
        quickTest: Quick.starts("整改", "下一步", "进一步", "主要", "具体措施"))
    /// A label alone on its line (`整改情况：`, `整改措施`): it opens the measures written on the lines below it.
    static let bareMeasureLabel = Pattern(
        #"^(?:整改(?:情况|措施|举措|进展情况|进展|落实情况)|(?:下一步|进一步)整改措施|主要(?:整改)?措施|具体措施)\s*[：:]?\s*$"#,
        quickTest: Quick.starts("整改", "下一步", "进一步", "主要", "具体措施"))
    /// `产业结构方面：一是…`: a short lead naming the part of the work the enumeration after it is about.
    static let aspectThenEnumeration = Pattern(#"^[^，。：:]{1,30}方面[：:]\s*(?:[一二三四五六七八九十]是|①)"#,
        quickTest: Quick.all(Quick.contains("方面"), Quick.contains("是", "①")))
    /// `整改情况：已完成整改并长期坚持`: a label followed by nothing but the state of the work.
    static let statusOnly = Pattern(
        #"^整改(?:情况|进展|进度)\s*[：:]\s*(?:已|未|基本|正在|持续|长期)[^。]{0,16}[。]?$"#,
        quickTest: Quick.starts("整改"))
    /// Labels of results, which also make the line above them a problem.
    static let outcomeLabel = Pattern(
        #"^(?:整改(?:成效|效果|结果|进度|完成情况)|未(?:全部)?完成(?:整改)?(?:的)?原因|完成情况|情况说明)\s*[：:]"#,
        quickTest: Quick.starts("整改", "未", "完成情况", "情况说明"))
    /// `整改成效：`, `通过整改，…`, `整改进度：…`
    static let outcomeStart = Pattern(
        #"^(?:整改(?:成效|效果|结果|进度|完成情况)|取得(?:的)?成效|完成情况|完成时限|整改时限|工作成效|情况说明|未(?:全部)?完成(?:整改)?(?:的)?原因|(?:通过|经过)[^，。]{0,6}(?:整改|努力))"#,
        quickTest: Quick.starts("整改", "取得", "完成", "工作成效", "情况说明", "未", "通过", "经过"))
    /// Progress in figures: `截至目前，巡察反馈的16个具体问题，已完成整改13个…`.
    static let progressFigures = Pattern(
        #"(?:完成整改|整改完成|整改到位|已整改|已经整改|已办结|已销号)[^。；]{0,8}\d+|\d+\s*[个项条家件][^。；]{0,16}?(?:已完成|完成整改|已整改|已经整改|整改到位|正在整改|基本完成)"#,
        quickTest: Quick.contains("完成整改", "整改完成", "整改到位", "已整改", "已经整改", "已办结", "已销号", "已完成", "正在整改", "基本完成"))
    /// How the problem leads handed over by the inspectors were dealt with.
    static let disciplineResult = Pattern(
        #"移交(?:的)?问题线索|通报批评|提醒谈话|诫勉谈话|党纪处分|政务处分|给予[^。]{0,20}处分|立案审查"#,
        quickTest: Quick.contains("移交", "通报批评", "提醒谈话", "诫勉谈话", "党纪处分", "政务处分", "给予", "立案审查"))
    /// `整改任务：…`, `问题：…`, `存在问题：…`, `反馈问题：…`
    static let problemLabel = Pattern(
        #"^(?:整改任务|整改内容|整改问题|存在(?:的)?问题|反馈问题|问题(?:表现|描述)?)\s*[\d一二三四五六七八九十]*\s*[：:]"#,
        quickTest: Quick.starts("整改", "存在", "反馈问题", "问题"))
    /// `针对“…”问题`, `关于“…”问题(的整改情况)`, `关于…的问题`, `…问题的整改`
    static let problemStatement = Pattern(
        #"^(?:针对|关于|对于)[^。]{0,300}?(?:问题|情况|现象|事项)|^针对[^。]{4,300}。|^[“"][^。]{0,160}?[”"](?:的)?问题|^[^。，]{0,60}?问题的整改|^[^。：:，]{2,80}?问题[：:。]|^(?:[省市区县州]委)?(?:巡视|巡察)(?:组)?(?:反馈)?指出"#,
        quickTest: Quick.any(Quick.starts("针对", "关于", "对于", "“", "\""), Quick.contains("问题", "指出")))
    /// 针对巡察反馈…问题 speaks of all the problems, not one.
    static let genericProblemReference = Pattern(#"^(?:针对|关于)(?:巡察|巡视|反馈|上述|以上|这些|存在的|指出的)"#,
        quickTest: Quick.starts("针对", "关于"))
    /// A category heading: `（一）聚焦…方面`, `（一）关于“…”方面问题`, `在…方面存在的问题。`
    static let categoryHeading = Pattern(#"方面(?:存在)?(?:的)?(?:问题)?(?:整改(?:情况|落实情况)?)?(?:的整改情况)?[。：:]?$"#,
        quickTest: Quick.contains("方面"))
    /// Next steps, closing, contacts and signatures.
    static let summaryStart = Pattern(
        #"^(?:下一步(?!整改措施)|下步|下阶段|今后|欢迎|联系|电话|地\s?址|通信地址|通讯地址|邮政|邮编|电子邮箱|电子信箱|邮箱|信箱|联系人|传真)"#,
        quickTest: Quick.starts("下一步", "下步", "下阶段", "今后", "欢迎", "联系", "电话", "地", "通信地址", "通讯地址", "邮政", "邮编", "电子", "邮箱", "信箱", "传真"))
    /// A chapter heading that announces the problems themselves (`三、当前存在的突出问题及原因分析`).
    static let problemChapterHeading = Pattern(#"存在(?:的)?(?:突出)?问题|突出问题|问题清单|问题及(?:其)?原因"#,
        quickTest: Quick.contains("存在", "突出问题", "问题清单", "问题及"))
    /// A chapter that only tells the unit's situation (`一、基本情况`): background, like the preamble.
    static let backgroundHeading = Pattern(#"^(?:单位)?(?:基本情况|基本概况|概况)$"#,
        quickTest: Quick.contains("基本情况", "概况"))
    /// Headings of the chapters that tell the next steps.
    static let nextStepsHeading = Pattern(
        #"下一步|下步|下阶段|今后|后续|打算|计划|巩固|深化|持续推进|长效|继续"#,
        quickTest: Quick.contains("下一步", "下步", "下阶段", "今后", "后续", "打算", "计划", "巩固", "深化", "持续推进", "长效", "继续"))
    /// Evidence that a paragraph goes on to tell what was done.
    static let measureEvidence = Pattern(
        #"一是|①|整改(?:情况|措施)[：:]|采取了?[\d一二三四五六七八九十]+项|[我本该][局委院部办校镇厅会中]|已[经将]?|立即|召开|制定|印发|出台|组织|建立|修订|开展|成立"#,
        quickTest: Quick.contains("一是", "①", "整改", "采取", "我", "本", "该", "已", "立即", "召开", "制定", "印发", "出台", "组织", "建立", "修订", "开展", "成立"))

    static func head(_ text: String) -> String { PlainText.prefix(text, 240) }
}
