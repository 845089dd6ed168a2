import Foundation
import XCTest

/// The HTML pages as served: their status, type and content, the plan basket's forms and cookie, and
/// addresses that must not reach anything but index ids.
final class PageRouteTests: XCTestCase {
    var server: ServerProcess { ServerProcess.sample }

    func page(_ target: String, headers: [String: String] = [:], status: Int = 200, file: StaticString = #filePath,
              line: UInt = #line) throws -> String {
        let answer = try server.get(target, headers: headers)
        XCTAssertEqual(answer.status, status, target, file: file, line: line)
        XCTAssertEqual(answer.header("content-type"), "text/html; charset=utf-8", target, file: file, line: line)
        return answer.text
    }

    func testTheSearchPageListsHitsWithTheirMatchesMarked() throws {
        let html = try page("/search?q=%E4%B8%89%E9%87%8D%E4%B8%80%E5%A4%A7")
        XCTAssertTrue(html.contains("<mark>三重一大</mark>"))
        XCTAssertTrue(html.contains("在通报中查看"))
        XCTAssertTrue(try page("/").contains("name=\"q\""))
    }

    func testEveryNoticeOfTheTableOpensByItsId() throws {
        let table = try page("/notices?sort=agency&order=asc")
        let links = Set(table.components(separatedBy: "href=\"/notices/").dropFirst().map { String($0.prefix(12)) })
        XCTAssertGreaterThan(links.count, 10)
        for id in links.prefix(5) {
            XCTAssertTrue(try page("/notices/" + id).contains("class=\"meta-card\""))
        }
    }

    func testMissingPagesAndBadRequestsAreOneChineseSentence() throws {
        XCTAssertTrue(try page("/no-such-page", status: 404).contains("没有这个页面。"))
        XCTAssertTrue(try page("/notices/000000000000", status: 404).contains("没有这份通报。"))
        XCTAssertTrue(try page("/search?q=x&page=0", status: 400).contains("页码"))
        XCTAssertTrue(try page("/search?q=NOT%20x", status: 400).contains("这个查询无法执行"))
        XCTAssertTrue(try page("/notices?sort=path", status: 400).contains("无法按"))
        XCTAssertEqual(try server.get("/api/no-such-thing").header("content-type"), "application/json; charset=utf-8")
    }

    func testAddressesReachNothingButIds() throws {
        for target in ["/notices/..%2F..%2Fetc%2Fpasswd", "/notices/../../etc/passwd", "/similar/002_31241be4ef401e8a.txt:790",
                       "/similar/..%2Fcorpus", "/assets/..%2F..%2FPackage.swift", "/assets/xuncha.css%00.txt"] {
            let answer = try server.get(target)
            XCTAssertEqual(answer.status, 404, target)
            XCTAssertFalse(answer.text.contains("三重一大") || answer.text.contains("Package"), target)
        }
    }

    func testTheAssetsAreServedWithTheirTypes() throws {
        let css = try server.get("/assets/xuncha.css")
        XCTAssertEqual(css.status, 200)
        XCTAssertEqual(css.header("content-type"), "text/css; charset=utf-8")
        XCTAssertEqual(try server.get("/assets/xuncha.js").header("content-type"), "text/javascript; charset=utf-8")
    }

    func testThePlanFormsNeedTheTokenAndKeepTheBasketInACookie() throws {
        let search = try page("/search?q=%E4%B8%89%E9%87%8D%E4%B8%80%E5%A4%A7&role=measure")
        let id = try XCTUnwrap(search.components(separatedBy: "name=\"id\" value=\"").dropFirst().first.map { String($0.prefix(12)) })
        let form = ["Content-Type": "application/x-www-form-urlencoded"]
        XCTAssertEqual(try server.post("/plan/add", headers: form, body: Data("id=\(id)".utf8)).status, 403)
        let token = try server.csrfToken()
        let added = try server.post("/plan/add", headers: form, body: Data("csrf=\(token)&id=\(id)&back=%2F%2Fevil.example%2F".utf8))
        XCTAssertEqual(added.status, 303)
        XCTAssertEqual(added.header("location"), "/plan", "a return address off this server is not followed")
        let cookie = try XCTUnwrap(added.header("set-cookie"))
        XCTAssertTrue(cookie.hasPrefix("xuncha-plan=\(id);"), cookie)
        XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
        let plan = try page("/plan", headers: ["Cookie": "xuncha-plan=\(id)"])
        XCTAssertTrue(plan.contains("name=\"id\" value=\"\(id)\""))
        XCTAssertTrue(plan.contains("/plan/download?format=docx"))
        let removed = try server.post("/plan/edit", headers: form.merging(["Cookie": "xuncha-plan=\(id)"]) { a, _ in a },
                                      body: Data("csrf=\(token)&id=\(id)&action=remove".utf8))
        XCTAssertEqual(removed.status, 303)
        // The measure goes; the problem it brought along stays until it is removed too.
        let left = try XCTUnwrap(removed.header("set-cookie"))
        XCTAssertTrue(left.hasPrefix("xuncha-plan=") && !left.contains(id), left)
    }
}

/// The plan's download and the status page's re-index button.
final class PlanDownloadRouteTests: XCTestCase {
    var server: ServerProcess { ServerProcess.sample }

    func testThePlanDownloadsInEachFormatWithItsMeasure() throws {
        let search = try server.get("/search?q=%E4%B8%89%E9%87%8D%E4%B8%80%E5%A4%A7&role=measure").text
        let id = try XCTUnwrap(search.components(separatedBy: "name=\"id\" value=\"").dropFirst().first.map { String($0.prefix(12)) })
        let cookie = ["Cookie": "xuncha-plan=\(id)"]
        let markdown = try server.get("/plan/download?format=md", headers: cookie)
        XCTAssertEqual(markdown.status, 200)
        XCTAssertEqual(markdown.header("content-type"), "text/markdown; charset=utf-8")
        XCTAssertTrue(markdown.header("content-disposition")?.hasPrefix("attachment; filename=\"plan.md\"") == true)
        XCTAssertTrue(markdown.text.contains("三重一大"))
        let word = try server.get("/plan/download?format=docx", headers: cookie)
        XCTAssertEqual(word.status, 200)
        XCTAssertEqual(Array(word.body.prefix(2)), Array("PK".utf8), "a Word file is a zip archive")
        XCTAssertEqual(try server.get("/plan/download?format=csv", headers: cookie).status, 200)
        XCTAssertEqual(try server.get("/plan/download?format=pdf", headers: cookie).status, 400)
        XCTAssertEqual(try server.get("/plan/download?format=md").status, 400, "an empty plan is not a file")
    }

    func testTheReindexButtonNeedsTheTokenAndComesBackToTheStatus() throws {
        let form = ["Content-Type": "application/x-www-form-urlencoded"]
        XCTAssertEqual(try server.post("/status/reindex", headers: form, body: Data("x=1".utf8)).status, 403)
        let token = try server.csrfToken()
        let answer = try server.post("/status/reindex", headers: form, body: Data("csrf=\(token)".utf8))
        XCTAssertEqual(answer.status, 303)
        XCTAssertEqual(answer.header("location"), "/status")
        XCTAssertTrue(try server.get("/status").text.contains("立即重建索引"))
    }
}
