import NoticeParsing

/// What kind of paragraph a query is after. A user who describes a problem wants the paragraphs where other
/// agencies were told of the same problem; one who asks how to rectify it wants the measures they took.
enum QueryIntent {
    /// Words that ask for a remedy rather than describe a problem.
    static let remedyWords = ["怎么", "怎样", "如何", "整改", "措施", "办法", "做法"]

    static func preferredRole(for query: String) -> ParagraphRole {
        remedyWords.contains(where: query.contains) ? .measure : .problem
    }

    /// How far down the ranking the preference reaches, and how much it adds: a share of the best score, so
    /// that it reorders close hits without lifting a paragraph that barely matches over one that matches well.
    static let rerankDepth = 20
    static let preferenceBonus = 0.2
}
