import Foundation
import WebPages
import XunchaIndex

/// The searches the server answers, kept for the index's current commit: a search that readers ask again
/// (the same query, filters and page) is answered from memory until the next commit. The JSON API keeps
/// the body it sends; the search page keeps its content laid out, all but each reader's plan buttons.
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

    let bodies: AnswerCache<Key, String>
    let pages: AnswerCache<Key, SearchPage.Content>
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

    /// The content of the search page at `address` for `request`, as `layout` lays out the search's hits and
    /// facets: laid out once, it is the same for every reader of the address.
    func page(_ request: SearchRequest, address: String,
              layout: @escaping @Sendable (SearchResult, SearchFacets) -> SearchPage.Content) async throws -> SearchPage.Content {
        try await pages.value(for: Key(request, address: address), at: index.directory.commitStamp(),
                              cost: { 1_024 + 2 * $0.size }) {
            let (result, facets) = try await self.index.read { index in try index.searchWithFacets(request) }
            return layout(result, facets)
        }
    }
}
