import Foundation
import XCTest

/// Searches asked again are answered from the server's memory until the index's next commit: the answers
/// are the same as worked out afresh (facets included, counted hit by hit), and a commit is seen at once.
final class SearchCacheTests: XCTestCase {
    let queries = ["三重一大 集体决策", "\"三重一大\"", "三重一大 -学校", "吃喝风"]

    func testKeptAnswersAreTheAnswersWorkedOutAfreshAndTheirFacetsCountEveryHit() throws {
        let kept = ServerProcess.sample
        let afresh = try ServerProcess(["--index", ServerProcess.sampleIndex, "--cache", "0"])
        defer { afresh.stop() }
        for query in queries {
            let target = "/api/search?q=\(APITests.encoded(query))&limit=1000"
            let first = try kept.get(target), again = try kept.get(target), computed = try afresh.get(target)
            XCTAssertEqual(first.status, 200, first.text)
            XCTAssertEqual(again.text, first.text, query)
            XCTAssertEqual(computed.text, first.text, query)
            // The facets, counted by brute force over every hit the search lists.
            let body = try first.json()
            let hits = try XCTUnwrap(body["hits"] as? [[String: Any]])
            XCTAssertEqual(body["total_exact"] as? Bool, true, query)
            XCTAssertEqual(hits.count, body["total"] as? Int, query)
            let facets = try XCTUnwrap(body["facets"] as? [String: Any])
            XCTAssertEqual(facets["counted"] as? Int, hits.count, query)
            for (facet, field) in [("role", "role"), ("agency", "agency")] {
                var counted: [String: Int] = [:]
                for hit in hits { if let value = hit[field] as? String { counted[value, default: 0] += 1 } }
                let given = try XCTUnwrap(facets[facet] as? [[String: Any]])
                XCTAssertEqual(Dictionary(uniqueKeysWithValues: given.map { ($0["value"] as! String, $0["count"] as! Int) }), counted,
                               "\(facet) of \(query)")
            }
        }
        // Pages differ only by each server's form token.
        let keptToken = try kept.csrfToken(), afreshToken = try afresh.csrfToken()
        for page in ["/search?q=\(APITests.encoded("三重一大 集体决策"))", "/search?q=\(APITests.encoded("\"三重一大\""))&page=2"] {
            let first = try kept.get(page).text, again = try kept.get(page).text
            let computed = try afresh.get(page).text.replacingOccurrences(of: afreshToken, with: keptToken)
            XCTAssertEqual(again, first, page)
            XCTAssertEqual(computed, first, page)
        }
    }

    func testANewCommitIsSeenByTheNextSearch() throws {
        let (corpus, index) = try ServerProcess.oneNoticeIndex("cache")
        let server = try ServerProcess(["--index", index])
        defer { server.stop() }

        let phrase = "缓存中的答案随新提交而更新"
        let api = "/api/search?q=\(APITests.encoded("\"\(phrase)\""))"
        let page = "/search?q=\(APITests.encoded("\"\(phrase)\""))"
        for _ in 0..<2 {
            XCTAssertEqual(try server.get(api).json()["total"] as? Int, 0)
            XCTAssertTrue(try server.get(page).text.contains("没有找到符合条件的段落"))
        }
        let text = try String(contentsOf: ServerProcess.oneNotice, encoding: .utf8) + "\n三是\(phrase)，明确责任分工。\n"
        try text.write(to: corpus.appendingPathComponent("new-notice.txt"), atomically: true, encoding: .utf8)
        let run = try ServerProcess.run(["index", "--index", index])
        XCTAssertEqual(run.status, 0, run.stderr)
        // No waiting: the search right after the commit reads it.
        XCTAssertEqual(try server.get(api).json()["total"] as? Int, 1)
        XCTAssertTrue(try server.get(page).text.contains(phrase))
    }
}
