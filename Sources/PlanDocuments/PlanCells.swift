import XunchaIndex

/// What each column of a plan's table says, shared by the Word, Markdown and CSV layouts.
enum PlanCells {
    static let title = "巡视巡察反馈问题整改方案（参考稿）"
    static let columns = ["序号", "问题", "整改措施（参考）", "参考来源", "责任单位", "完成时限"]
    static let noPrecedent = "未找到先例（no precedent found）"

    static func preface(_ plan: Plan) -> String {
        let found = plan.entries.filter { !$0.precedents.isEmpty }.count
        return "共 \(plan.entries.count) 个问题，其中 \(found) 个找到了其他单位的整改先例。整改措施摘自先例，仅供参考，"
            + "请结合本单位实际修改，并填写责任单位和完成时限。"
    }

    /// The suggested steps, numbered, each with how many agencies took it and its references 〔n〕.
    static func measures(_ entry: PlanEntry) -> [String] {
        guard !entry.suggested.isEmpty else { return [noPrecedent] }
        return entry.suggested.enumerated().map { number, step in
            let count = step.agencies > 1 ? "（\(step.agencies)家单位）" : ""
            let references = Set(step.sources.compactMap { reference(of: $0.agency, in: entry) }).sorted()
                .map { "〔\($0)〕" }.joined()
            return "\(number + 1). \(step.text)\(count)\(references)"
        }
    }

    /// One line per precedent: 〔n〕agency · date · source:line of its problem.
    static func sources(_ entry: PlanEntry) -> [String] {
        sourceParts(entry).map { "\($0.who) · \($0.location)" }
    }

    /// Each precedent as who (〔n〕agency · date) and where (source:line of its problem).
    static func sourceParts(_ entry: PlanEntry) -> [(who: String, location: String)] {
        entry.precedents.enumerated().map { number, precedent in
            let metadata = precedent.notice?.metadata
            let who = "〔\(number + 1)〕" + [metadata?.agency, metadata?.indexDate].compactMap { $0 }.joined(separator: " · ")
            return (who, "\(precedent.problem.source):\(precedent.problem.line)")
        }
    }

    private static func reference(of agency: String, in entry: PlanEntry) -> Int? {
        entry.precedents.firstIndex { ($0.notice?.metadata.agency ?? $0.problem.noticeKey) == agency }.map { $0 + 1 }
    }

    /// A precedent in full for the appendix: who, the problem as they put it, their measures and rules.
    static func precedentLines(_ precedent: Precedent) -> (heading: String, problem: String, measures: [String], rules: String?) {
        let metadata = precedent.notice?.metadata
        let heading = [metadata?.agency, metadata?.indexDate, metadata?.title].compactMap { $0 }.joined(separator: " · ")
        let problem = "问题（\(precedent.problem.source):\(precedent.problem.line)）：\(precedent.problem.text)"
        var measures: [String] = []
        for measure in precedent.measures {
            measures.append("措施（\(measure.source):\(measure.line)）：" + (measure.items.count > 1 ? "" : measure.text))
            if measure.items.count > 1 {
                measures += measure.items.enumerated().map { "\($0 + 1). \($1)" }
            }
        }
        let rules = precedent.institutions.isEmpty ? nil : "制度：" + precedent.institutions.map { "《\($0)》" }.joined(separator: "")
        return (heading, problem, measures, rules)
    }
}
