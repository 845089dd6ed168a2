import SwiftXapian

/// Pseudo-relevance feedback for queries the index knows only through synonyms: the best hits are taken as
/// relevant, and the words that best characterise them (Xapian's expand set) join the query at a fraction of
/// its weight. A saying such as 大吃大喝 then also finds paragraphs worded the way its best hits are
/// (公务接待, 工作餐), not only the few that use a listed synonym.
///
/// Only such queries take the second pass: it doubles the cost of a query, and where the query's own words
/// are in the index they already say what the user means.
enum FeedbackExpansion {
    /// `enquire` holds `query` as it runs (filters included); the result is `query` widened by the words of
    /// its best hits, unfiltered (the caller filters it again), and those words, to be highlighted. How many
    /// hits, how many words and at what weight is said by `ranking`.
    static func widen(_ query: Query, using enquire: Enquire, ranking: Ranking) throws -> (query: Query, words: [String]) {
        let expansionTerms = ranking.expansionTerms
        let top = try enquire.matches(maxItems: ranking.feedbackDocuments)
        guard !top.isEmpty else { return (query, []) }
        // A single character (治, 力) is a fragment of an unknown word: it tells little and matches much.
        let terms = try enquire.expandTerms(maxItems: 2 * expansionTerms, relevant: RelevanceSet(top.documentIDs),
                                            filter: .excludingPrefixes(IndexSchema.Prefix.all))
            .filter { $0.term.count > 1 }.prefix(expansionTerms)
        guard let strongest = terms.first?.weight, strongest > 0 else { return (query, []) }
        let expansion: Query = .or(terms.map { .scaled(.term($0.term), by: $0.weight / strongest) })
        return (.or([query, .scaled(expansion, by: ranking.feedbackWeight)]), terms.map(\.term))
    }
}
