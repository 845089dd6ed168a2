import Foundation
import Hummingbird
import XunchaIndex

/// The JSON API under /api/. Results are written by the library's contract encoders (`JSONValue`), as
/// `xuncha … --json` writes them.
struct APIRoutes {
    let state: ServerState

    /// Every API address and its method, for 405 answers and for `docs/openapi.yaml`'s test.
    static let knownPaths: [(path: String, method: HTTPRequest.Method)] = [
        ("/api/status", .get), ("/api/search", .get), ("/api/measures", .get), ("/api/notices", .get),
        ("/api/paragraphs/:id", .get), ("/api/similar/:id", .get), ("/api/plan", .post), ("/api/reindex", .post),
    ]

    func register(on router: Router<BasicRequestContext>, writes: RouterGroup<BasicRequestContext>) {
        router.get("/api/status") { request, _ in try await status(request) }
        ReadRoutes(state: state).register(on: router)
        PlanRoute(state: state).register(on: writes)
        ReindexRoute(state: state).register(on: writes)
    }

    func status(_ request: Request) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let state = self.state
        let contents: (IndexContents, [String], String?)? = try? await state.index.read { index in
            (try index.contents(), index.corpusFolders, index.commit?.description)
        }
        let stamp = state.currentStamp
        let change = state.lastChange
        let fields: [(String, JSONValue)] = [
            ("ready", .bool(contents != nil)),
            ("corpus", .strings(contents?.1 ?? [])),
            ("files", contents.map { .int($0.0.files) } ?? .null),
            ("notices", contents.map { .int($0.0.notices) } ?? .null),
            ("paragraphs", contents.map { .int($0.0.paragraphs) } ?? .null),
            ("generation", .string(stamp?.generation)),
            ("commit", .string(contents?.2)),
            ("last_indexed", .string(stamp.map { Self.timestamp($0.modified) })),
            ("index_changed", .string(change.date.map(Self.timestamp))),
            ("changes", .int(change.count)),
            ("watch", state.options.watchSeconds.map { .int($0) } ?? .null),
            ("reindexing", .bool(state.indexer.isRunning)),
            ("csrf_token", .string(state.csrfToken)),
        ]
        return .json(.object(fields))
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
