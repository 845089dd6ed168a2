import Foundation
import XCTest

/// The index folder from the command line: nothing of the user's is deleted or created by mistake, and every
/// refusal is one sentence.
final class IndexFolderCLITests: XCTestCase {
    func testAFolderOfOtherFilesIsRefusedAndItsFilesKept() throws {
        let folder = CommandLine.temporaryFolder("mydata")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mydata"), withIntermediateDirectories: true)
        let precious = folder.appendingPathComponent("mydata/db-2023.sqlite")
        try "x\n".write(to: precious, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus"),
                                         to: folder.appendingPathComponent("corpus"))
        for arguments in [["search", "--index", "mydata", "三重一大"], ["index", "--index", "mydata"],
                          ["index", "--index", "mydata", "--rebuild"], ["notices", "--index", "mydata"]] {
            let result = try CommandLine.run(arguments, in: folder)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.contains("mydata"), result.stderr)
            XCTAssertFalse(result.stderr.contains("--rebuild"), "no advice to overwrite: \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
        XCTAssertEqual(try String(contentsOf: precious, encoding: .utf8), "x\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("mydata").path),
                       ["db-2023.sqlite"])
    }

    func testAReadingCommandNeverCreatesAnIndexItWasNotAskedFor() throws {
        let folder = CommandLine.temporaryFolder("typo")
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus"),
                                         to: folder.appendingPathComponent("corpus"))
        for command in [["search", "三重一大"], ["measures", "一把手先定调"]] {
            let result = try CommandLine.run(command + ["--index", "indx"], in: folder)
            XCTAssertEqual(result.status, 2, result.stderr)
            XCTAssertTrue(result.stderr.contains("no index at"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("indx").path))
        }
    }

    func testBadIndexPathsAreOneSentence() throws {
        let folder = CommandLine.temporaryFolder("paths")
        try "hello\n".write(to: folder.appendingPathComponent("afile"), atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["search", "--index", "README.md", "三重一大"], "is a file"),
            (["index", "--index", "afile/x"], "is a file"),
            (["search", "--index", "afile/x", "三重一大"], "no index"),
            (["index", "--index", "/proc/self/idx"], "system folder"),
            (["search", "--index", "/proc/self/idx", "三重一大"], "system folder"),
            (["index", "--index", "/"], "system folder"),
            (["index", "--index", "/etc"], "system folder"),
            (["index", "--index", "/usr"], "system folder"),
            (["search", "--index", "", "三重一大"], "--index"),
        ]
        for (arguments, mention) in cases {
            let result = try CommandLine.run(arguments, in: arguments.contains("README.md") ? CommandLine.root : folder)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(mention), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/lock"))
    }

    func testTwoSearchesStartingOnAMissingIndexBothAnswer() throws {
        let folder = CommandLine.temporaryFolder("two-searches")
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus"),
                                         to: folder.appendingPathComponent("corpus"))
        let group = DispatchGroup()
        let lock = NSLock()
        nonisolated(unsafe) var results: [CommandLine.Result] = []
        for _ in 0..<2 {
            DispatchQueue.global().async(group: group) {
                let result = try? CommandLine.run(["search", "--limit", "1", "三重一大"], in: folder)
                lock.withLock { if let result { results.append(result) } }
            }
        }
        group.wait()
        XCTAssertEqual(results.count, 2)
        for result in results {
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertFalse(result.stderr.contains("another"), result.stderr)
        }
        let generations = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("index").path)
            .filter { $0.hasPrefix("db-") }
        XCTAssertEqual(generations.count, 1)
    }
}
