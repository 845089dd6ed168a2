import SwiftXapian

/// Which words a measure uses when it answers a problem like the query's, learned from the notices' own
/// problem→measure links.
///
/// Every measure is indexed under the words of the problem it answers (prefix `X`) as well as its own, so a
/// search for a problem finds the measures other notices linked to problems worded like it. The words that set
/// those measures apart from the whole index (Xapian's expand set: a word's share among them against its share
/// everywhere, a co-occurrence association of the query's problem words with measure words over the links) are
/// the words of an answer. A measure that holds many of them answers the query's problem, whatever words its own
/// problem was put in. The links are index terms, so the association grows with the corpus and follows every
/// incremental update; nothing else is stored.
struct AnswerModel {
    /// How many of the measures found, best first, the association is drawn from.
    static let linkedMeasures = 5
    /// How many answer words are kept.
    static let answerWords = 20

    /// Answer words and their weights, strongest first.
    let words: [(word: String, weight: Double)]

    static let empty = AnswerModel(words: [])

    /// The share of the answer words' weight that the text holds, 0 to 1.
    func score(of text: String) -> Double {
        let total = words.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        return words.reduce(0) { text.contains($1.word) ? $0 + $1.weight : $0 } / total
    }
}

extension NoticeIndex {
    /// The answer words of the measures a search found (their document ids, best first): no second search.
    func answerModel(fromMeasures measures: [DocumentID]) throws -> AnswerModel {
        guard !measures.isEmpty else { return .empty }
        return try reading {
            let enquire = Enquire(database: database)
            try enquire.setQuery(.matchNothing)
            // Single characters are fragments of unknown words: they tell little and are in most texts.
            let terms = try enquire.expandTerms(maxItems: 2 * AnswerModel.answerWords,
                                                relevant: RelevanceSet(Array(measures.prefix(AnswerModel.linkedMeasures))),
                                                filter: .excludingPrefixes(IndexSchema.Prefix.all))
                .filter { $0.term.count > 1 && $0.weight > 0 }.prefix(AnswerModel.answerWords)
            return AnswerModel(words: terms.map { ($0.term, $0.weight) })
        }
    }
}
