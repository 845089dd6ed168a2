import NoticeParsing
import SwiftXapian

/// One paragraph found by a search, with what a reader needs to judge it.
public struct SearchHit: Sendable {
    public var record: ParagraphRecord
    public var notice: NoticeRecord?
    public var score: Double
    /// 1-based place in the ranking.
    public var rank: Int
    /// Parts of `record.text` to highlight: the query's words (synonyms included) and phrases.
    public var highlights: [Range<String.Index>]
    /// How many identical paragraphs elsewhere were folded into this hit.
    public var duplicates: Int
    /// Xapian's id of the paragraph's document: valid only until the index is next written.
    var documentID: DocumentID = 0
    /// The index the paragraph comes from, its folder or `HOST:PORT`, when several are searched as one.
    public var index: String? = nil
    /// Served indexes that did not answer and are missing from the results, when a partial answer was allowed.
    public var missing: [String] = []
}

public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// How many hits there are before the limit: exact when counting them was cheap, else a range.
    public var count: MatchCount
    /// The best single figure for `count`.
    public var estimatedTotal: Int { count.estimate }
    /// The Xapian query that ran, as Xapian describes it: what the words were analysed into.
    public var explanation: String = ""

    public init(hits: [SearchHit], count: MatchCount, explanation: String = "") {
        self.hits = hits; self.count = count; self.explanation = explanation
    }
}

/// How many paragraphs a query matches: the true number lies between the bounds, and is the estimate when
/// they meet.
public struct MatchCount: Sendable, Equatable {
    public var lowerBound: Int
    public var upperBound: Int
    public var estimate: Int

    public init(lowerBound: Int, upperBound: Int, estimate: Int) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
        self.estimate = min(max(estimate, lowerBound), self.upperBound)
    }

    public static func exact(_ count: Int) -> MatchCount { MatchCount(lowerBound: count, upperBound: count, estimate: count) }

    public var isExact: Bool { lowerBound == upperBound }
}

public struct SearchRequest: Sendable {
    public var query: String
    public var limit: Int
    public var offset: Int
    public var filters: SearchFilters
    /// Whether hits carry highlight ranges and their notices (people want them; internal lookups do not).
    public var highlights: Bool
    /// Whether paragraphs of the role the query asks for move up (see `QueryIntent`); lookups that weigh
    /// roles themselves turn it off.
    var followsIntent = true
    /// How many candidates past the page may be looked at to count the matches exactly.
    var countingBudget = NoticeIndex.countingBudget

    public init(query: String, limit: Int = 20, offset: Int = 0, filters: SearchFilters = SearchFilters(),
                highlights: Bool = true) {
        self.query = query; self.limit = limit; self.offset = offset; self.filters = filters
        self.highlights = highlights
    }
}

extension MatchCount {
    /// "167", or "about 9800 (between 20 and 50000)" when the count is not exact: the estimate first, since
    /// the bounds of a count that was not settled can be far apart.
    public var inWords: String {
        isExact ? "\(lowerBound)" : "about \(estimate) (between \(lowerBound) and \(upperBound))"
    }
}
