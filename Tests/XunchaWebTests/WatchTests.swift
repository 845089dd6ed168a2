import Foundation
import XCTest

/// `--watch`: a file added to the corpus is searchable within seconds, and one removed is gone; the status
/// says when the index changed.
final class WatchTests: XCTestCase {
    func testAFileAddedThenRemovedIsFoundThenGone() throws {
        let (corpus, index) = try ServerProcess.oneNoticeIndex("watch")

        let server = try ServerProcess(["--index", index, "--watch", "1"])
        defer { server.stop() }
        let before = try server.get("/api/status").json()
        XCTAssertEqual(before["watch"] as? Int, 1)
        XCTAssertEqual(before["changes"] as? Int, 0)
        let phrase = "监督检查长效机制试点工作专项方案"
        let search = "/api/search?q=\(APITests.encoded("\"\(phrase)\""))"
        XCTAssertEqual(try hits(server, search), 0)
        // Idle rounds of the watcher change nothing the status reports.
        Thread.sleep(forTimeInterval: 2.5)
        XCTAssertEqual(try server.get("/api/status").json()["changes"] as? Int, 0)

        let added = corpus.appendingPathComponent("new-notice.txt")
        let text = try String(contentsOf: ServerProcess.oneNotice, encoding: .utf8) + "\n三是制定\(phrase)，明确责任分工。\n"
        try text.write(to: added, atomically: true, encoding: .utf8)
        XCTAssertTrue(try waitFor { try self.hits(server, search) > 0 }, "the added file was not indexed")
        let after = try server.get("/api/status").json()
        XCTAssertGreaterThanOrEqual(after["changes"] as? Int ?? 0, 1)
        XCTAssertNotNil(after["index_changed"] as? String)
        XCTAssertEqual(after["files"] as? Int, 2)

        try FileManager.default.removeItem(at: added)
        XCTAssertTrue(try waitFor { try self.hits(server, search) == 0 }, "the removed file is still found")
        XCTAssertEqual(try server.get("/api/status").json()["files"] as? Int, 1)
    }

    private func hits(_ server: ServerProcess, _ target: String) throws -> Int {
        let answer = try server.get(target)
        XCTAssertEqual(answer.status, 200, answer.text)
        return try answer.json()["total"] as? Int ?? -1
    }

    private func waitFor(_ condition: () throws -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.3)
        }
        return false
    }
}
