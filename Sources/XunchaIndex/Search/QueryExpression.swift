/// A user's query as a tree: what they asked for, before analysis.
///
/// Grammar (operators in capitals, as in Xapian's own parser):
///   query   := clause (OR? clause)*         juxtaposed clauses are OR-ed and ranked
///   clause  := unary (AND unary | NOT unary)*
///   unary   := '-' primary | primary
///   primary := '"' phrase '"' | '(' query ')' | text
indirect enum QueryExpression: Equatable, Sendable {
    /// Free text, analysed into words and ranked.
    case text(String)
    /// Exact phrase: the paragraph's folded text must contain it.
    case phrase(String)
    case and([QueryExpression])
    case or([QueryExpression])
    /// Matches `positive` but not `negative`. A leading `-word` with nothing positive excludes from everything.
    case andNot(QueryExpression, QueryExpression)
    /// Nothing positive was asked for (e.g. only `-word`): every paragraph, then exclusions.
    case everything

    /// Only exact phrases are asked for (combined with AND, OR, NOT): nothing to rank by, as with grep.
    var isPhrasesOnly: Bool {
        switch self {
        case .phrase: return true
        case .text, .everything: return false
        case .and(let parts), .or(let parts): return parts.allSatisfy(\.isPhrasesOnly)
        case .andNot(let positive, _): return positive.isPhrasesOnly
        }
    }

    /// True when matching needs checking against the text: an exact phrase or an exclusion is involved.
    var needsVerification: Bool {
        switch self {
        case .text, .everything: return false
        case .phrase, .andNot: return true
        case .and(let parts), .or(let parts): return parts.contains { $0.needsVerification }
        }
    }

    /// The phrases, when the expression is one phrase or phrases joined by AND and nothing else.
    var conjoinedPhrases: [String]? {
        switch self {
        case .phrase(let phrase): return [phrase]
        case .and(let parts):
            let phrases = parts.map(\.conjoinedPhrases)
            return phrases.contains { $0 == nil } ? nil : phrases.flatMap { $0! }
        case .text, .everything, .or, .andNot: return nil
        }
    }
}
