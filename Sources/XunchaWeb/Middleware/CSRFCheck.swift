import Foundation
import HTTPTypes
import Hummingbird

/// Every request that may change something (the routes registered behind this check) must carry the server's CSRF token:
/// in the header `X-CSRF-Token`, or, for a form posted without script, in its field `csrf`. Another site's
/// page cannot read the token, so it cannot make a visitor's browser re-index or post on their behalf.
struct CSRFCheck<Context: RequestContext>: RouterMiddleware {
    let token: String
    static var headerName: HTTPField.Name { HTTPField.Name("X-CSRF-Token")! }
    static var fieldName: String { "csrf" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let header = request.headers[Self.headerName] {
            guard Secrets.equal(header, token) else { throw Self.refusal }
            return try await next(request, context)
        }
        var request = request
        if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            let body = try await Body.collect(&request)
            let form = FormFields(String(buffer: body))
            guard let given = form[Self.fieldName], Secrets.equal(given, token) else { throw Self.refusal }
            return try await next(request, context)
        }
        throw Self.refusal
    }

    static var refusal: APIError {
        APIError(.forbidden, "this request needs the server's CSRF token in the header X-CSRF-Token (GET /api/status gives it)")
    }
}

/// Reading a request body within the server's limit.
enum Body {
    static func collect(_ request: inout Request) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > WebLimits.maximumBodyBytes {
            throw HTTPError(.contentTooLarge)
        }
        return try await request.collectBody(upTo: WebLimits.maximumBodyBytes)
    }
}

/// The fields of an `application/x-www-form-urlencoded` body; a field that cannot be decoded is absent.
struct FormFields {
    private var fields: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts[0].replacingOccurrences(of: "+", with: " ").removingPercentEncoding,
                  fields[name] == nil else { continue }
            fields[name] = parts.count > 1 ? parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding : ""
        }
    }

    subscript(name: String) -> String? { fields[name] }
}
