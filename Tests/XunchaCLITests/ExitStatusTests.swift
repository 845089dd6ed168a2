import Foundation
import XCTest

/// One exit status per situation, whatever the command: nothing found is 1 with one line on stderr; a usage
/// error is 2; options a command cannot honour are refused rather than ignored.
final class ExitStatusTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> CommandLine.Result {
        try CommandLine.run(arguments + ["--index", CommandLine.sampleIndex])
    }

    func testNothingFoundIsStatusOneWithALineOnStderr() throws {
        let cases: [([String], String)] = [
            (["search", "\"量子纠缠超导体\""], "xuncha: no paragraphs match\n"),
            (["search", "--json", "\"量子纠缠超导体\""], "xuncha: no paragraphs match\n"),
            (["search", "三重一大", "--agency", "火星"], "xuncha: no paragraphs match\n"),
            (["similar", "002_31241be4ef401e8a.txt:1216", "--agency", "火星"], "xuncha: no paragraphs match\n"),
            (["measures", "量子纠缠超导体"], "xuncha: no precedents match\n"),
            (["notices", "--region", "火星"], "xuncha: no notices match\n"),
        ]
        for (arguments, message) in cases {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, message, "\(arguments)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
    }

    func testAnUnknownParagraphIsStatusOneForShowAndSimilar() throws {
        for command in ["show", "similar"] {
            let result = try run([command, "nosuch.txt:1"])
            XCTAssertEqual(result.status, 1, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("nosuch.txt:1"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
    }

    func testOptionsACommandCannotHonourAreRefused() throws {
        for arguments in [["measures", "一把手先定调", "--role", "title"], ["measures", "一把手先定调", "--role", "problem"],
                          ["notices", "--role", "measure"]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("--role"), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testHelpOffersOnlyTheFiltersACommandHonours() throws {
        for command in ["measures", "notices", "plan"] {
            let help = try run([command, "--help"])
            XCTAssertTrue(help.stdout.contains("--agency"), help.stdout)
            XCTAssertFalse(help.stdout.contains("--role <role>"), "\(command): \(help.stdout)")
        }
        for command in ["search", "similar"] {
            XCTAssertTrue(try run([command, "--help"]).stdout.contains("--role <role>"), command)
        }
    }

    func testMeasuresPageWithOffset() throws {
        let first = try run(["measures", "--json", "--limit", "4", "领导班子研究问题时一把手先定调"]).json()
        let second = try run(["measures", "--json", "--limit", "2", "--offset", "2", "领导班子研究问题时一把手先定调"]).json()
        XCTAssertEqual(first.count, 4)
        XCTAssertEqual(second.map { $0["agency"] as? String }, first.dropFirst(2).map { $0["agency"] as? String })
        let numbered = try run(["measures", "--limit", "1", "--offset", "2", "领导班子研究问题时一把手先定调"])
        XCTAssertTrue(numbered.stdout.hasPrefix("3. "), numbered.stdout)
    }

    func testNoticesTakeTheSearchFilters() throws {
        let all = try run(["notices", "--json"]).json()
        let inYear = try run(["notices", "--json", "--year", "2021"]).json()
        XCTAssertFalse(inYear.isEmpty)
        XCTAssertLessThan(inYear.count, all.count)
        // Exactly the notices whose paragraphs a filtered search draws from.
        let agency = try run(["notices", "--json", "--agency", "交通运输局"]).json()
        XCTAssertFalse(agency.isEmpty)
        for notice in agency { XCTAssertTrue((notice["agency"] as? String ?? "").contains("交通运输局"), "\(notice)") }
        let hits = try run(["search", "--json", "--limit", "1000", "--agency", "交通运输局", "整改"]).json()
        let hitNotices = Set(hits.map { ($0["metadata"] as? [String: Any])?["title"] as? String ?? "" })
        XCTAssertEqual(hitNotices, Set(agency.map { $0["title"] as? String ?? "" }))
        let region = try run(["notices", "--region", "沈阳", "--inspection", "巡察"])
        XCTAssertEqual(region.status, 0, region.stderr)
    }
}
