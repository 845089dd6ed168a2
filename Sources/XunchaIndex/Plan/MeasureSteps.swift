import ChineseText
import NoticeParsing

/// The precedents' measures as single steps, merged into a list of suggestions: steps that say nearly the
/// same thing are folded into one, and a step counts every agency that took it or a similar one.
struct MeasureSteps {
    let analyzer: ChineseAnalyzer

    /// Word overlap (Dice) from which two steps are one suggestion, and from which they are similar steps.
    static let sameStep = 0.5
    static let similarStep = 0.34
    /// A measure paragraph longer than this without numbered items is cut into its sentences.
    static let longMeasure = 160

    private struct Step {
        var text: String
        var words: Set<String>
        var source: MeasureSource
        /// Where it stands: its place among its precedent's steps, then the precedent's rank.
        var order: (place: Int, rank: Int)
    }

    func suggestions(from precedents: [Precedent], for problem: String, limit: Int) -> [SuggestedMeasure] {
        let steps = self.steps(of: precedents)
        let problemWords = words(problem)
        // Folded groups, each led by its first (best-ranked) step.
        var groups: [[Step]] = []
        for step in steps {
            if let index = groups.firstIndex(where: { Self.similarity($0[0].words, step.words) >= Self.sameStep }) {
                if !groups[index].contains(where: { $0.source == step.source }) { groups[index].append(step) }
            } else {
                groups.append([step])
            }
        }
        let ranked = groups.map { group -> (SuggestedMeasure, (relevant: Int, place: Int, rank: Int)) in
            let lead = group[0]
            let similar = steps.filter { Self.similarity(lead.words, $0.words) >= Self.similarStep }
            let agencies = Set((group + similar).map(\.source.agency)).count
            var seen = Set<MeasureSource>()
            let sources = group.map(\.source).filter { seen.insert($0).inserted }
            let relevant = problemWords.isEmpty ? 0 : group.map { $0.words.intersection(problemWords).count }.max()!
            return (SuggestedMeasure(text: lead.text, agencies: agencies, sources: sources),
                    (relevant, lead.order.place, lead.order.rank))
        }
        // Most agencies first; among equals, the steps that name more of the problem's words, then each
        // precedent's first step, then each one's second…, so that the first suggestions draw on several agencies.
        return ranked.sorted {
            ($0.0.agencies, $0.1.relevant, -$0.1.place, -$0.1.rank) > ($1.0.agencies, $1.1.relevant, -$1.1.place, -$1.1.rank)
        }.prefix(limit).map(\.0)
    }

    /// Every measure's items (or the measure whole, or its sentences when long), precedents in rank order.
    private func steps(of precedents: [Precedent]) -> [Step] {
        var steps: [Step] = []
        for (rank, precedent) in precedents.enumerated() {
            var place = 0
            let agency = precedent.notice?.metadata.agency ?? precedent.problem.noticeKey
            let date = precedent.notice?.metadata.indexDate
            for measure in precedent.measures {
                let source = MeasureSource(agency: agency, date: date, source: measure.source, line: measure.line)
                for text in Self.pieces(of: measure) {
                    let words = self.words(text)
                    guard words.count >= 2 else { continue }
                    steps.append(Step(text: text, words: words, source: source, order: (place, rank)))
                    place += 1
                }
            }
        }
        return steps
    }

    static func pieces(of measure: ParagraphRecord) -> [String] {
        if measure.items.count > 1 { return measure.items.map(Self.tidy) }
        let text = tidy(measure.text)
        guard text.count > longMeasure else { return [text] }
        return text.split(separator: "。").map { tidy(String($0)) + "。" }.filter { $0.count >= 8 }
    }

    /// Without a leading outline number or 整改情况： label.
    private static func tidy(_ text: String) -> String {
        var body = FeedbackLine(text).body
        for label in ["整改情况：", "整改情况:", "整改措施：", "整改措施:"] where body.hasPrefix(label) {
            body = String(body.dropFirst(label.count))
        }
        return body
    }

    /// The content words of a step, each synonym group counted as one word.
    func words(_ text: String) -> Set<String> {
        var words = Set<String>()
        for token in analyzer.tokens(in: text) where token.text.count > 1 && !analyzer.isStopWord(token.text) {
            let synonyms = analyzer.synonyms(of: token.text)
            words.insert(([token.text] + synonyms).min()!)
        }
        return words
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
