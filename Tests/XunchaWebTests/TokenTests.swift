import Foundation
import XCTest

/// A server started with `--token`: nothing without the token, the bearer header or the sign-in cookie.
final class TokenTests: XCTestCase {
    static let token = "s3cret-token-for-tests-0123"
    static let server: ServerProcess = try! ServerProcess(["--index", ServerProcess.sampleIndex, "--token", token])

    func testRequestsWithoutTheTokenAreRefused() throws {
        let bare = try Self.server.get("/api/status")
        XCTAssertEqual(bare.status, 401)
        XCTAssertEqual(bare.header("www-authenticate"), "Bearer")
        XCTAssertTrue(bare.error?.hasPrefix("this server needs its token") == true, bare.text)
        XCTAssertEqual(try Self.server.get("/api/status", headers: ["Authorization": "Bearer wrong-token-0123456789"]).status, 401)
        XCTAssertEqual(try Self.server.get("/api/status", headers: ["Cookie": "xuncha_token=wrong"]).status, 401)
    }

    func testTheBearerHeaderOpensTheAPI() throws {
        let answer = try Self.server.get("/api/status", headers: ["Authorization": "Bearer \(Self.token)"])
        XCTAssertEqual(answer.status, 200)
    }

    func testABrowserIsSentToSignInAndItsCookieOpensThePages() throws {
        let page = try Self.server.get("/", headers: ["Accept": "text/html"])
        XCTAssertEqual(page.status, 303)
        XCTAssertEqual(page.header("location"), "/login")
        let form = try Self.server.get("/login")
        XCTAssertEqual(form.status, 200)
        XCTAssertTrue(form.text.contains("name=\"token\""))
        let wrong = try Self.server.post("/login", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                         body: Data("token=nope".utf8))
        XCTAssertEqual(wrong.status, 401)
        let signedIn = try Self.server.post("/login", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                            body: Data("token=\(Self.token)".utf8))
        XCTAssertEqual(signedIn.status, 303)
        let cookie = try XCTUnwrap(signedIn.header("set-cookie"))
        XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
        let pair = String(cookie.split(separator: ";")[0])
        XCTAssertEqual(try Self.server.get("/api/status", headers: ["Cookie": pair]).status, 200)
    }
}
