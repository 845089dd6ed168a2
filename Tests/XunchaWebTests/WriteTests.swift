import Foundation
import XCTest

/// The two requests that do something, plan and re-index: each needs the CSRF token, and a body within bounds.
final class WriteTests: XCTestCase {
    var server: ServerProcess { ServerProcess.sample }
    let json = ["Content-Type": "application/json"]
    let feedback = "一、落实“三重一大”方面\n1. 三重一大事项未经集体决策\n2. 公务用车管理不规范，存在私车公养\n"

    private func body(_ object: [String: Any]) -> Data { try! JSONSerialization.data(withJSONObject: object) }

    func testPostsWithoutTheCSRFTokenAreRefused() throws {
        for target in ["/api/plan", "/api/reindex"] {
            let bare = try server.post(target, headers: json, body: body(["feedback": feedback]))
            XCTAssertEqual(bare.status, 403, target)
            XCTAssertEqual(bare.error, "this request needs the server's CSRF token in the header X-CSRF-Token (GET /api/status gives it)")
            let wrong = try server.post(target, headers: json.merging(["X-CSRF-Token": "0123456789abcdef0123456789abcdef"]) { $1 },
                                        body: body(["feedback": feedback]))
            XCTAssertEqual(wrong.status, 403, target)
            let form = try server.post(target, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data("csrf=nope".utf8))
            XCTAssertEqual(form.status, 403, target)
        }
        XCTAssertEqual(try server.get("/api/plan").status, 405)
        XCTAssertEqual(try server.get("/api/plan").header("allow"), "POST")
    }

    func testNothingElseUnderTheAPIWrites() throws {
        let token = try server.csrfToken()
        let reading = ["/api/status", "/api/search?q=a", "/api/measures?q=a", "/api/notices", "/api/paragraphs/0123456789ab",
                       "/api/similar/0123456789ab"]
        for target in reading {
            for method in ["POST", "PUT", "PATCH", "DELETE"] {
                let answer = try server.request(method, target, headers: ["X-CSRF-Token": token])
                XCTAssertEqual(answer.status, 405, "\(method) \(target)")
                XCTAssertEqual(answer.header("allow"), "GET", "\(method) \(target)")
            }
        }
        for method in ["PUT", "PATCH", "DELETE", "GET"] {
            XCTAssertEqual(try server.request(method, "/api/reindex", headers: ["X-CSRF-Token": token]).status, 405, method)
        }
        XCTAssertEqual(try server.post("/api/index", headers: ["X-CSRF-Token": token]).status, 404)
    }

    func testAPlanIsTheDocumentXunchaPlanWritesByteForByte() throws {
        let token = try server.csrfToken()
        let folder = ServerProcess.temporaryFolder("plan")
        let input = folder.appendingPathComponent("feedback.txt")
        try feedback.write(to: input, atomically: true, encoding: .utf8)
        for format in ["md", "csv", "json", "docx"] {
            let answer = try server.post("/api/plan", headers: json.merging(["X-CSRF-Token": token]) { $1 },
                                         body: body(["feedback": feedback, "format": format, "precedents": 2]))
            XCTAssertEqual(answer.status, 200, "\(format): \(answer.text.prefix(300))")
            XCTAssertEqual(answer.header("content-disposition"), "attachment; filename=\"plan.\(format == "json" ? "jsonl" : format)\"")
            let output = folder.appendingPathComponent("plan.\(format)")
            let written = try ServerProcess.run(["plan", input.path, "--index", ServerProcess.sampleIndex, "--precedents", "2",
                                                 "--format", format, "--output", output.path, "--force"])
            XCTAssertEqual(written.status, 0, written.stderr)
            XCTAssertEqual(answer.body, try Data(contentsOf: output), format)
        }
    }

    func testAPlanOfChosenParagraphsAndItsRefusals() throws {
        let token = try server.csrfToken()
        let headers = json.merging(["X-CSRF-Token": token]) { $1 }
        let hits = try XCTUnwrap(try server.get("/api/search?q=\(APITests.encoded("三重一大"))&role=measure&limit=2").json()["hits"] as? [[String: Any]])
        let ids = hits.compactMap { $0["id"] as? String }
        let chosen = try server.post("/api/plan", headers: headers, body: body(["chosen": ids, "format": "md"]))
        XCTAssertEqual(chosen.status, 200, chosen.text)
        XCTAssertTrue(chosen.text.hasPrefix("# 巡视巡察反馈问题整改方案"))
        let docx = try server.post("/api/plan", headers: headers, body: body(["chosen": ids]))
        XCTAssertEqual(docx.header("content-type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        XCTAssertEqual(docx.body.prefix(2), Data("PK".utf8))
        let refusals: [(Data, [String: String], Int, String)] = [
            (body(["chosen": ["../etc/passwd"]]), headers, 400, "'chosen' takes paragraph ids (12 hex digits), not '../etc/passwd'"),
            (body(["chosen": ["0123456789ab"]]), headers, 404, "none of the chosen paragraphs is in the index"),
            (body(["feedback": feedback, "format": "pdf"]), headers, 400, "'format' takes docx, md, csv or json, not 'pdf'"),
            (body(["feedback": feedback, "precedents": 11]), headers, 400, "'precedents' takes a whole number from 1 to 10"),
            (body(["feedback": feedback, "chosen": ids]), headers, 400, "give either 'feedback' or 'chosen', not both"),
            (body(["feedback": "   "]), headers, 400, "the feedback is empty: give the problems, one per line or numbered (1. （一） 一是…)"),
            (body(["feedback": feedback, "role": "measure"]), headers, 400, "unknown field 'role'; a plan request takes agency, chosen, feedback, format, from, inspection, level, precedents, region, to, year"),
            (Data("[1]".utf8), headers, 400, "the body is not a JSON object"),
            (Data("x".utf8), headers.merging(["Content-Type": "text/plain"]) { $1 }, 415, "send the plan request as application/json (or a form)"),
        ]
        for (data, headers, status, sentence) in refusals {
            let answer = try server.post("/api/plan", headers: headers, body: data)
            XCTAssertEqual(answer.status, status, sentence)
            XCTAssertEqual(answer.error, sentence)
        }
    }

    func testABodyOverTheLimitIs413AndFeedbackOverThePlansLimitIs400() throws {
        let token = try server.csrfToken()
        let headers = json.merging(["X-CSRF-Token": token]) { $1 }
        let huge = try server.post("/api/plan", headers: headers, body: Data(repeating: 0x20, count: 1_100_000))
        XCTAssertEqual(huge.status, 413)
        XCTAssertEqual(huge.error, "the request body is larger than 1024 KB")
        let large = try server.post("/api/plan", headers: headers,
                                    body: body(["feedback": String(repeating: "公务用车管理不规范。\n", count: 30_000)]))
        XCTAssertEqual(large.status, 400)
        XCTAssertTrue(large.error?.contains("more than the 512 KB a plan takes") == true, large.text)
    }

    func testReindexRunsTheIndexerAndAFormCarriesTheToken() throws {
        let token = try server.csrfToken()
        let answer = try server.post("/api/reindex", headers: ["X-CSRF-Token": token])
        XCTAssertEqual(answer.status, 200, answer.text)
        let summary = try answer.json()
        XCTAssertEqual((summary["failed"] as? [Any])?.count, 0)
        XCTAssertEqual(summary["rebuilt"] as? Bool, false)
        let form = try server.post("/api/reindex", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                   body: Data("csrf=\(token)".utf8))
        XCTAssertEqual(form.status, 200, form.text)
        XCTAssertEqual(try server.get("/api/status").json()["ready"] as? Bool, true)
    }

    func testAServerWithoutAnIndexSays503UntilOneIsBuilt() throws {
        let folder = ServerProcess.temporaryFolder("empty").appendingPathComponent("index")
        let own = try ServerProcess(["--index", folder.path])
        defer { own.stop() }
        let status = try own.get("/api/status").json()
        XCTAssertEqual(status["ready"] as? Bool, false)
        let search = try own.get("/api/search?q=a")
        XCTAssertEqual(search.status, 503)
        XCTAssertTrue(search.error?.contains("no index") == true, search.text)
        let reindex = try own.post("/api/reindex", headers: ["X-CSRF-Token": try own.csrfToken()])
        XCTAssertEqual(reindex.status, 503, reindex.text)
    }
}
