import Foundation

extension NoticeIndex {
    /// A draft plan for the feedback: its problems (split as `FeedbackProblems.split` does), each with its
    /// best precedents across agencies and the measures they suggest.
    public func plan(for feedback: String, precedents: Int = 3, suggestions: Int = 6,
                     filters: SearchFilters = SearchFilters()) throws -> Plan {
        guard (1...10).contains(precedents) else { throw PlanError.badPrecedentCount(precedents) }
        return try plan(for: try FeedbackProblems.split(feedback), precedents: precedents, suggestions: suggestions,
                        filters: filters)
    }

    /// A draft plan for problems already split.
    public func plan(for problems: [FeedbackProblem], precedents: Int = 3, suggestions: Int = 6,
                     filters: SearchFilters = SearchFilters()) throws -> Plan {
        let steps = MeasureSteps(analyzer: analyzer)
        let coverage = ProblemCoverage(analyzer: analyzer)
        var entries: [PlanEntry] = []
        for (index, problem) in problems.enumerated() {
            // The precedents most like the problem, less those that only share a word or two with it. They are
            // ranked by likeness alone: a plan merges the measures of several precedents into suggestions, and
            // those were judged (PlanQuality) as drawn from the problems most like the feedback.
            let point = ProblemWording.core(problem.text)
            let found = try self.precedents(for: Self.searchText(point), limit: precedents, filters: filters,
                                            answering: false)
                .filter { coverage.share(of: point, in: $0) >= ProblemCoverage.minimum }
            entries.append(PlanEntry(number: index + 1, problem: problem, precedents: found,
                                     suggested: steps.suggestions(from: found, for: point, limit: suggestions)))
        }
        return Plan(entries: entries, precedentsPerProblem: precedents)
    }

    /// The problem as plain words: feedback is prose, so quotes, brackets, minus signs and AND/OR/NOT are
    /// not query syntax here; a very long problem is searched by its beginning, where its point is.
    static func searchText(_ problem: String) -> String {
        var text = String(problem.prefix(300))
        for syntax in ["\"", "＂", "(", ")", "-"] { text = text.replacingOccurrences(of: syntax, with: " ") }
        return text.split(separator: " ").map { ["AND", "OR", "NOT", "&&", "||"].contains($0) ? $0.lowercased() : String($0) }
            .joined(separator: " ")
    }
}
