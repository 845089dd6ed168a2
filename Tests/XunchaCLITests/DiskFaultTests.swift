import Foundation
import XCTest

/// A full disk loses nothing and leaves nothing; a read-only disk is one sentence. Each test mounts a small
/// tmpfs, so it needs root (it is skipped, saying so, otherwise).
final class DiskFaultTests: XCTestCase {
    private var disks: [SmallDisk] = []

    override func tearDown() {
        for disk in disks.reversed() { disk.unmount() }
        disks = []
    }

    private func mountSmallDisk(_ name: String, megabytes: Int) throws -> URL {
        let disk = try SmallDisk(name, megabytes: megabytes)
        disks.append(disk)
        return disk.folder
    }

    private func fill(_ folder: URL, leaving: Int) throws -> URL {
        try XCTUnwrap(disks.first { $0.folder == folder }).fill(leaving: leaving)
    }

    private static func generations(_ index: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: index.path)) ?? []).filter { $0.hasPrefix("db-") }
    }

    func testAFullDiskLeavesNothingAndTheNextRunWorksOnceThereIsRoom() throws {
        let disk = try mountSmallDisk("full", megabytes: 4)
        let corpus = try SmallDisk.smallCorpus(in: CommandLine.temporaryFolder("full-corpus"))
        let index = disk.appendingPathComponent("index")
        let filler = try fill(disk, leaving: 300 << 10)
        let failed = try CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path])
        XCTAssertEqual(failed.status, 2, failed.stderr)
        XCTAssertEqual(failed.stderr.split(separator: "\n").count, 1, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("'\(index.path)' is full") && failed.stderr.contains("needs about"), failed.stderr)
        XCTAssertEqual(Self.generations(index), [], "the unfinished generation is removed at once")

        try FileManager.default.removeItem(at: filler)
        let built = try CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path])
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(try CommandLine.run(["check", "--index", index.path]).status, 0)

        // Too little room for a second generation beside the first: refused before anything is written.
        let before = try FileManager.default.contentsOfDirectory(atPath: index.path).sorted()
        _ = try fill(disk, leaving: 400 << 10)
        let refused = try CommandLine.run(["index", "--index", index.path, "--rebuild"])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("not enough room to rebuild"), refused.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: index.path).sorted(), before)
        XCTAssertEqual(try CommandLine.run(["search", "--index", index.path, "--limit", "1", "整改"]).status, 0)
    }

    func testAFullDiskDuringAnUpdateKeepsTheLastCommit() throws {
        let disk = try mountSmallDisk("update", megabytes: 24)
        let corpus = try SmallDisk.smallCorpus(in: CommandLine.temporaryFolder("update-corpus"))
        let index = disk.appendingPathComponent("index")
        XCTAssertEqual(try CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path]).status, 0)
        let before = try CommandLine.run(["search", "--index", index.path, "--json", "--limit", "100000", "\"整改\""]).stdout

        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/002_31241be4ef401e8a.txt"),
                                         to: corpus.appendingPathComponent("002_31241be4ef401e8a.txt"))
        let filler = try fill(disk, leaving: 200 << 10)
        let failed = try CommandLine.run(["index", "--index", index.path])
        XCTAssertEqual(failed.status, 2, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("is full") && failed.stderr.contains("last commit"), failed.stderr)
        XCTAssertEqual(try CommandLine.run(["check", "--index", index.path]).status, 0)
        XCTAssertEqual(try CommandLine.run(["search", "--index", index.path, "--json", "--limit", "100000", "\"整改\""]).stdout, before)

        try FileManager.default.removeItem(at: filler)
        let completed = try CommandLine.run(["index", "--index", index.path, "--json"])
        XCTAssertEqual(completed.status, 0, completed.stderr)
        XCTAssertTrue(completed.stdout.contains("\"notices\":38"), completed.stdout)
    }

    func testAReadOnlyDiskIsOneSentenceAndStillSearched() throws {
        let disk = try mountSmallDisk("read-only", megabytes: 4)
        let corpus = try SmallDisk.smallCorpus(in: disk)
        let index = disk.appendingPathComponent("index")
        XCTAssertEqual(try CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path]).status, 0)
        try FileManager.default.removeItem(at: index.appendingPathComponent("lock"))
        let elsewhere = disk.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("000_8d2eff55063ca2b4.txt"),
                                         to: elsewhere.appendingPathComponent("corpus/000_8d2eff55063ca2b4.txt"))
        XCTAssertTrue(try XCTUnwrap(disks.last).remountReadOnly())

        XCTAssertEqual(try CommandLine.run(["search", "--index", index.path, "--limit", "1", "整改"]).status, 0)
        for (arguments, folder) in [(["index", "--index", index.path], CommandLine.root),
                                    (["search", "整改"], elsewhere)] {
            let result = try CommandLine.run(arguments, in: folder)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("Read-only file system"), result.stderr)
            XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
    }
}
