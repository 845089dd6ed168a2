import XCTest

/// The query language at the command line: a query that only excludes is refused with one sentence; a word
/// excluded with a minus is a query word, not an option.
final class QueryCLITests: XCTestCase {
    func testAQueryThatOnlyExcludesIsAUsageError() throws {
        for query in [["NOT 三重一大"], ["--", "-三重一大"], ["NOT", "三重一大"], ["-三重一大"]] {
            let result = try CommandLine.run(["search", "--index", CommandLine.sampleIndex] + query)
            XCTAssertEqual(result.status, 2, "\(query): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("only excludes"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testAndNotExcludes() throws {
        let result = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--json", "--limit", "500",
                                          "三重一大 AND NOT 学校"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let texts = try result.json().compactMap { $0["text"] as? String }
        XCTAssertFalse(texts.isEmpty)
        XCTAssertFalse(texts.contains { $0.contains("学校") })
    }

    func testCountsAreExactWhenCheap() throws {
        let all = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--limit", "100000", "--json", "三重一大"])
        let truth = all.lines.count
        XCTAssertGreaterThan(truth, 100)
        let human = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--limit", "3", "三重一大"])
        XCTAssertEqual(human.status, 0, human.stderr)
        XCTAssertTrue(human.stderr.contains("(3 of \(truth) hits"), human.stderr)
        let json = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--limit", "3", "--json", "三重一大"])
        for hit in try json.json() {
            XCTAssertEqual(hit["total"] as? Int, truth)
            XCTAssertEqual(hit["total_exact"] as? Bool, true)
            XCTAssertEqual(hit["total_min"] as? Int, truth)
            XCTAssertEqual(hit["total_max"] as? Int, truth)
        }
    }

    func testAMinusBeforeAChineseWordExcludesItWithoutNeedingTheTerminator() throws {
        let arguments = ["search", "--index", CommandLine.sampleIndex, "--json", "--limit", "500"]
        let minus = try CommandLine.run(arguments + ["三重一大", "-学校"])
        let not = try CommandLine.run(arguments + ["三重一大 NOT 学校"])
        XCTAssertEqual(minus.status, 0, minus.stderr)
        XCTAssertFalse(minus.lines.isEmpty)
        XCTAssertEqual(minus.lines, not.lines)
        let quoted = try CommandLine.run(arguments + ["三重一大", "-\"学校\""])
        XCTAssertEqual(quoted.lines, not.lines, quoted.stderr)
    }
}
