import Foundation
import XCTest

/// The command line as a contract: exit codes, `--json` fields, colour rules, one-sentence errors.
final class CLITests: XCTestCase {
    func testIndexJSONSummary() throws {
        let folder = CommandLine.temporaryFolder("summary").appendingPathComponent("index").path
        let corpus = CommandLine.root.appendingPathComponent("corpus").path
        let first = try CommandLine.run(["index", "--corpus", corpus, "--index", folder, "--json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let summary = try XCTUnwrap(first.json().first)
        for field in ["added", "updated", "removed", "unchanged", "notices", "paragraphs", "seconds"] {
            XCTAssertNotNil(summary[field], field)
        }
        XCTAssertEqual(summary["added"] as? Int, 4)
        XCTAssertEqual(summary["notices"] as? Int, 38)
        let again = try XCTUnwrap(CommandLine.run(["index", "--index", folder, "--json"]).json().first)
        XCTAssertEqual(again["unchanged"] as? Int, 4)
        XCTAssertEqual(again["added"] as? Int, 0)
    }

    func testSearchJSONHasTheContractFields() throws {
        let result = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--json", "--limit", "5", "三重一大"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try result.json()
        XCTAssertEqual(hits.count, 5)
        for hit in hits {
            for field in ["id", "source", "line", "text", "notice", "agency", "role", "score"] {
                XCTAssertTrue(hit.keys.contains(field), field)
            }
        }
        // Measures may be found through the problem they answer; most hits hold the word itself.
        XCTAssertGreaterThanOrEqual(hits.filter { ($0["text"] as? String)?.contains("三重一大") == true }.count, 3)
    }

    func testExitStatusIsLikeGrep() throws {
        let none = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "\"量子纠缠超导体\""])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "")
        let bad = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--limit", "0", "三重一大"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--limit"), bad.stderr)
    }

    func testErrorsAreOneSentenceWithStatusTwo() throws {
        let empty = CommandLine.temporaryFolder("empty")
        let noCorpus = try CommandLine.run(["search", "三重一大"], in: empty)
        XCTAssertEqual(noCorpus.status, 2, noCorpus.stderr)
        XCTAssertTrue(noCorpus.stderr.contains("no index"), noCorpus.stderr)
        let cases: [([String], String)] = [
            (["show", "--index", "/nonexistent/index", "a.txt:1"], "/nonexistent/index"),
            (["index", "--corpus", "/nonexistent/corpus", "--index", CommandLine.temporaryFolder("x").path + "/i"], "/nonexistent/corpus"),
            (["search", "--index", CommandLine.sampleIndex, "--inspection", "检查", "三重一大"], "--inspection"),
            (["search", "--index", CommandLine.sampleIndex, "--from", "2021-02-30", "三重一大"], "--from"),
            (["search", "--index", CommandLine.sampleIndex, "--role", "hero", "三重一大"], "hero"),
            (["search", "--index", CommandLine.sampleIndex, "，。"], "query"),
            (["frobnicate"], "frobnicate"),
        ]
        for (arguments, mention) in cases {
            let result = try CommandLine.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(mention), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testColourOnlyWhenAskedOrOnATerminal() throws {
        let plain = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--limit", "2", "三重一大"])
        XCTAssertFalse(plain.stdout.contains("\u{1B}["), "a pipe gets no colour")
        XCTAssertTrue(plain.stdout.contains("三重一大"))
        let forced = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--color", "always", "--limit", "2", "三重一大"])
        XCTAssertTrue(forced.stdout.contains("\u{1B}[1;31m三重一大"))
        let header = try XCTUnwrap(plain.lines.first)
        XCTAssertNotNil(header.range(of: #"^[^:\s]+\.txt:\d+  "#, options: .regularExpression), header)
    }

    func testNoColorIsHonouredEvenWhenForcedByAuto() throws {
        let result = try CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--limit", "2", "三重一大"],
                                         environment: ["NO_COLOR": "1"])
        XCTAssertFalse(result.stdout.contains("\u{1B}["))
    }

    func testShowAndNotices() throws {
        let hit = try XCTUnwrap(CommandLine.run(["search", "--index", CommandLine.sampleIndex, "--json", "--limit", "1",
                                                 "--role", "measure", "三重一大"]).json().first)
        let shown = try CommandLine.run(["show", "--index", CommandLine.sampleIndex, "--json", "\(hit["source"]!):\(hit["line"]!)"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        let object = try XCTUnwrap(shown.json().first)
        for field in ["source", "line", "text", "role", "section", "notice", "problem", "measures", "items", "institutions"] {
            XCTAssertTrue(object.keys.contains(field), field)
        }
        XCTAssertEqual(object["role"] as? String, "measure")
        let byID = try CommandLine.run(["show", "--index", CommandLine.sampleIndex, "--json", hit["id"] as! String])
        XCTAssertEqual(byID.stdout, shown.stdout)
        let blank = try CommandLine.run(["show", "--index", CommandLine.sampleIndex, "001_8be801cd753d7ffb.txt:1"])
        XCTAssertEqual(blank.status, 1)
        XCTAssertFalse(blank.stderr.isEmpty)

        let notices = try CommandLine.run(["notices", "--index", CommandLine.sampleIndex, "--json"]).json()
        XCTAssertEqual(notices.count, 38)
        for field in ["source", "start_line", "end_line", "title", "org", "agency", "inspection", "inspector", "round",
                      "period_start", "period_end", "feedback_date", "publish_date", "region", "level", "doc_type", "paragraphs"] {
            XCTAssertTrue(notices[0].keys.contains(field), field)
        }
    }

    func testSearchBuildsAMissingIndexFirst() throws {
        let folder = CommandLine.temporaryFolder("bootstrap")
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus"),
                                         to: folder.appendingPathComponent("corpus"))
        let result = try CommandLine.run(["search", "--limit", "1", "三重一大"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("building"), result.stderr)
    }

    func testMeasuresJSONHasTheContractFields() throws {
        let result = try CommandLine.run(["measures", "--index", CommandLine.sampleIndex, "--json", "--limit", "3",
                                          "领导班子研究问题时一把手先定调"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let precedents = try result.json()
        XCTAssertEqual(precedents.count, 3)
        var agencies = Set<String>()
        for precedent in precedents {
            for field in ["agency", "notice", "problem", "measures", "institutions", "score"] {
                XCTAssertTrue(precedent.keys.contains(field), field)
            }
            let measures = try XCTUnwrap(precedent["measures"] as? [[String: Any]])
            XCTAssertFalse(measures.isEmpty)
            for measure in measures {
                for field in ["source", "line", "text", "items"] { XCTAssertTrue(measure.keys.contains(field), field) }
            }
            XCTAssertTrue(agencies.insert(precedent["agency"] as? String ?? "").inserted, "one agency per precedent")
        }
        let none = try CommandLine.run(["measures", "--index", CommandLine.sampleIndex, "量子纠缠超导体"])
        XCTAssertEqual(none.status, 1)
    }

    func testSimilarPrintsHitsFromOtherNotices() throws {
        let result = try CommandLine.run(["similar", "--index", CommandLine.sampleIndex, "--json", "--limit", "5",
                                          "002_31241be4ef401e8a.txt:1216"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try result.json()
        XCTAssertEqual(hits.count, 5)
        let own = try XCTUnwrap(CommandLine.run(["show", "--index", CommandLine.sampleIndex, "--json",
                                                 "002_31241be4ef401e8a.txt:1216"]).json().first)
        let noticeKey = { (metadata: Any?) -> String in
            let object = metadata as? [String: Any]
            return "\(object?["source"] ?? ""):\(object?["start_line"] ?? "")"
        }
        let ownNotice = noticeKey(own["notice"])
        for hit in hits {
            for field in ["id", "source", "line", "text", "notice", "agency", "role", "score"] {
                XCTAssertTrue(hit.keys.contains(field), field)
            }
            XCTAssertNotEqual(noticeKey(hit["metadata"]), ownNotice, "from another notice")
        }
        let unknown = try CommandLine.run(["similar", "--index", CommandLine.sampleIndex, "nosuch.txt:1"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("nosuch.txt:1"), unknown.stderr)
    }
}
