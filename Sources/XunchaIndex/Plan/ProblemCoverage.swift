import ChineseText

/// How much of a problem a precedent speaks of: the share of the problem's words (a synonym counting as
/// the word, a compound's parts as part of it) found in the precedent's problem and measures. Ranking
/// always returns something, even for a problem no notice has; this tells such a near miss from a match.
struct ProblemCoverage {
    let analyzer: ChineseAnalyzer
    /// Below this a precedent is a chance match on a word or two: "no precedent found" is the truer answer.
    static let minimum = 0.3

    /// Words of any feedback, whatever its subject: they neither make nor break a match.
    static let frameWords: Set<String> = ["问题", "工作", "情况", "整改", "方面", "存在", "针对", "关于", "落实", "方面"]

    func share(of problem: String, in precedent: Precedent) -> Double {
        let words = analyzer.tokens(in: problem).filter {
            $0.text.count > 1 && !analyzer.isStopWord($0.text) && !Self.frameWords.contains($0.text)
        }
        guard !words.isEmpty else { return 1 }
        let text = ([precedent.problem.text] + precedent.measures.map(\.text)).joined(separator: "\n")
        var found = 0.0
        for word in words {
            if ([word.text] + analyzer.synonyms(of: word.text)).contains(where: { text.contains($0) }) {
                found += 1
                continue
            }
            let parts = word.parts.filter { $0.count > 1 }
            guard !parts.isEmpty else { continue }
            found += Double(parts.filter { part in ([part] + analyzer.synonyms(of: part)).contains { text.contains($0) } }.count)
                / Double(parts.count)
        }
        return found / Double(words.count)
    }
}
