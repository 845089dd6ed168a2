/// A user's query as a tree: what they asked for, before analysis. The parser (see `QueryParser` for the
/// grammar) resolves every `NOT` and `-`, so a tree always asks for something and at most excludes from it.
indirect enum QueryExpression: Hashable, Sendable {
    /// Free text, analysed into words and ranked: a paragraph matches when it holds one of the words (or a
    /// synonym).
    case text(String)
    /// Exact phrase: the paragraph's folded text must contain it.
    case phrase(String)
    case and([QueryExpression])
    case or([QueryExpression])
    /// Matches `positive` but not `negative`.
    case andNot(QueryExpression, QueryExpression)
    /// Matches `required`; the words of `text` only rank the matches (words beside a phrase).
    case ranked(QueryExpression, by: String)

    /// Only exact phrases are asked for (combined with AND, OR, NOT): nothing to rank by, as with grep.
    var isPhrasesOnly: Bool {
        switch self {
        case .phrase: return true
        case .text, .ranked: return false
        case .and(let parts), .or(let parts): return parts.allSatisfy(\.isPhrasesOnly)
        case .andNot(let positive, _): return positive.isPhrasesOnly
        }
    }

    /// True when matching needs checking against the text: a phrase is involved that `exact` (what the index
    /// alone decides) does not cover.
    func needsVerification(exact: (String) -> Bool) -> Bool {
        switch self {
        case .text: return false
        case .phrase(let phrase): return !exact(phrase)
        case .and(let parts), .or(let parts): return parts.contains { $0.needsVerification(exact: exact) }
        case .andNot(let positive, let negative):
            return positive.needsVerification(exact: exact) || negative.needsVerification(exact: exact)
        case .ranked(let required, _): return required.needsVerification(exact: exact)
        }
    }

    /// The phrases, when the expression is one phrase or phrases joined by AND and nothing else.
    var conjoinedPhrases: [String]? {
        switch self {
        case .phrase(let phrase): return [phrase]
        case .and(let parts):
            let phrases = parts.map(\.conjoinedPhrases)
            return phrases.contains { $0 == nil } ? nil : phrases.flatMap { $0! }
        case .text, .or, .andNot, .ranked: return nil
        }
    }

    /// The phrases and runs of free words the expression joins.
    var operandCount: Int {
        switch self {
        case .phrase, .text: return 1
        case .and(let parts), .or(let parts): return parts.reduce(0) { $0 + $1.operandCount }
        case .andNot(let positive, let negative): return positive.operandCount + negative.operandCount
        case .ranked(let required, _): return required.operandCount + 1
        }
    }

    /// Every phrase the expression asks for or excludes.
    var phrases: [String] {
        switch self {
        case .phrase(let phrase): return [phrase]
        case .text: return []
        case .and(let parts), .or(let parts): return parts.flatMap(\.phrases)
        case .andNot(let positive, let negative): return positive.phrases + negative.phrases
        case .ranked(let required, _): return required.phrases
        }
    }

    /// The expression without the phrases that `occurs` says are in no paragraph: nil when it can then match
    /// nothing. Excluding a phrase found nowhere changes nothing, so it is dropped rather than checked.
    func pruned(keepingPhrases occurs: (String) throws -> Bool) rethrows -> QueryExpression? {
        switch self {
        case .text: return self
        case .phrase(let phrase): return try occurs(phrase) ? self : nil
        case .and(let parts):
            var kept: [QueryExpression] = []
            for part in parts {
                guard let part = try part.pruned(keepingPhrases: occurs) else { return nil }
                kept.append(part)
            }
            return kept.count == 1 ? kept[0] : .and(kept)
        case .or(let parts):
            let kept = try parts.compactMap { try $0.pruned(keepingPhrases: occurs) }
            return kept.isEmpty ? nil : (kept.count == 1 ? kept[0] : .or(kept))
        case .andNot(let positive, let negative):
            guard let positive = try positive.pruned(keepingPhrases: occurs) else { return nil }
            return try negative.pruned(keepingPhrases: occurs).map { .andNot(positive, $0) } ?? positive
        case .ranked(let required, let text):
            return try required.pruned(keepingPhrases: occurs).map { .ranked($0, by: text) }
        }
    }
}
