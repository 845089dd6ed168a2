import Foundation
import XCTest

/// `--corpus` on the command line: empty and system paths refused, another folder refused without
/// `--rebuild`, several folders named in the summary, each error one sentence with status 2.
final class CorpusOptionCLITests: XCTestCase {
    private func assertOneSentence(_ result: CommandLine.Result, mentioning mention: String,
                                   file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(mention), result.stderr, file: file, line: line)
        XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain") || result.stderr.contains("Error Domain"), result.stderr,
                       file: file, line: line)
    }

    func testBadCorpusPathsAreRefused() throws {
        let index = CommandLine.temporaryFolder("bad-corpus").appendingPathComponent("index").path
        assertOneSentence(try CommandLine.run(["index", "--corpus", "", "--index", index]), mentioning: "--corpus")
        for path in ["/proc", "/sys", "/dev", "/"] {
            assertOneSentence(try CommandLine.run(["index", "--corpus", path, "--index", index]), mentioning: "'\(path)'")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: index + "/current"))
    }

    func testAnotherCorpusNeedsRebuild() throws {
        let other = CommandLine.temporaryFolder("other-corpus")
        let result = try CommandLine.run(["index", "--corpus", other.path, "--index", CommandLine.sampleIndex])
        assertOneSentence(result, mentioning: "--rebuild")
        XCTAssertTrue(result.stderr.contains(other.path), result.stderr)
        let still = try CommandLine.run(["index", "--index", CommandLine.sampleIndex, "--json"])
        XCTAssertEqual(still.status, 0, still.stderr)
        let summary = try XCTUnwrap(still.json().first)
        XCTAssertEqual(summary["unchanged"] as? Int, 4)
        XCTAssertEqual(summary["corpora"] as? [String], [CommandLine.root.appendingPathComponent("corpus").path])
    }
}
