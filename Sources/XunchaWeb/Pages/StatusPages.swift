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
    }

    func page(_ request: Request) async -> Response {
        let read: (IndexContents, [String])? = try? await state.index.read { index in (try index.contents(), index.corpusFolders) }
        let facts = IndexStatusFacts(corpusFolders: read?.1 ?? [], contents: read?.0,
                                     lastIndexed: state.currentStamp.map { PageResponse.shown($0.modified) },
                                     watchSeconds: state.options.watchSeconds)
        return PageResponse.html(StatusPage.html(facts, context: respond.context(request)))
    }
}
