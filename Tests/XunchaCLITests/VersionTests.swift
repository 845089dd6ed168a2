import XCTest

/// `--version` names what an index depends on; completion scripts come from the parser.
final class VersionTests: XCTestCase {
    func testVersionNamesXunchaXapianAndTheIndexFormat() throws {
        let result = try CommandLine.run(["--version"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.lines.count, 3, result.stdout)
        XCTAssertNotNil(result.lines[0].range(of: #"^xuncha \d+\.\d+\.\d+$"#, options: .regularExpression), result.stdout)
        XCTAssertNotNil(result.lines[1].range(of: #"^Xapian 1\.\d+\.\d+"#, options: .regularExpression), result.stdout)
        XCTAssertTrue(result.lines[2].hasPrefix("index format xuncha-index-"), result.stdout)
    }

    func testCompletionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try CommandLine.run(["--generate-completion-script", shell])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("measures"), shell)
        }
    }
}
