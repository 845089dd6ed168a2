import Foundation

/// Recognizes a notice's title line: `…关于…整改进展情况的通报`, `区市场监管局党组2022年巡察整改进展情况报告`,
/// `工作情况汇报`. A numbered heading (`12.关于履行整改责任不力问题`) or a sentence is never a title.
enum TitleLine {
    static func isTitle(_ text: String) -> Bool {
        let length = PlainText.count(text)
        guard length >= 4, length <= 100 else { return false }
        if Numbering.parse(text) != nil { return false }
        let body = PlainText.trimming(text) { $0 == "。" || $0 == " " }
        if ["，", "：", "；", ":"].contains(where: { PlainText.contains(body, $0) }) { return false }
        if notTitleStart.test(body) { return false }
        return rectificationTitle.test(body) || reportTitle.test(body)
    }

    /// The document kinds a rectification notice is published as.
    static let rectificationTitle = Pattern(
        #"(?:整改|巡视|巡察)[^。！？]{0,40}(?:通报|报告|公示|公告|汇报)$"#,
        quickTest: Quick.all(Quick.contains("整改", "巡视", "巡察"), Quick.contains("通报", "报告", "公示", "公告", "汇报")))
    /// A report to the inspectors before or during an inspection (`工作情况汇报`, `…党组向巡察组的工作汇报`).
    static let reportTitle = Pattern(#"^[^。]{0,40}工作(?:情况)?汇报$"#,
        quickTest: Quick.contains("汇报"))
    static let notTitleStart = Pattern(#"^(?:一是|二是|针对|根据|按照|关于[“"]|整改|通过|经过|对)"#,
        quickTest: Quick.starts("一是", "二是", "针对", "根据", "按照", "关于", "整改", "通过", "经过", "对"))
}
