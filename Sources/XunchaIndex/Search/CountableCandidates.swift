import SwiftXapian

/// Whether counting past the page can make a count exact. Checking candidates past the page (ranking them, or
/// reading their text) pays only when every candidate gets checked: when there are more than the counting
/// budget, the count stays a range however many of them are looked at. So the candidates are counted first
/// along the posting lists alone, which costs a small part of checking them.
extension NoticeIndex {
    /// Whether `query` has at most `budget` candidates, identical paragraphs not folded: walked unweighted,
    /// the matcher stops at the first candidate past the budget.
    func candidates(of query: Query, fitWithin budget: Int) throws -> Bool {
        let enquire = Enquire(database: database)
        try enquire.setQuery(query)
        try enquire.setWeighting(.boolean)
        try enquire.setDocumentIDOrder(.ascending)
        let walked = try enquire.matches(first: 0, maxItems: 1, checkAtLeast: budget + 1)
        return walked.upperBound <= budget
    }
}
