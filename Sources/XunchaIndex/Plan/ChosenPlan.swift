import NoticeParsing

extension NoticeIndex {
    /// A plan from paragraphs a reader picked by hand (problems and measures, by short id or `SOURCE:LINE`),
    /// laid out like a drafted plan: each problem is an entry, in the order first picked, and the measures
    /// picked under it, in their order, are its suggested steps. A measure picked without its problem brings
    /// the problem along; a problem picked alone has no steps yet. Unknown references are skipped.
    public func plan(chosen references: [String]) throws -> Plan {
        var order: [ParagraphLocation] = []
        var problems: [ParagraphLocation: ParagraphRecord] = [:]
        var measures: [ParagraphLocation: [ParagraphRecord]] = [:]
        for reference in references {
            guard let record = try? paragraph(reference) else { continue }
            let problem: ParagraphRecord
            if record.role == .measure, !record.statesProblem, let answered = record.problem,
               let found = try? paragraph(answered.description) {
                problem = found
            } else {
                problem = record
            }
            if problems[problem.location] == nil {
                order.append(problem.location)
                problems[problem.location] = problem
            }
            if record.role == .measure, !(measures[problem.location] ?? []).contains(record) {
                measures[problem.location, default: []].append(record)
            }
        }
        var entries: [PlanEntry] = []
        for location in order {
            let problem = problems[location]!
            let chosen = measures[location] ?? []
            let notice = try notice(key: problem.noticeKey)
            let agency = notice?.metadata.agency ?? problem.noticeKey
            let date = notice?.metadata.indexDate
            var seen = Set<String>()
            let precedent = Precedent(problem: problem, notice: notice, measures: chosen,
                                      institutions: chosen.flatMap(\.institutions).filter { seen.insert($0).inserted },
                                      score: 0)
            let steps = chosen.map { measure in
                SuggestedMeasure(text: measure.text, agencies: 1,
                                 sources: [MeasureSource(agency: agency, date: date, source: measure.source, line: measure.line)])
            }
            entries.append(PlanEntry(number: entries.count + 1, problem: FeedbackProblem(text: problem.text),
                                     precedents: [precedent], suggested: steps))
        }
        return Plan(entries: entries, precedentsPerProblem: 1)
    }
}
