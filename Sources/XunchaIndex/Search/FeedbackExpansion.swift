import SwiftXapian

/// Pseudo-relevance feedback: the best hits of a ranked query are taken as relevant, and the words that
/// best characterise them (Xapian's expand set) join the query at a fraction of its weight. A user's
/// everyday wording then also finds paragraphs phrased the way the best hits are.
enum FeedbackExpansion {
    /// How many top hits are taken as relevant.
    static let feedbackDocuments = 10
    /// How many of their characteristic words join the query.
    static let expansionTerms = 10
    /// The added words' weight against the query's own.
    static let weight = 0.4

    /// `enquire` holds the query as it runs (filters included); `query` is what the words are added to.
    static func expand(_ query: Query, using enquire: Enquire, widening: Bool) throws -> Query {
        let top = try enquire.matches(maxItems: feedbackDocuments)
        guard !top.isEmpty else { return query }
        let terms = try enquire.expandTerms(maxItems: expansionTerms, relevant: RelevanceSet(top.documentIDs),
                                            filter: .excludingPrefixes(IndexSchema.Prefix.all))
        guard let strongest = terms.first?.weight, strongest > 0 else { return query }
        let expansion: Query = .or(terms.map { .scaled(.term($0.term), by: $0.weight / strongest) })
        return widening ? .or([query, .scaled(expansion, by: weight)]) : .andMaybe(query, .scaled(expansion, by: weight))
    }
}
