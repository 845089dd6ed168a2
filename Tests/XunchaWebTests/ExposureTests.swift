import Foundation
import XCTest
import XunchaWeb

/// Which addresses `xuncha serve` warns of, and that it does: other machines can reach any address but
/// loopback, so serving there needs the token and says so on stderr.
final class ExposureTests: XCTestCase {
    func testOnlyLoopbackAddressesServeWithoutAWarning() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]"] {
            XCTAssertNil(ServerOptions(indexPath: "index", host: host, token: "a-token-of-sixteen").exposureWarning(shownHost: host), host)
        }
        for host in ["0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "intranet.example", "127.0.0", "127.0.0.1.5", "1270.0.0.1"] {
            let warning = ServerOptions(indexPath: "index", host: host, token: "a-token-of-sixteen").exposureWarning(shownHost: host)
            XCTAssertEqual(warning, "serving on \(host), which other machines can reach; every request must carry the token", host)
        }
    }

    func testServingOffLoopbackWarnsBeforeItListens() throws {
        // 192.0.2.1 is an address for documentation, on no interface here: the server warns, then cannot
        // listen there, so nothing is ever reachable from another machine.
        let run = try ServerProcess.run(["serve", "--index", ServerProcess.sampleIndex, "--host", "192.0.2.1", "--port", "0",
                                         "--token", TokenTests.token])
        XCTAssertEqual(run.status, 2, run.stderr)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "xuncha: warning: serving on 192.0.2.1, which other machines can reach; every request must carry the token")
        XCTAssertTrue(lines.last?.contains("cannot serve at 192.0.2.1:0") == true, run.stderr)
    }

    func testALoopbackServerWithATokenPrintsNoWarning() throws {
        let server = try ServerProcess(["--index", ServerProcess.sampleIndex, "--host", "127.0.0.1", "--token", TokenTests.token])
        XCTAssertEqual(try server.get("/api/status", headers: ["Authorization": "Bearer \(TokenTests.token)"]).status, 200)
        let stopped = server.stop()
        XCTAssertEqual(stopped.status, 0)
        XCTAssertFalse(stopped.stderr.contains("warning"), stopped.stderr)
    }
}
