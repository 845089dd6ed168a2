import ChineseText
import SwiftXapian

/// Turns a `QueryExpression` into a Xapian query tree, built by hand rather than by Xapian's QueryParser
/// (which ANDs every CJK character and pair, so natural sentences find nothing).
struct QueryCompiler {
    let analyzer: ChineseAnalyzer
    /// Words of the index, to keep synonyms that cannot match out of the tree.
    let termExists: (String) -> Bool

    /// Above this many distinct words (a pasted paragraph), only the most telling ones are scored.
    static let eliteSetThreshold = 12
    static let eliteSetSize = 10

    struct Compiled {
        var query: Query
        /// Every word the query may match, synonyms included, for highlighting.
        var highlightTerms: Set<String>
        var phrases: [String]
    }

    func compile(_ expression: QueryExpression) throws -> Compiled {
        var highlightTerms = Set<String>()
        var phrases: [String] = []
        guard let query = node(expression, highlightTerms: &highlightTerms, phrases: &phrases) else {
            throw IndexError.badQuery("it has no words or phrases to search for")
        }
        return Compiled(query: query, highlightTerms: highlightTerms, phrases: phrases)
    }

    private func node(_ expression: QueryExpression, highlightTerms: inout Set<String>,
                      phrases: inout [String]) -> Query? {
        switch expression {
        case .everything:
            return .matchAll
        case .text(let text):
            return ranked(text, highlightTerms: &highlightTerms)
        case .phrase(let phrase):
            phrases.append(phrase)
            return phraseCandidates(phrase)
        case .and(let parts):
            let queries = parts.compactMap { node($0, highlightTerms: &highlightTerms, phrases: &phrases) }
            return queries.isEmpty ? nil : .and(queries)
        case .or(let parts):
            let queries = parts.compactMap { node($0, highlightTerms: &highlightTerms, phrases: &phrases) }
            return queries.isEmpty ? nil : (queries.count == 1 ? queries[0] : .or(queries))
        case .andNot(let positive, let negative):
            guard let kept = node(positive, highlightTerms: &highlightTerms, phrases: &phrases) else { return nil }
            // Phrase exclusions are decided by the verifier; word exclusions can be left to Xapian too.
            var ignoredTerms = Set<String>()
            var ignoredPhrases: [String] = []
            guard !containsPhrase(negative),
                  let removed = node(negative, highlightTerms: &ignoredTerms, phrases: &ignoredPhrases) else { return kept }
            return .andNot(kept, removed)
        }
    }

    /// Words OR-ed under BM25, each word OR-ed with its synonyms as one term (OP_SYNONYM).
    private func ranked(_ text: String, highlightTerms: inout Set<String>) -> Query? {
        let words = Self.searchWords(in: text, analyzer: analyzer)
        var queries: [Query] = []
        for word in words {
            let alternatives = ([word] + analyzer.synonyms(of: word)).filter { $0 == word || termExists($0) }
            highlightTerms.formUnion(alternatives)
            queries.append(alternatives.count == 1 ? .term(word) : .synonym(alternatives.map { .term($0) }))
        }
        guard !queries.isEmpty else { return nil }
        if queries.count == 1 { return queries[0] }
        if queries.count > Self.eliteSetThreshold { return .eliteSet(queries, size: Self.eliteSetSize) }
        return .or(queries)
    }

    /// The distinct words of a text as a query sees them: stop words go unless nothing else is left.
    static func searchWords(in text: String, analyzer: ChineseAnalyzer) -> [String] {
        var seen = Set<String>()
        let all = analyzer.tokens(in: text).map(\.text).filter { seen.insert($0).inserted }
        let content = all.filter { !analyzer.isStopWord($0) }
        return content.isEmpty ? all : content
    }

    /// Paragraphs holding every character pair of the phrase; the verifier keeps those holding the phrase.
    private func phraseCandidates(_ phrase: String) -> Query {
        let pairs = TermExtractor.bigrams(in: TextFolding.fold(phrase)).sorted()
        let filter: Query = pairs.isEmpty ? .matchAll : .and(pairs.map { .term(IndexSchema.Prefix.bigram + $0) })
        let words = Self.searchWords(in: phrase, analyzer: analyzer)
        // The pairs carry no weight; the phrase's words rank the matches.
        guard !words.isEmpty else { return filter }
        return .andMaybe(filter, words.count == 1 ? .term(words[0]) : .or(words.map { .term($0) }))
    }

    private func containsPhrase(_ expression: QueryExpression) -> Bool {
        switch expression {
        case .phrase: return true
        case .text, .everything: return false
        case .and(let parts), .or(let parts): return parts.contains(where: containsPhrase)
        case .andNot(let positive, let negative): return containsPhrase(positive) || containsPhrase(negative)
        }
    }
}
