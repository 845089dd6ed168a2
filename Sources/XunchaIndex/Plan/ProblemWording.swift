import Foundation

/// The point of a problem as a notice words it: without the frame 针对“…”问题 / 关于“…”的问题的整改 /
/// 整改任务：, which every problem of a notice shares and which says nothing of its subject.
enum ProblemWording {
    static func core(_ text: String) -> String {
        var core = text.trimmingCharacters(in: .whitespaces)
        for label in ["整改任务：", "整改任务:", "问题：", "问题:"] where core.hasPrefix(label) { core = String(core.dropFirst(label.count)) }
        for lead in ["针对巡察反馈", "针对巡视反馈", "针对", "关于"] where core.hasPrefix(lead) {
            core = String(core.dropFirst(lead.count))
            break
        }
        let range = NSRange(core.startIndex..., in: core)
        core = tail.stringByReplacingMatches(in: core, range: range, withTemplate: "")
        core = core.trimmingCharacters(in: CharacterSet(charactersIn: "“”\"‘’'「」 。．."))
        return core.isEmpty ? text : core
    }

    /// 的问题, 问题的整改落实情况, 问题整改情况… at the end.
    private static let tail = try! NSRegularExpression(
        pattern: #"[”"’」]?\s*(?:的)?问题(?:的)?(?:整改(?:落实)?(?:情况|进展)?)?[。．.：:；;]?\s*$|的整改(?:落实)?(?:情况)?[。．.：:]?\s*$"#)
}
