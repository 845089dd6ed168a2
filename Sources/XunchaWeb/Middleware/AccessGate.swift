import Foundation
import Hummingbird

/// With `--token`, every request but the sign-in page must carry the token: `Authorization: Bearer TOKEN`
/// (scripts) or the cookie the sign-in page sets (browsers). Without one, 401; a browser asking for a page is
/// sent to the sign-in page instead.
struct AccessGate<Context: RequestContext>: RouterMiddleware {
    let token: String
    static var cookieName: String { "xuncha_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == SignIn.path || carriesToken(request) {
            return try await next(request, context)
        }
        if request.method == .get, !request.uri.path.hasPrefix("/api/"),
           request.headers[.accept]?.contains("text/html") == true {
            return Response(status: .seeOther, headers: [.location: SignIn.path])
        }
        throw APIError(.unauthorized, "this server needs its token: send 'Authorization: Bearer TOKEN' or sign in at \(SignIn.path)")
    }

    private func carriesToken(_ request: Request) -> Bool {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "),
           Secrets.equal(String(header.dropFirst("Bearer ".count)), token) {
            return true
        }
        if let cookie = request.cookies[Self.cookieName], Secrets.equal(cookie.value, token) { return true }
        return false
    }
}

enum Secrets {
    /// Compares in a time that does not depend on where the two first differ.
    static func equal(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<b.count { difference |= (index < a.count ? a[index] : 0) ^ b[index] }
        return difference == 0
    }
}
