import ChineseText
import NoticeParsing
import SwiftXapian

/// Turns a `QueryExpression` into a Xapian query tree, built by hand rather than by Xapian's QueryParser
/// (which ANDs every CJK character and pair, so natural sentences find nothing).
struct QueryCompiler {
    let analyzer: ChineseAnalyzer
    /// Words of the index, to keep synonyms that cannot match out of the tree. An error reading the index is
    /// passed on: a damaged index must not look like one that lacks the word.
    let termExists: (String) throws -> Bool
    /// What each kind of word weighs, and when only the most telling words are scored.
    let ranking: Ranking

    struct Compiled {
        var query: Query
        /// Every word the query may match, synonyms included, for highlighting.
        var highlightTerms: Set<String>
        var phrases: [String]
        /// For each free text of the expression, the terms any of which makes a paragraph match it: how the
        /// verifier decides free text beside phrases the way Xapian does.
        var textTerms: [String: Set<String>] = [:]
        /// Free text none of whose own words the index holds: it was understood through synonyms and parts
        /// only, so its best hits are the surest guide to what it means (see `FeedbackExpansion`).
        var knownOnlyThroughSynonyms = false
    }

    func compile(_ expression: QueryExpression) throws -> Compiled {
        var compiled = Compiled(query: .matchNothing, highlightTerms: [], phrases: [])
        guard let query = try node(expression, into: &compiled) else {
            throw IndexError.badQuery("it has no words or phrases to search for")
        }
        compiled.query = query
        if case .text(let text) = expression {
            let tokens = Self.searchTokens(in: text, analyzer: analyzer)
            compiled.knownOnlyThroughSynonyms = try !compiled.highlightTerms.isEmpty && !tokens.contains { try termExists($0.text) }
        }
        return compiled
    }

    /// `excluding`: the node is the right side of AND_NOT, where nothing ranks. Phrases are then their pairs
    /// alone: Xapian's AND_NOT over an AND of AND_MAYBE subqueries was seen to drop different documents from
    /// one run to the next.
    private func node(_ expression: QueryExpression, into compiled: inout Compiled, excluding: Bool = false) throws -> Query? {
        switch expression {
        case .text(let text):
            return try ranked(text, into: &compiled)
        case .phrase(let phrase):
            compiled.phrases.append(phrase)
            return excluding ? phrasePairs(phrase) : phraseCandidates(phrase)
        case .and(let parts):
            let queries = try parts.compactMap { try node($0, into: &compiled, excluding: excluding) }
            return queries.isEmpty ? nil : (queries.count == 1 ? queries[0] : .and(queries))
        case .or(let parts):
            let queries = try parts.compactMap { try node($0, into: &compiled, excluding: excluding) }
            return queries.isEmpty ? nil : (queries.count == 1 ? queries[0] : .or(queries))
        case .ranked(let required, let text):
            guard let kept = try node(required, into: &compiled, excluding: excluding) else { return nil }
            if excluding { return kept }
            guard let ranking = try ranked(text, into: &compiled) else { return kept }
            return .andMaybe(kept, ranking)
        case .andNot(let positive, let negative):
            guard let kept = try node(positive, into: &compiled, excluding: excluding) else { return nil }
            // An exclusion Xapian can decide exactly (two-character phrases are index terms) is left to it,
            // so that it costs nothing; any other is decided by the verifier on the text.
            var ignored = Compiled(query: .matchNothing, highlightTerms: [], phrases: [])
            guard !negative.needsVerification(exact: Self.isExactlyIndexed),
                  let removed = try node(negative, into: &ignored, excluding: true) else { return kept }
            compiled.textTerms.merge(ignored.textTerms) { old, _ in old }
            return .andNot(kept, removed)
        }
    }

    /// A phrase whose character pair is an index term: the term alone says exactly which paragraphs hold it.
    static func isExactlyIndexed(_ phrase: String) -> Bool {
        PairTerms.isOnePair(phrase)
    }

    /// Words OR-ed under BM25, each word OR-ed with its synonyms as one term (OP_SYNONYM), matched in the
    /// paragraph's own words and, for less, in its context.
    private func ranked(_ text: String, into compiled: inout Compiled) throws -> Query? {
        var own: [Query] = []
        var context: [Query] = []
        var terms = Set<String>()
        for group in try wordGroups(in: text) {
            let all = group.words + group.broader
            compiled.highlightTerms.formUnion(all)
            terms.formUnion(all)
            terms.formUnion(all.map { IndexSchema.Prefix.context + $0 })
            own.append(Self.weighted(query(of: group, prefix: ""), group.weight))
            context.append(Self.weighted(query(of: group, prefix: IndexSchema.Prefix.context), group.weight))
        }
        compiled.textTerms[text, default: []].formUnion(terms)
        if own.isEmpty {
            // Words were asked for but the index has none of them: no paragraph shares a word.
            return Self.searchTokens(in: text, analyzer: analyzer).isEmpty ? nil : .matchNothing
        }
        // A paragraph's context (its problem, its heading) counts for less than its own words.
        return .or([combined(own), .scaled(combined(context), by: ranking.contextWeight)])
    }

    private static func weighted(_ query: Query, _ weight: Double) -> Query {
        weight == 1 ? query : .scaled(query, by: weight)
    }

    /// A word and its equivalents as one term; its broader terms, if any, as another that counts less.
    /// The two are OR'ed: OP_MAX, which would score a paragraph by the better of the two, crashes Xapian
    /// 1.4.22's matcher on larger indexes (干部档案 over thirty thousand paragraphs).
    private func query(of group: WordGroup, prefix: String) -> Query {
        let broader = group.broader.isEmpty ? nil
            : Query.scaled(Self.synonymQuery(group.broader, prefix: prefix), by: ranking.broaderWeight)
        guard !group.words.isEmpty else { return broader ?? .matchNothing }
        var own = Self.synonymQuery(group.words, prefix: prefix)
        if let word = group.ownWording, group.words.count > 1, ranking.ownWordingShare > 0 {
            // Part of the score only the word itself earns: a paragraph that says 营商环境 ranks above one that
            // says only 放管服.
            own = .or([.scaled(.term(prefix + word), by: ranking.ownWordingShare),
                       .scaled(own, by: 1 - ranking.ownWordingShare)])
        }
        return broader.map { .or([own, $0]) } ?? own
    }

    private static func synonymQuery(_ group: [String], prefix: String) -> Query {
        group.count == 1 ? .term(prefix + group[0]) : .synonym(group.map { .term(prefix + $0) })
    }

    /// Above the threshold (a long sentence, a pasted paragraph) only the most telling words are scored
    /// (OP_ELITE_SET): common words such as 问题 cost the most to match and tell the least.
    private func combined(_ queries: [Query]) -> Query {
        if queries.count == 1 { return queries[0] }
        return queries.count > ranking.eliteSetThreshold ? .eliteSet(queries, size: ranking.eliteSetSize) : .or(queries)
    }

    /// For each query word, the wordings that can match: the word and its synonyms that the index holds;
    /// failing those, its parts (公车私用 → 公车, 私用), each on its own.
    func wordGroups(in text: String) throws -> [WordGroup] {
        var groups: [WordGroup] = []
        var seen = Set<String>()
        let tokens = Self.searchTokens(in: text, analyzer: analyzer)
        // A term searched alone is the wording the user wants; in a sentence the notices' wording of a word is
        // as good as the user's.
        let alone = tokens.count == 1
        for token in tokens {
            var group = try wordings(of: token.text, alone: alone)
            let found = !group.isEmpty
            if found, seen.insert(token.text).inserted {
                // The lexicon's terms and their wordings were chosen as telling; the language at large judges
                // the other words.
                group.weight = token.isLexiconTerm ? 1 : WordInformativeness.weight(of: token.text, analyzer: analyzer, ranking: ranking)
                groups.append(group)
            }
            // A compound's parts: all of its meaning when the compound is unknown, a hint when it is known.
            // A part the index lacks may still have wordings it holds (拍脑袋 of 拍脑袋决策 → 未经集体研究).
            for part in token.parts where !analyzer.isStopWord(part) {
                var partGroup = try wordings(of: part, alone: alone)
                guard !partGroup.isEmpty, seen.insert(part).inserted else { continue }
                partGroup.weight = found ? ranking.knownPartWeight : 1
                groups.append(partGroup)
            }
        }
        return groups
    }

    /// A word with its equivalents, and apart the broader terms it implies, each kept when the index holds it.
    /// `alone`: the word's own wording is set apart (`Ranking.ownWordingShare`).
    private func wordings(of word: String, alone: Bool) throws -> WordGroup {
        let synonyms = analyzer.wordings(of: word)
        let words = try ([word] + synonyms.equivalents).filter(termExists)
        return WordGroup(words: words, broader: try synonyms.broader.filter(termExists), weight: 1,
                         ownWording: alone && words.first == word ? word : nil)
    }

    /// The wordings of one query word, and how much it counts.
    struct WordGroup {
        /// The word and its equivalents.
        var words: [String]
        /// Broader terms it implies, which count less (`Ranking.broaderWeight`).
        var broader: [String] = []
        var weight: Double
        /// The word as the user wrote it, when it counts more than its equivalents.
        var ownWording: String? = nil

        var isEmpty: Bool { words.isEmpty && broader.isEmpty }
    }

    /// Words that ask rather than describe: they say nothing of the problem.
    static let questionWords: Set<String> = ["怎么", "怎样", "如何", "怎么办", "怎么样", "什么", "哪些", "吗", "呢", "请问", "如何才能"]

    /// The distinct tokens of a text as a query sees them: stop words and question words go unless nothing
    /// else is left.
    static func searchTokens(in text: String, analyzer: ChineseAnalyzer) -> [Token] {
        var seen = Set<String>()
        let all = analyzer.tokens(in: text).filter { seen.insert($0.text).inserted }
        let content = all.filter { !analyzer.isStopWord($0.text) && !questionWords.contains($0.text) }
        return content.isEmpty ? all : content
    }

    static func searchWords(in text: String, analyzer: ChineseAnalyzer) -> [String] {
        searchTokens(in: text, analyzer: analyzer).map(\.text)
    }

    /// Paragraphs holding every character pair of the phrase; the verifier keeps those holding the phrase.
    private func phrasePairs(_ phrase: String) -> Query {
        let pairs = PairTerms.terms(ofPhrase: phrase)
        return pairs.isEmpty ? .matchAll : .and(pairs.map { .term($0) })
    }

    private func phraseCandidates(_ phrase: String) -> Query {
        // The pairs only select (they carry no weight); the phrase's words rank the matches.
        let filter = phrasePairs(phrase)
        let words = Self.searchWords(in: phrase, analyzer: analyzer)
        guard !words.isEmpty else { return filter }
        return .andMaybe(filter, words.count == 1 ? .term(words[0]) : .or(words.map { .term($0) }))
    }
}
