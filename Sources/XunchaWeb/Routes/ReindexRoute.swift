import Foundation
import Hummingbird
import XunchaIndex

/// `POST /api/reindex`: indexes the corpus folders the index remembers, as `xuncha index` without options
/// does: new, changed and removed files. One run at a time; searches meanwhile read the last commit.
/// Answers what the run did, as `xuncha index --json` prints it.
struct ReindexRoute {
    let state: ServerState

    func register(on writes: RouterGroup<BasicRequestContext>) {
        writes.post("/api/reindex") { request, _ in try await reindex(request) }
    }

    func reindex(_ request: Request) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        var request = request
        _ = try await Body.collect(&request)
        let summary = try await state.indexer.run()
        return .json(summary.json)
    }
}
