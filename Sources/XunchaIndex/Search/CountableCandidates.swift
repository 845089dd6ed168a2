import SwiftXapian

/// Whether counting past the page can make a count exact. Checking candidates past the page (ranking them, or
/// reading their text) pays only when every candidate gets checked: when there are more than the counting
/// budget, the count stays a range however many of them are looked at.
extension NoticeIndex {
    /// Whether `query` can have at most `budget` candidates, by the bound Xapian draws from its terms'
    /// frequencies alone, without running a match (a walk of the candidates would cost as much as ranking
    /// them: an unweighted match does not stop early). The bound is tight for words that must all be there
    /// and loose for alternatives; a count it leaves as a range is still one that holds the truth.
    func candidates(of query: Query, fitWithin budget: Int) throws -> Bool {
        let enquire = Enquire(database: database)
        try enquire.setQuery(query)
        return try enquire.matches(first: 0, maxItems: 0).upperBound <= budget
    }
}
