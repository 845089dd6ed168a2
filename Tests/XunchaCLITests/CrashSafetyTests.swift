import Foundation
import XCTest

/// `xuncha index` killed with SIGKILL at any moment leaves an index that opens at its last commit, and the
/// next run brings it to exactly what a clean build gives. A second writer fails at once.
final class CrashSafetyTests: XCTestCase {
    func testKilledIndexingRecoversToTheCleanBuild() throws {
        let folder = CommandLine.temporaryFolder("kill")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus"), to: corpus)
        let index = folder.appendingPathComponent("index").path
        XCTAssertEqual(try CommandLine.run(["index", "--corpus", corpus.path, "--index", index]).status, 0)

        // New files arrive: enough text for several commits while the runs below are killed.
        let big = try Data(contentsOf: corpus.appendingPathComponent("002_31241be4ef401e8a.txt"))
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("new"), withIntermediateDirectories: true)
        for copy in 1...4 {
            try big.write(to: corpus.appendingPathComponent("new/copy-\(copy).txt"))
        }

        // Killed as it starts, and after its first, second and third commits: moments told by the index itself
        // (each commit replaces shard 0's version file), not by the clock.
        var killedMidway = 0
        for commits in 0...3 {
            let before = Self.commitMark(index)
            let process = try Self.start(["index", "--index", index, "--commit-every", "1"])
            let reached = Self.wait(forCommits: commits, after: before, of: process, index: index)
            if commits == 1 && reached {
                let second = try CommandLine.run(["index", "--index", index])
                if process.isRunning {
                    XCTAssertEqual(second.status, 2, second.stderr)
                    XCTAssertTrue(second.stderr.contains("another"), second.stderr)
                }
            }
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let search = try CommandLine.run(["search", "--index", index, "--json", "--limit", "1", "\"三重一大\""])
            XCTAssertEqual(search.status, 0, "after a kill at commit \(commits): \(search.stderr)")
        }
        XCTAssertGreaterThan(killedMidway, 0, "no run was killed while it worked")
        XCTAssertEqual(try CommandLine.run(["index", "--index", index]).status, 0)

        let clean = folder.appendingPathComponent("clean").path
        XCTAssertEqual(try CommandLine.run(["index", "--corpus", corpus.path, "--index", clean]).status, 0)
        XCTAssertEqual(try CommandLine.run(["notices", "--index", index, "--json"]).stdout,
                       try CommandLine.run(["notices", "--index", clean, "--json"]).stdout)
        // Ranked queries too: the copy that stands for identical paragraphs does not depend on the order the
        // documents were added in.
        for query in ["\"三重一大\"", "\"整改\"", "公务用车管理不规范", "党费"] {
            XCTAssertEqual(try Self.hits(query, index: index, by: Self.location),
                           try Self.hits(query, index: clean, by: Self.location), query)
        }
    }

    /// What identifies the index's last commit: its live generation's shard 0 version file, which Xapian
    /// replaces at each commit (shard 0 commits last).
    private static func commitMark(_ index: String) -> String? {
        var status = stat()
        guard stat(index + "/current/shard-0/iamglass", &status) == 0 else { return nil }
        return "\(status.st_ino):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }

    /// Waits until `process` has made `count` commits after `start`, or has ended; whether it made them.
    private static func wait(forCommits count: Int, after start: String?, of process: Process, index: String) -> Bool {
        var mark = start
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while seen < count && process.isRunning && Date() < deadline {
            let now = commitMark(index)
            if now != mark {
                mark = now
                seen += 1
            } else {
                usleep(2_000)  // a poll of the folder, not a guess at how long indexing takes
            }
        }
        return seen >= count
    }

    private static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandLine.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private static func hits(_ query: String, index: String, by key: ([String: Any]) -> String) throws -> [String] {
        let hits = try CommandLine.run(["search", "--index", index, "--json", "--limit", "100000", query]).json()
        return hits.map(key).sorted()
    }

    private static func location(_ hit: [String: Any]) -> String { "\(hit["source"]!):\(hit["line"]!)" }
}
