import Foundation
import Hummingbird
import WebPages
import XunchaIndex

/// How pages answer: HTML with its status, Chinese error pages of one sentence, and the context every
/// page shows (the form token, the basket's size, when the index changed).
struct PageResponse {
    let state: ServerState

    /// How long after a change of the index pages say so.
    static let changeShownFor: TimeInterval = 600

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func context(_ request: Request) -> PageContext {
        let basket = PlanBasket(cookie: request.cookies[PlanBasket.cookieName]?.value)
        let changed = state.lastChange.date
        return PageContext(csrfToken: state.csrfToken, basketCount: basket.ids.count, basket: Set(basket.ids),
                           indexUpdated: state.currentStamp.map { Self.shown($0.modified) },
                           indexChangedRecently: changed.map { Date().timeIntervalSince($0) < Self.changeShownFor } ?? false)
    }

    func error(_ status: HTTPResponse.Status, _ sentence: String, request: Request) -> Response {
        Self.html(ErrorPage.html(status: Int(status.code), sentence: sentence, context: context(request)), status: status)
    }

    /// An error met while answering a page, as a page: what the reader asked wrong, what is missing, or an
    /// index that cannot be read.
    func error(_ failure: Error, request: Request) -> Response {
        switch failure {
        case let failure as PageError:
            return error(HTTPResponse.Status(code: failure.status), failure.sentence, request: request)
        case let failure as FilterError:
            return error(.badRequest, "筛选条件有误（\(failure.description)）。", request: request)
        case IndexError.badQuery(let reason):
            return error(.badRequest, "这个查询无法执行（\(reason)）。", request: request)
        case IndexError.unknownParagraph:
            return error(.notFound, "索引中没有这个段落。", request: request)
        case let failure as IndexError:
            return error(.serviceUnavailable, "索引暂时无法读取（\(failure.description)）。", request: request)
        case let failure as RemoteIndexError:
            return error(.serviceUnavailable, "索引暂时无法读取（\(failure.description)）。", request: request)
        default:
            return error(.internalServerError, "服务器无法回答这个请求。", request: request)
        }
    }

    /// The parameters of the address, leniently: names a page does not know are ignored. A query string
    /// longer than the server takes is refused.
    func parameters(_ request: Request) throws -> [(String, String)] {
        let query = request.uri.query ?? ""
        guard query.utf8.count <= 128 * 1024 else { throw PageError.badRequest("地址中的查询过长。") }
        return QueryString.parse(query)
    }

    /// A time as pages show it, in the server's time zone (`2026-12-06 20:15`). Every page shows one: it is
    /// written from the C library's local time, where a date formatter made for each page cost more than the
    /// rest of a kept search page.
    static func shown(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return "" }
        func digits(_ value: Int32, _ count: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return digits(local.tm_year + 1900, 4) + "-" + digits(local.tm_mon + 1, 2) + "-" + digits(local.tm_mday, 2) + " "
            + digits(local.tm_hour, 2) + ":" + digits(local.tm_min, 2)
    }
}
