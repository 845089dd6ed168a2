import Foundation
import XCTest

/// `xuncha serve` as started from the command line: its address, its status, its headers and its refusals.
final class ServeBasicsTests: XCTestCase {
    var server: ServerProcess { ServerProcess.sample }

    func testStatusCountsTheSampleIndexAndGivesTheCSRFToken() throws {
        let answer = try server.get("/api/status")
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.header("content-type"), "application/json; charset=utf-8")
        let status = try answer.json()
        XCTAssertEqual(status["ready"] as? Bool, true)
        XCTAssertGreaterThan(status["notices"] as? Int ?? 0, 10)
        XCTAssertGreaterThan(status["paragraphs"] as? Int ?? 0, status["notices"] as? Int ?? 0)
        XCTAssertGreaterThan(status["files"] as? Int ?? 0, 0)
        XCTAssertEqual((status["corpus"] as? [String])?.count, 1)
        XCTAssertNotNil(status["generation"] as? String)
        XCTAssertNotNil(status["last_indexed"] as? String)
        XCTAssertEqual((status["csrf_token"] as? String)?.count, 32)
    }

    func testEveryAnswerCarriesTheSecurityHeaders() throws {
        for target in ["/api/status", "/api/nothing-here", "/no-such-page"] {
            let answer = try server.get(target)
            XCTAssertEqual(answer.header("content-security-policy")?.hasPrefix("default-src 'self'"), true, target)
            XCTAssertEqual(answer.header("x-content-type-options"), "nosniff", target)
            XCTAssertEqual(answer.header("x-frame-options"), "DENY", target)
            XCTAssertEqual(answer.header("referrer-policy"), "no-referrer", target)
        }
    }

    func testAnUnknownAddressIsOneSentenceWith404() throws {
        let answer = try server.get("/api/nothing-here")
        XCTAssertEqual(answer.status, 404)
        XCTAssertEqual(answer.error, "there is nothing at /api/nothing-here")
        XCTAssertEqual(try server.get("/no-such-page").status, 404)
    }

    func testAKnownAddressAskedWithAnotherMethodIs405() throws {
        let answer = try server.request("DELETE", "/api/status")
        XCTAssertEqual(answer.status, 405)
        XCTAssertEqual(answer.header("allow"), "GET")
        XCTAssertEqual(answer.error, "/api/status takes GET, not DELETE")
    }

    func testUnknownOrRepeatedParametersAreRefused() throws {
        let unknown = try server.get("/api/status?verbose=1")
        XCTAssertEqual(unknown.status, 400)
        XCTAssertEqual(unknown.error, "unknown parameter 'verbose'; this address takes none")
    }

    func testAnAddressOtherMachinesReachNeedsAToken() throws {
        let refused = try ServerProcess.run(["serve", "--index", ServerProcess.sampleIndex, "--host", "0.0.0.0", "--port", "0"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--host 0.0.0.0 can be reached from other machines; give --token TOKEN"), refused.stderr)
        let short = try ServerProcess.run(["serve", "--index", ServerProcess.sampleIndex, "--token", "short"])
        XCTAssertEqual(short.status, 2)
        XCTAssertTrue(short.stderr.contains("--token takes 16 to 256"), short.stderr)
    }

    func testAHostWithControlCharactersIsRefusedAndShownEscaped() throws {
        for host in ["127.0.0.1\u{1B}]0;owned\u{7}", "local\u{7F}host"] {
            let refused = try ServerProcess.run(["serve", "--index", ServerProcess.sampleIndex, "--host", host, "--port", "0"])
            XCTAssertEqual(refused.status, 2, host.debugDescription)
            XCTAssertTrue(refused.stderr.contains("--host takes an address or a host name"), refused.stderr)
            XCTAssertFalse(refused.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F },
                           refused.stderr.debugDescription)
        }
    }

    func testABusyPortIsOneSentence() throws {
        let busy = try ServerProcess.run(["serve", "--index", ServerProcess.sampleIndex, "--port", String(server.port)])
        XCTAssertEqual(busy.status, 2)
        XCTAssertTrue(busy.stderr.contains("the port is already in use"), busy.stderr)
        XCTAssertEqual(busy.stderr.split(separator: "\n").count, 1, busy.stderr)
    }

    func testCtrlCStopsTheServer() throws {
        let own = try ServerProcess(["--index", ServerProcess.sampleIndex])
        XCTAssertEqual(try own.get("/api/status").status, 200)
        let stopped = own.stop()
        XCTAssertEqual(stopped.status, 0, stopped.stderr)
    }
}
