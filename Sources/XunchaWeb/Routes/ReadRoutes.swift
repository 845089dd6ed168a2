import Foundation
import Hummingbird
import XunchaIndex

/// The API's reading addresses: search, precedents, notices, one paragraph, similar paragraphs. Each answers
/// what the matching `xuncha … --json` command prints, as one JSON object.
struct ReadRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/search") { request, _ in try await search(request) }
        router.get("/api/measures") { request, _ in try await measures(request) }
        router.get("/api/notices") { request, _ in try await notices(request) }
        router.get("/api/paragraphs/:id") { request, context in try await paragraph(request, id: context.parameters.require("id")) }
        router.get("/api/similar/:id") { request, context in try await similar(request, id: context.parameters.require("id")) }
    }

    /// `{"hits": […], "total", "total_exact", "total_min", "total_max", "facets": {…}}`; each hit as `search --json`.
    func search(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request, accepting: FilterParameters.names.union(["q", "limit", "offset"]))
        let query = try parameters.query(example: "q=三重一大")
        let searchRequest = SearchRequest(query: query,
                                          limit: try parameters.number("limit", in: WebLimits.hitLimits, default: 20),
                                          offset: try parameters.number("offset", in: WebLimits.hitOffsets, default: 0),
                                          filters: try FilterParameters.filters(from: parameters))
        let body = try await state.searches.body(searchRequest) { index in
            let (result, facets) = try index.searchWithFacets(searchRequest)
            let count = result.count
            return JSONValue.object([
                ("hits", .array(result.hits.map { $0.json(count: count) })),
                ("total", .int(count.estimate)),
                ("total_exact", .bool(count.isExact)),
                ("total_min", .int(count.lowerBound)),
                ("total_max", .int(count.upperBound)),
                ("facets", facets.json),
            ]).line
        }
        return .json(body: body)
    }

    /// `{"precedents": […]}`, each as `measures --json`.
    func measures(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request, accepting: FilterParameters.names.union(["q", "limit", "offset"]))
        let query = try parameters.query(example: "q=公务用车管理不规范")
        let limit = try parameters.number("limit", in: WebLimits.precedentLimits, default: 5)
        let offset = try parameters.number("offset", in: WebLimits.precedentOffsets, default: 0)
        let filters = try FilterParameters.filters(from: parameters)
        if let role = filters.role {
            throw APIError(.badRequest, "/api/measures always pairs problems with the measures that answer them; 'role' \(role.rawValue) cannot narrow it")
        }
        let answer = try await state.index.read { index -> JSONValue in
            let precedents = try index.precedents(for: query, limit: limit, offset: offset, filters: filters)
            return .object([("precedents", .array(precedents.map(\.json)))])
        }
        return .json(answer)
    }

    /// `{"notices": […]}`, each as `notices --json`.
    func notices(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request, accepting: FilterParameters.names)
        let filters = try FilterParameters.filters(from: parameters)
        let answer = try await state.index.read { index -> JSONValue in
            .object([("notices", .array(try index.notices(filters: filters).map(\.json)))])
        }
        return .json(answer)
    }

    /// One paragraph as `show --json`.
    func paragraph(_ request: Request, id: String) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let id = try ParagraphID.checked(id)
        let answer = try await state.index.read { index -> JSONValue in try index.detail(of: id).json }
        return .json(answer)
    }

    /// `{"hits": […]}`: the paragraphs of other notices most like one, each as `similar --json`.
    func similar(_ request: Request, id: String) async throws -> Response {
        let parameters = try QueryParameters(request, accepting: FilterParameters.names.union(["limit"]))
        let id = try ParagraphID.checked(id)
        let limit = try parameters.number("limit", in: WebLimits.hitLimits, default: 10)
        let filters = try FilterParameters.filters(from: parameters)
        let answer = try await state.index.read { index -> JSONValue in
            let (_, result) = try index.similar(to: id, limit: limit, filters: filters)
            return .object([("hits", .array(result.hits.map(\.json)))])
        }
        return .json(answer)
    }
}

/// A paragraph is named in addresses by its short id alone (12 hex digits, as `id` in every result): no
/// file name or path from a URL ever reaches the index.
public enum ParagraphID {
    public static func isValid(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) || (65...70).contains($0) }
    }

    static func checked(_ text: String) throws -> String {
        guard isValid(text) else {
            throw APIError(.notFound, "no paragraph has the id '\(QueryParameters.shown(text))': ids are 12 hex digits, as 'id' in results")
        }
        return text.lowercased()
    }
}
