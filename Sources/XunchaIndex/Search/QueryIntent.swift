import NoticeParsing

/// What kind of paragraph a query is after. A user who describes a problem wants the paragraphs where other
/// agencies were told of the same problem; one who asks how to rectify it wants the measures they took. How far
/// down the ranking the preference reaches, and how much it adds, are `Ranking.rerankDepth` and
/// `Ranking.preferenceBonus`.
enum QueryIntent {
    /// Words that ask for a remedy rather than describe a problem.
    static let remedyWords = ["怎么", "怎样", "如何", "整改", "措施", "办法", "做法"]

    static func preferredRole(for query: String) -> ParagraphRole {
        remedyWords.contains(where: query.contains) ? .measure : .problem
    }
}
