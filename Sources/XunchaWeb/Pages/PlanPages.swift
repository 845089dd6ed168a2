import Foundation
import Hummingbird
import PlanDocuments
import WebPages
import XunchaIndex

/// The plan basket: its page, the forms that add to it and edit it (POSTs behind the CSRF check), and its
/// download. The basket lives in a cookie, so the server keeps nothing per reader.
struct PlanPages {
    let state: ServerState
    var respond: PageResponse { PageResponse(state: state) }
    /// A month: long enough to come back to a plan, short enough to be forgotten.
    static let cookieSeconds = 30 * 24 * 3600

    func register(on router: Router<BasicRequestContext>, writes: RouterGroup<BasicRequestContext>) {
        router.get("/plan") { request, _ in await answer(request) { try await page(request) } }
        router.get("/plan/download") { request, _ in await answer(request) { try await download(request) } }
        writes.post("/plan/add") { request, _ in await answer(request) { try await add(request) } }
        writes.post("/plan/edit") { request, _ in await answer(request) { try await edit(request) } }
    }

    func answer(_ request: Request, _ page: () async throws -> Response) async -> Response {
        do { return try await page() } catch { return respond.error(error, request: request) }
    }

    func basket(_ request: Request) -> PlanBasket {
        PlanBasket(cookie: request.cookies[PlanBasket.cookieName]?.value)
    }

    func plan(of basket: PlanBasket) async throws -> Plan {
        let ids = basket.ids
        return try await state.index.read { index in try index.plan(chosen: ids) }
    }

    func page(_ request: Request) async throws -> Response {
        PageResponse.html(PlanPage.html(try await plan(of: basket(request)), context: respond.context(request)))
    }

    func add(_ request: Request) async throws -> Response {
        let form = try await fields(request)
        var basket = basket(request)
        guard let id = form["id"], PlanBasket.isID(id.lowercased()) else { throw PageError.badRequest("没有指明要加入的段落。") }
        guard basket.add(id) else {
            throw PageError.badRequest("整改方案最多容纳 \(PlanBasket.capacity) 段，请先移除一些。")
        }
        return redirect(to: Self.safeReturn(form["back"]) ?? "/plan", keeping: basket)
    }

    func edit(_ request: Request) async throws -> Response {
        let form = try await fields(request)
        guard let edit = form["action"].flatMap(PlanBasket.Edit.init(rawValue:)) else {
            throw PageError.badRequest("不认识这个修改操作。")
        }
        var basket = basket(request)
        basket.apply(edit, to: form["id"] ?? "", in: try await plan(of: basket))
        return redirect(to: "/plan", keeping: basket)
    }

    func download(_ request: Request) async throws -> Response {
        let parameters = Dictionary(try respond.parameters(request), uniquingKeysWith: { first, _ in first })
        guard let format = parameters["format"].flatMap(PlanFormat.init(rawValue:)), format != .json else {
            throw PageError.badRequest("下载格式应为 docx、md 或 csv。")
        }
        let plan = try await plan(of: basket(request))
        guard !plan.entries.isEmpty else { throw PageError.badRequest("整改方案还是空的，先加入问题或措施。") }
        var buffer = ByteBuffer()
        buffer.writeBytes(try format.data(plan))
        let name = "整改方案." + format.fileExtension
        return Response(status: .ok, headers: [
            .contentType: format.mediaType,
            .contentDisposition: "attachment; filename=\"plan.\(format.fileExtension)\"; filename*=UTF-8''" + QueryString.encode(name),
        ], body: ResponseBody(byteBuffer: buffer))
    }

    /// The fields of the posted form (the CSRF check has read and checked its token already).
    func fields(_ request: Request) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await Body.collect(&request)))
    }

    func redirect(to location: String, keeping basket: PlanBasket) -> Response {
        var response = Response.redirect(to: location, type: .normal)
        response.headers[.setCookie] = "\(PlanBasket.cookieName)=\(basket.cookieValue); Path=/; Max-Age=\(Self.cookieSeconds); HttpOnly; SameSite=Strict"
        return response
    }

    /// Where a form may send the reader back to: a path of this server, never another site.
    static func safeReturn(_ back: String?) -> String? {
        guard let back, back.hasPrefix("/"), !back.hasPrefix("//"), !back.contains("\\"),
              !back.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return back
    }
}
