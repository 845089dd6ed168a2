import Foundation
import XCTest

/// The JSON API answers what the command line prints with --json, over the same index.
final class APITests: XCTestCase {
    var server: ServerProcess { ServerProcess.sample }
    let index = ServerProcess.sampleIndex

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }

    /// The JSON lines `xuncha ARGUMENTS --json` prints.
    private func cli(_ arguments: [String]) throws -> [String] {
        let result = try ServerProcess.run(arguments + ["--index", index, "--json"])
        XCTAssertTrue(result.status == 0 || result.status == 1, result.stderr)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// Each line printed by the command line is, byte for byte, one element of the answer's list.
    private func assertSameObjects(_ lines: [String], in answer: HTTPAnswer, list: String,
                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let items = try XCTUnwrap(try answer.json()[list] as? [Any], file: file, line: line)
        XCTAssertEqual(items.count, lines.count, file: file, line: line)
        XCTAssertFalse(lines.isEmpty, file: file, line: line)
        for text in lines { XCTAssertTrue(answer.text.contains(text), "missing: \(text.prefix(120))", file: file, line: line) }
        XCTAssertTrue(answer.text.contains("\"\(list)\":[" + lines.joined(separator: ",") + "]"), file: file, line: line)
    }

    func testSearchHitsAreTheObjectsSearchJSONPrints() throws {
        for query in ["三重一大 集体决策", "\"公务用车\""] {
            let answer = try server.get("/api/search?q=\(Self.encoded(query))&limit=7&offset=2&inspection=\(Self.encoded("巡察"))")
            XCTAssertEqual(answer.status, 200, answer.text)
            try assertSameObjects(try cli(["search", query, "--limit", "7", "--offset", "2", "--inspection", "巡察"]), in: answer, list: "hits")
            let body = try answer.json()
            XCTAssertEqual(body["total_exact"] as? Bool, true)
            let facets = try XCTUnwrap(body["facets"] as? [String: Any])
            for name in ["agency", "region", "level", "year", "inspection", "role"] { XCTAssertNotNil(facets[name] as? [Any], name) }
            let roles = try XCTUnwrap(facets["role"] as? [[String: Any]])
            XCTAssertEqual(roles.reduce(0) { $0 + ($1["count"] as? Int ?? 0) }, body["total"] as? Int)
            XCTAssertEqual((facets["inspection"] as? [[String: Any]])?.map { $0["value"] as? String }, ["巡察"])
        }
    }

    func testMeasuresNoticesParagraphsAndSimilarAreWhatTheirCommandsPrint() throws {
        let problem = "公务用车管理不规范"
        try assertSameObjects(try cli(["measures", problem, "--limit", "3"]),
                              in: try server.get("/api/measures?q=\(Self.encoded(problem))&limit=3"), list: "precedents")
        try assertSameObjects(try cli(["notices", "--year", "2021"]), in: try server.get("/api/notices?year=2021"), list: "notices")
        let first = try XCTUnwrap((try server.get("/api/search?q=\(Self.encoded("三重一大"))&limit=1").json()["hits"] as? [[String: Any]])?.first)
        let id = try XCTUnwrap(first["id"] as? String)
        let shown = try server.get("/api/paragraphs/\(id)")
        XCTAssertEqual(shown.status, 200)
        XCTAssertEqual(shown.text, try cli(["show", id]).first)
        try assertSameObjects(try cli(["similar", id, "--limit", "4"]), in: try server.get("/api/similar/\(id)?limit=4"), list: "hits")
        XCTAssertEqual(try server.get("/api/paragraphs/\(id.uppercased())").text, shown.text)
    }

    func testNothingFoundIsAnEmptyListAndAnUnknownIdIs404() throws {
        let none = try server.get("/api/search?q=\(Self.encoded("\"这句话不在任何通报里\""))")
        XCTAssertEqual(none.status, 200)
        XCTAssertEqual((try none.json()["hits"] as? [Any])?.count, 0)
        let unknown = try server.get("/api/paragraphs/0123456789ab")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertNotNil(unknown.error)
        XCTAssertEqual(try server.get("/api/similar/0123456789ab").status, 404)
    }

    func testBadParametersAreOneSentenceWith400() throws {
        let cases: [(String, String)] = [
            ("/api/search", "give the parameter 'q', e.g. q=三重一大"),
            ("/api/search?q=a&limit=0", "'limit' takes a whole number from 1 to 1000, not '0'"),
            ("/api/search?q=a&limit=1001", "'limit' takes a whole number from 1 to 1000, not '1001'"),
            ("/api/search?q=a&offset=-1", "'offset' takes a whole number from 0 to 100000, not '-1'"),
            ("/api/search?q=a&year=1800", "'year' takes a year from 1949 to 2200, not '1800'"),
            ("/api/search?q=a&year=abc", "'year' takes a year from 1949 to 2200, not 'abc'"),
            ("/api/search?q=a&from=2021-02-30", "'from' takes a date as YYYY-MM-DD, not '2021-02-30'"),
            ("/api/search?q=a&from=2022-01-01&to=2021-01-01", "'from' 2022-01-01 is after 'to' 2021-01-01"),
            ("/api/search?q=a&year=2021&from=2021-01-01", "give either 'year' or 'from'/'to', not both"),
            ("/api/search?q=a&inspection=x", "'inspection' takes 巡视 or 巡察, not 'x'"),
            ("/api/search?q=a&role=boss", "'role' takes one of title, preamble, heading, problem, measure, outcome, summary, signature, not 'boss'"),
            ("/api/search?q=a&q=b", "the parameter 'q' is given twice"),
            ("/api/search?q=%E4%B8", "the value of 'q' is not valid percent-encoded UTF-8"),
            ("/api/search?q=\(Self.encoded("NOT 学校"))", ""),
            ("/api/search?q=a&to=", "'to' takes a date as YYYY-MM-DD, not ''"),
            ("/api/search?q=a&year=", "'year' takes a year from 1949 to 2200, not ''"),
            ("/api/notices?role=measure", "'role' measure selects paragraphs, not notices; give it to /api/search instead"),
        ]
        for (target, sentence) in cases {
            let answer = try server.get(target)
            XCTAssertEqual(answer.status, 400, target)
            if !sentence.isEmpty { XCTAssertEqual(answer.error, sentence, target) }
            XCTAssertEqual(answer.error?.contains("\n"), false, target)
        }
        let long = try server.get("/api/search?q=" + String(repeating: "a", count: 2_001))
        XCTAssertEqual(long.status, 400)
        XCTAssertEqual(long.error, "the query is 2001 characters long; at most 2000 are taken in an address (xuncha search takes longer ones)")
        let longest = try server.get("/api/search?q=" + String(repeating: APITests.encoded("𠀀"), count: 2_000))
        XCTAssertEqual(longest.status, 200, longest.text.prefix(200).description)
        let operands = try server.get("/api/search?q=" + APITests.encoded((1...70).map { "\"词\($0)\"" }.joined(separator: " OR ")))
        XCTAssertEqual(operands.status, 400)
        XCTAssertTrue(operands.error?.contains("at most 64") == true, operands.text)
    }

    func testNoPathFromAnAddressReachesTheFileSystem() throws {
        let targets = ["/api/paragraphs/../../../../etc/passwd", "/api/paragraphs/..%2F..%2F..%2Fetc%2Fpasswd",
                       "/api/paragraphs/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/paragraphs/%2Fetc%2Fpasswd",
                       "/api/paragraphs//etc/passwd", "/api/similar/..%2F..%2Fetc%2Fpasswd", "/../../../../etc/passwd",
                       "/api/paragraphs/000_8d2eff55063ca2b4.txt:78", "/api/paragraphs/\(Self.encoded("/etc/passwd:1"))",
                       "/%2e%2e/%2e%2e/etc/passwd", "/api/paragraphs/..%252F..%252Fetc%252Fpasswd"]
        for target in targets {
            let answer = try server.get(target)
            XCTAssertEqual(answer.status, 404, target)
            XCTAssertFalse(answer.text.contains("root:"), target)
            if target.hasPrefix("/api/") { XCTAssertNotNil(answer.error, target) }
        }
    }
}
