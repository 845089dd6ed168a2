import Foundation
import XCTest

/// Numbers out of range, negative numbers and failed writes: each is one sentence and a status, never a trap.
final class HostileArgumentTests: XCTestCase {
    func testNumbersAreCheckedWhenParsedWithTheirRange() throws {
        let index = CommandLine.sampleIndex
        let cases: [([String], String, String)] = [
            (["search", "整改", "--offset", "9223372036854775807"], "is invalid for \'--offset <", "give a whole number from 0 to"),
            (["search", "整改", "--offset", "4294967296"], "is invalid for \'--offset <", "give a whole number from 0 to"),
            (["search", "整改", "--offset", "-3"], "is invalid for \'--offset <", "give a whole number from 0 to"),
            (["search", "整改", "--limit", "-1"], "is invalid for \'--limit <", "give a whole number from 1 to"),
            (["search", "整改", "--limit", "0"], "is invalid for \'--limit <", "give a whole number from 1 to"),
            (["search", "整改", "--limit", "ten"], "is invalid for \'--limit <", "give a whole number from 1 to"),
            (["measures", "一把手先定调", "--limit", "2000000000000000000"], "is invalid for \'--limit <", "give a whole number from 1 to"),
            (["similar", "002_31241be4ef401e8a.txt:1216", "--limit", "99999999999999999999"], "is invalid for '--limit <", "give a whole number from 1 to"),
            (["search", "整改", "--year", "-2021"], "is invalid for '--year <", "give a whole number from 1949 to 2200"),
        ]
        for (arguments, option, range) in cases {
            let result = try CommandLine.run(arguments + ["--index", index])
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(option) && result.stderr.contains(range), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Missing value"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
        let corpus = CommandLine.root.appendingPathComponent("corpus").path
        let commit = try CommandLine.run(["index", "--corpus", corpus, "--index", CommandLine.temporaryFolder("c").path + "/i",
                                          "--commit-every", "9223372036854775807"])
        XCTAssertEqual(commit.status, 2, commit.stderr)
        XCTAssertTrue(commit.stderr.contains("--commit-every") && commit.stderr.contains("whole number from 1 to"), commit.stderr)
        let widest = try CommandLine.run(["search", "--index", index, "--json", "--limit", "100000", "--offset", "10000000", "整改"])
        XCTAssertEqual(widest.status, 1, widest.stderr)
    }

    /// Runs xuncha through sh, so that its stdout can be redirected, closed or piped as a user's shell would.
    private func shell(_ script: String, _ arguments: [String]) throws -> CommandLine.Result {
        try CommandLine.runShell(script, arguments: arguments)
    }

    func testAValueAnOptionDoesNotTakeIsOneLineListingThoseItTakes() throws {
        let result = try CommandLine.run(["search", "--index", CommandLine.temporaryFolder("role").path, "--role", "hero", "整改"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "xuncha: The value 'hero' is invalid for '--role <role>'. Please provide one of the following: "
                       + "title, preamble, heading, problem, measure, outcome, summary, signature\n")
    }

    func testAFullDiskOnStdoutIsOneSentenceAndStatusTwo() throws {
        let result = try shell(#""$0" "$@" > /dev/full"#, ["search", "--index", CommandLine.sampleIndex, "三重一大"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertEqual(result.stderr, "xuncha: cannot write the results: No space left on device\n")
    }

    func testAClosedStdoutIsOneSentenceAndStatusTwo() throws {
        let result = try shell(#""$0" "$@" >&-"#, ["search", "--index", CommandLine.sampleIndex, "三重一大"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertEqual(result.stderr, "xuncha: cannot write the results: standard output is closed\n")
    }

    func testAReaderThatLeftEndsXunchaQuietly() throws {
        for trap in ["trap '' PIPE; ", ""] {
            // The reader is gone before xuncha starts; xuncha's own status is echoed on stderr.
            let script = trap + #"(sleep 0.3; "$0" "$@"; echo "status $?" >&2) | true"#
            let result = try shell(script, ["search", "--index", CommandLine.sampleIndex, "--limit", "500", "整改"])
            XCTAssertEqual(result.stderr, "status 141\n", trap)
        }
    }
}
