import Foundation
import XCTest

/// A file without line breaks is indexed as far as 256 KB of its one line, named on stderr, and `xuncha index`
/// exits 3; the rest of the corpus is indexed as usual.
final class LargeFileCLITests: XCTestCase {
    func testALineTooLongToIndexWholeIsNamedAndExits3() throws {
        let folder = CommandLine.temporaryFolder("one-line")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let sentence = "针对公务用车管理不规范问题，完善制度，严格审批。"
        try Data(String(repeating: sentence, count: 20_000).utf8).write(to: corpus.appendingPathComponent("one-line.txt"))
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/003_37d7a444f6573249.txt"),
                                         to: corpus.appendingPathComponent("003.txt"))
        let index = folder.appendingPathComponent("index").path
        let result = try CommandLine.run(["index", "--corpus", corpus.path, "--index", index, "--json"])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertEqual(result.stderr, "xuncha: shortened one-line.txt: line 1 is longer than 256 KB: only the first 256 KB of it is indexed\n")
        let summary = try XCTUnwrap(result.json().first)
        XCTAssertEqual(summary["added"] as? Int, 2)
        XCTAssertEqual((summary["shortened"] as? [[String: Any]])?.first?["source"] as? String, "one-line.txt")
        let found = try CommandLine.run(["search", "--index", index, "--json", "\"公务用车\""])
        XCTAssertTrue(found.lines.contains { $0.contains("\"source\":\"one-line.txt\"") }, found.stdout)
    }
}
