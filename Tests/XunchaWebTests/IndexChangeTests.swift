import Foundation
import XCTest

/// The status and the pages say that the index changed when a new commit lands, and only then: an
/// `xuncha index` run that finds nothing to do is no change.
final class IndexChangeTests: XCTestCase {
    func testARunThatChangesNothingIsNoChangeAndOneThatAddsAFileIs() throws {
        let (corpus, index) = try ServerProcess.oneNoticeIndex("changes")
        let server = try ServerProcess(["--index", index])
        defer { server.stop() }
        let before = try server.get("/api/status").json()
        XCTAssertEqual(before["changes"] as? Int, 0)
        XCTAssertTrue(before["index_changed"] is NSNull)

        for _ in 0..<2 {
            let run = try ServerProcess.run(["index", "--index", index, "--json"])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("\"added\":0,\"updated\":0,\"removed\":0"), run.stdout)
        }
        Thread.sleep(forTimeInterval: 2.5)  // the server looks at the index once a second
        let idle = try server.get("/api/status").json()
        XCTAssertEqual(idle["changes"] as? Int, 0)
        XCTAssertTrue(idle["index_changed"] is NSNull)
        XCTAssertEqual(idle["commit"] as? String, before["commit"] as? String)
        XCTAssertEqual(idle["last_indexed"] as? String, before["last_indexed"] as? String)
        XCTAssertFalse(try server.get("/").text.contains("索引刚刚更新"))

        try (try String(contentsOf: ServerProcess.oneNotice, encoding: .utf8) + "\n三是新增一段。\n")
            .write(to: corpus.appendingPathComponent("new-notice.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try ServerProcess.run(["index", "--index", index]).status, 0)
        let deadline = Date().addingTimeInterval(10)
        var after = idle
        while Date() < deadline, after["changes"] as? Int == 0 {
            Thread.sleep(forTimeInterval: 0.3)
            after = try server.get("/api/status").json()
        }
        XCTAssertEqual(after["changes"] as? Int, 1)
        XCTAssertNotNil(after["index_changed"] as? String)
        XCTAssertNotEqual(after["commit"] as? String, before["commit"] as? String)
    }
}
