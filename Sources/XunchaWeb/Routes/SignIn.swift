import Foundation
import Hummingbird

/// The sign-in page of a server started with `--token`: a form that takes the token and sets it as a cookie
/// for this server only (HttpOnly, SameSite=Strict), so a browser can use the pages.
enum SignIn {
    static let path = "/login"

    static func register(on router: Router<BasicRequestContext>, token: String) {
        router.get(RouterPath(path)) { _, _ in page(message: nil, status: .ok) }
        router.post(RouterPath(path)) { request, _ -> Response in
            var request = request
            let form = FormFields(String(buffer: try await Body.collect(&request)))
            guard let given = form["token"], Secrets.equal(given, token) else {
                return page(message: "令牌不对。The token is not this server's.", status: .unauthorized)
            }
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(Cookie(name: AccessGate<BasicRequestContext>.cookieName, value: token, path: "/",
                                      httpOnly: true, sameSite: .strict))
            return response
        }
    }

    private static func page(message: String?, status: HTTPResponse.Status) -> Response {
        let note = message.map { "<p role=\"alert\">\($0)</p>\n" } ?? ""
        let html = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>xuncha · 登录</title></head>
        <body><h1>xuncha</h1>
        \(note)<form method="post" action="\(path)"><label>访问令牌 Token <input type="password" name="token" autocomplete="current-password" required></label>
        <button type="submit">登录</button></form></body></html>

        """
        var buffer = ByteBuffer()
        buffer.writeString(html)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: buffer))
    }
}
