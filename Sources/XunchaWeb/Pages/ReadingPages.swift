import Hummingbird
import NoticeParsing
import WebPages
import XunchaIndex

/// The pages that only read: search, precedents, the notices, a notice, similar paragraphs, and the assets.
struct ReadingPages {
    let state: ServerState
    var respond: PageResponse { PageResponse(state: state) }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in await answer(request) { try await search(request) } }
        router.get("/search") { request, _ in await answer(request) { try await search(request) } }
        router.get("/measures") { request, _ in await answer(request) { try await measures(request) } }
        router.get("/notices") { request, _ in await answer(request) { try await notices(request) } }
        router.get("/notices/:id") { request, context in
            await answer(request) { try await notice(request, id: context.parameters.get("id") ?? "") }
        }
        router.get("/similar/:id") { request, context in
            await answer(request) { try await similar(request, id: context.parameters.get("id") ?? "") }
        }
        // Any other address outside the API is a page that does not exist, said in a page.
        router.get("**") { request, _ in
            guard !(request.uri.path == "/api" || request.uri.path.hasPrefix("/api/")) else { throw HTTPError(.notFound) }
            return respond.error(.notFound, "没有这个页面。", request: request)
        }
        router.get("/assets/:name") { request, _ in
            guard let asset = Assets.asset(at: request.uri.path) else { return respond.error(.notFound, "没有这个文件。", request: request) }
            return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "max-age=3600"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: asset.body)))
        }
    }

    /// Runs a page; whatever goes wrong becomes an error page of one sentence.
    func answer(_ request: Request, _ page: () async throws -> Response) async -> Response {
        do { return try await page() } catch { return respond.error(error, request: request) }
    }

    func search(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(parameters: try respond.parameters(request))
        let context = respond.context(request)
        guard !parameters.isBlank else {
            return PageResponse.html(SearchPage.html(parameters, result: nil, facets: [], context: context))
        }
        let searchRequest = SearchRequest(query: parameters.query, limit: SearchParameters.pageSize, offset: parameters.offset,
                                          filters: parameters.filters)
        do {
            let content = try await state.searches.page(searchRequest, address: parameters.link()) { result, facets in
                SearchPage.content(parameters, result: result,
                                   facetPanel: SearchPage.facetPanel(FacetGroup.groups(facets), parameters: parameters))
            }
            return PageResponse.html(SearchPage.html(content, context: context))
        } catch IndexError.badQuery(let reason) {
            let page = SearchPage.html(parameters, result: nil, facets: [], error: "这个查询无法执行（\(reason)）。", context: context)
            return PageResponse.html(page, status: .badRequest)
        }
    }

    func measures(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(parameters: try respond.parameters(request))
        let context = respond.context(request)
        guard !parameters.isBlank else {
            return PageResponse.html(MeasuresPage.html(query: "", page: 1, precedents: nil, hasMore: false, context: context))
        }
        let pageSize = MeasuresPage.pageSize
        let (query, offset) = (parameters.query, parameters.offset / SearchParameters.pageSize * pageSize)
        do {
            let found = try await state.index.read { index in
                try index.precedents(for: query, limit: pageSize + 1, offset: offset)
            }
            return PageResponse.html(MeasuresPage.html(query: query, page: parameters.page, precedents: Array(found.prefix(pageSize)),
                                                       hasMore: found.count > pageSize, context: context))
        } catch IndexError.badQuery(let reason) {
            let page = MeasuresPage.html(query: query, page: 1, precedents: nil, hasMore: false,
                                         error: "这个查询无法执行（\(reason)）。", context: context)
            return PageResponse.html(page, status: .badRequest)
        }
    }

    func notices(_ request: Request) async throws -> Response {
        let parameters = try NoticesParameters(parameters: try respond.parameters(request))
        let filters = parameters.filters
        let notices = try await state.index.read { index in try index.notices(filters: filters) }
        return PageResponse.html(NoticesPage.html(notices, parameters: parameters, context: respond.context(request)))
    }

    func notice(_ request: Request, id: String) async throws -> Response {
        guard PlanBasket.isID(id.lowercased()) else { throw PageError.notFound("没有这份通报。") }
        guard let whole = try await state.index.read({ index in try index.wholeNotice(id: id) }) else {
            throw PageError.notFound("没有这份通报。")
        }
        return PageResponse.html(NoticePage.html(whole, context: respond.context(request)))
    }

    func similar(_ request: Request, id: String) async throws -> Response {
        // Ids only: a `SOURCE:LINE` reference would put a file name into the address.
        guard PlanBasket.isID(id.lowercased()) else { throw PageError.notFound("索引中没有这个段落。") }
        let (paragraph, notice, result) = try await state.index.read { index in
            let (paragraph, result) = try index.similar(to: id, limit: SearchParameters.pageSize)
            return (paragraph, try index.notice(key: paragraph.noticeKey), result)
        }
        return PageResponse.html(SimilarPage.html(paragraph, notice: notice, result: result, context: respond.context(request)))
    }
}
