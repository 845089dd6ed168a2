import Foundation
import XunchaIndex

/// The searches the server answers, kept for the index's current commit: a search that readers ask again
/// (the same query, filters and page) is answered from memory until the next commit. The JSON API keeps
/// the body it sends; the search page keeps the hits and facets it lays out for each reader.
final class SearchAnswers: Sendable {
    /// What makes two searches the same answer.
    struct Key: Hashable, Sendable {
        var query: String
        var filters: SearchFilters
        var limit: Int
        var offset: Int
        /// The page's own address, for answers laid out with links back to it; "" for the API's.
        var address: String

        init(_ request: SearchRequest, address: String = "") {
            query = request.query; filters = request.filters; limit = request.limit; offset = request.offset
            self.address = address
        }
    }

    /// A page of hits and the facet panel of the whole search, laid out once: it is the same for every reader
    /// of the address, while the hits carry each reader's plan buttons.
    struct Page: Sendable {
        var result: SearchResult
        var facetPanel: String

        /// Roughly what it holds in memory: its texts, twice over for the strings around them.
        var cost: Int { 2 * result.hits.reduce(1_024 + facetPanel.utf8.count) { $0 + $1.record.text.utf8.count + 256 } }
    }

    let bodies: AnswerCache<Key, String>
    let pages: AnswerCache<Key, Page>
    private let index: IndexAccess

    /// `bytes` in all, shared by the two kinds of answer; 0 keeps none.
    init(index: IndexAccess, bytes: Int) {
        self.index = index
        bodies = AnswerCache(capacity: bytes / 2)
        pages = AnswerCache(capacity: bytes / 2)
    }

    /// The body of `GET /api/search` for `request`.
    func body(_ request: SearchRequest, compute: @escaping @Sendable (NoticeIndex) throws -> String) async throws -> String {
        try await bodies.value(for: Key(request), at: index.directory.commitStamp(), cost: { 2 * $0.utf8.count + 256 }) {
            try await self.index.read(compute)
        }
    }

    /// The hits and facet panel of the search page at `address` for `request`; `panel` lays out the facets.
    func page(_ request: SearchRequest, address: String, panel: @escaping @Sendable (SearchFacets) -> String) async throws -> Page {
        try await pages.value(for: Key(request, address: address), at: index.directory.commitStamp(), cost: \.cost) {
            let (result, facets) = try await self.index.read { index in
                (try index.search(request), try index.facets(for: request))
            }
            return Page(result: result, facetPanel: panel(facets))
        }
    }
}
