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
}

public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// Xapian's estimate of all matches before the limit (exact for exact-phrase queries that were exhausted).
    public var estimatedTotal: Int
    /// The Xapian query that ran, as Xapian describes it: what the words were analysed into.
    public var explanation: String = ""
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

    public init(query: String, limit: Int = 20, offset: Int = 0, filters: SearchFilters = SearchFilters(),
                highlights: Bool = true) {
        self.query = query; self.limit = limit; self.offset = offset; self.filters = filters
        self.highlights = highlights
    }
}
