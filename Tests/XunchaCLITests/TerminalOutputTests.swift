import Foundation
import XCTest

/// On a terminal, results go through `$PAGER` and long lines wrap with their indent; through a pipe, neither.
final class TerminalOutputTests: XCTestCase {
    /// Runs xuncha on a pseudo-terminal of `columns` columns (util-linux `script`), stdout and stderr merged.
    private func onTerminal(_ arguments: [String], columns: Int = 60, pager: String = "sed s/^/P:/") throws -> [String] {
        let quoted = ([CommandLine.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
        let script = "stty cols \(columns); exec " + quoted.joined(separator: " ")
        let result = try CommandLine.runProgram("/usr/bin/script", ["-qec", script, "/dev/null"], environment: ["PAGER": pager])
        return result.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }

    private let search = ["search", "--index", CommandLine.sampleIndex, "--color", "never", "--limit", "3", "三重一大"]

    func testATerminalPagesAndAPipeDoesNot() throws {
        let paged = try onTerminal(search)
        let results = paged.filter { !$0.hasPrefix("(") }
        XCTAssertFalse(results.isEmpty)
        XCTAssertTrue(results.allSatisfy { $0.hasPrefix("P:") }, "\(paged)")
        // The note on stderr waits until the pager has quit, instead of writing over its screen.
        XCTAssertTrue(paged.last?.hasPrefix("(3 of ") == true, "\(paged)")

        let unpaged = try onTerminal(search + ["--no-pager"])
        XCTAssertFalse(unpaged.contains { $0.hasPrefix("P:") }, "\(unpaged)")
        let noPager = try onTerminal(search, pager: "")
        XCTAssertFalse(noPager.contains { $0.hasPrefix("P:") }, "\(noPager)")

        let piped = try CommandLine.run(search, environment: ["PAGER": "sed s/^/P:/"])
        XCTAssertFalse(piped.stdout.contains("P:"))
    }

    func testLongLinesWrapWithTheirIndentOnATerminalOnly() throws {
        let lines = try onTerminal(search + ["--no-pager"], columns: 60).filter { !$0.hasPrefix("(") }
        for line in lines {
            let width = line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
            XCTAssertLessThanOrEqual(width, 60, line)
        }
        // Each snippet is a few lines, every one of them indented as the first.
        let headers = lines.filter { $0.range(of: #"^\S+\.txt:\d+  "#, options: .regularExpression) != nil }
        let indented = lines.filter { $0.hasPrefix("    ") }
        XCTAssertEqual(headers.count, 3, "\(lines)")
        XCTAssertGreaterThan(indented.count, 6, "\(lines)")

        let piped = try CommandLine.run(search, environment: ["COLUMNS": "60"])
        XCTAssertEqual(piped.lines.filter { !$0.isEmpty }.count, 6, "one header and one snippet line per hit")
    }
}
