import Foundation
import XCTest

/// `xuncha check` and damage met by the reading commands, as a user sees them.
final class CheckCLITests: XCTestCase {
    private func copyOfSampleIndex(_ name: String) throws -> String {
        let copy = CommandLine.temporaryFolder(name).appendingPathComponent("index")
        try FileManager.default.copyItem(atPath: CommandLine.sampleIndex, toPath: copy.path)
        return copy.path
    }

    func testASoundIndexPassesWithStatusZero() throws {
        let result = try CommandLine.run(["check", "--index", CommandLine.sampleIndex])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.lines.last, "sound")
        let json = try XCTUnwrap(CommandLine.run(["check", "--index", CommandLine.sampleIndex, "--json"]).json().first)
        XCTAssertEqual(json["sound"] as? Bool, true)
        XCTAssertEqual(json["notices"] as? Int, 38)
        XCTAssertEqual((json["shards"] as? [[String: Any]])?.count, 2)
    }

    func testFlippedBytesAreReportedWithStatusTwo() throws {
        let index = try copyOfSampleIndex("check-flipped")
        let table = URL(fileURLWithPath: index + "/current/shard-0/postlist.glass")
        var bytes = try Data(contentsOf: table)
        for offset in stride(from: 8192 * 3 + 100, to: 8192 * 3 + 4000, by: 37) { bytes[offset] ^= 0x5A }
        try bytes.write(to: table)
        let result = try CommandLine.run(["check", "--index", index])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.lines.last, "damaged")
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains(index) && result.stderr.contains("--rebuild"), result.stderr)
    }

    func testAMissingTableIsOneSentenceNamingTheIndex() throws {
        let index = try copyOfSampleIndex("check-docdata")
        try FileManager.default.removeItem(atPath: index + "/current/shard-0/docdata.glass")
        for arguments in [["search", "三重一大"], ["search", "\"三重一大\""], ["notices"], ["check"]] {
            let result = try CommandLine.run(arguments + ["--index", index])
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("'\(index)'"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
        let repaired = try CommandLine.run(["index", "--index", index])
        XCTAssertEqual(repaired.status, 0, repaired.stderr)
        XCTAssertTrue(repaired.stdout.contains("rebuilt"), repaired.stdout)
        XCTAssertEqual(try CommandLine.run(["check", "--index", index]).status, 0)
    }

    func testAnUnreadableManifestIsOneSentenceForNotices() throws {
        // The manifest lists the notices: one that cannot be decoded must not look like an empty index.
        let index = try copyOfSampleIndex("notices-manifest")
        let set = try CommandLine.runProgram("/usr/bin/xapian-metadata",
                                             ["set", index + "/current/shard-0", "xuncha:manifest", "{\"files\": [unreadable"])
        XCTAssertEqual(set.status, 0, set.stderr)
        for arguments in [["notices"], ["notices", "--json"], ["notices", "--agency", "局"]] {
            let result = try CommandLine.run(arguments + ["--index", index])
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("xuncha: the index at '\(index)' is damaged (its file manifest is unreadable)"),
                          result.stderr)
        }
    }
}
