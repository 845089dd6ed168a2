import Foundation
import Hummingbird
import WebPages
import XunchaIndex

/// The status page: the corpus folders, what the index holds and when it changed.
struct StatusPages {
    let state: ServerState
    var respond: PageResponse { PageResponse(state: state) }

    func register(on router: Router<BasicRequestContext>, writes: RouterGroup<BasicRequestContext>) {
        router.get("/status") { request, _ in await page(request) }
        writes.post("/status/reindex") { request, _ in await reindex(request) }
    }

    /// Indexes the corpus folders again, then shows the status; one run at a time.
    func reindex(_ request: Request) async -> Response {
        do {
            _ = try await state.indexer.run()
            return Response.redirect(to: "/status", type: .normal)
        } catch let refusal as APIError where refusal.status == .conflict {
            return respond.error(.conflict, "正在索引，请等这次索引完成后再试。", request: request)
        } catch {
            return respond.error(error, request: request)
        }
    }

    func page(_ request: Request) async -> Response {
        let read: (IndexContents, [String])? = try? await state.index.read { index in (try index.contents(), index.corpusFolders) }
        let facts = IndexStatusFacts(corpusFolders: read?.1 ?? [], contents: read?.0,
                                     lastIndexed: state.currentStamp.map { PageResponse.shown($0.modified) },
                                     watchSeconds: state.options.watchSeconds, indexing: state.indexer.isRunning)
        return PageResponse.html(StatusPage.html(facts, context: respond.context(request)))
    }
}
