import Foundation
import XCTest

/// A full disk loses nothing and leaves nothing; a read-only disk is one sentence. Each test mounts a small
/// tmpfs, so it needs root (it is skipped, saying so, otherwise).
final class DiskFaultTests: XCTestCase {
    private var mounted: [String] = []

    override func tearDown() {
        for folder in mounted.reversed() { _ = try? Self.system("/bin/umount", [folder]) }
        mounted = []
    }

    /// A tmpfs of `megabytes` mounted on a new folder.
    private func mountSmallDisk(_ name: String, megabytes: Int) throws -> URL {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
        let folder = CommandLine.temporaryFolder(name)
        guard try Self.system("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", folder.path]) == 0 else {
            throw XCTSkip("this machine does not let tmpfs be mounted")
        }
        mounted.append(folder.path)
        return folder
    }

    @discardableResult
    private static func system(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static func free(_ folder: URL) -> Int {
        var info = statvfs()
        statvfs(folder.path, &info)
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// Fills the disk until about `leaving` bytes are free.
    private static func fill(_ folder: URL, leaving: Int) throws -> URL {
        let filler = folder.appendingPathComponent("filler")
        try Data(count: max(0, free(folder) - leaving)).write(to: filler)
        return filler
    }

    private static func smallCorpus(in folder: URL) throws -> URL {
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in ["000_8d2eff55063ca2b4.txt", "001_8be801cd753d7ffb.txt", "003_37d7a444f6573249.txt"] {
            try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/" + name),
                                             to: corpus.appendingPathComponent(name))
        }
        return corpus
    }

    private static func generations(_ index: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: index.path)) ?? []).filter { $0.hasPrefix("db-") }
    }

    func testAFullDiskLeavesNothingAndTheNextRunWorksOnceThereIsRoom() throws {
        let disk = try mountSmallDisk("full", megabytes: 4)
        let corpus = try Self.smallCorpus(in: CommandLine.temporaryFolder("full-corpus"))
        let index = disk.appendingPathComponent("index")
        let filler = try Self.fill(disk, leaving: 300 << 10)
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
        _ = try Self.fill(disk, leaving: 400 << 10)
        let refused = try CommandLine.run(["index", "--index", index.path, "--rebuild"])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("not enough room to rebuild"), refused.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: index.path).sorted(), before)
        XCTAssertEqual(try CommandLine.run(["search", "--index", index.path, "--limit", "1", "整改"]).status, 0)
    }

    func testAFullDiskDuringAnUpdateKeepsTheLastCommit() throws {
        let disk = try mountSmallDisk("update", megabytes: 24)
        let corpus = try Self.smallCorpus(in: CommandLine.temporaryFolder("update-corpus"))
        let index = disk.appendingPathComponent("index")
        XCTAssertEqual(try CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path]).status, 0)
        let before = try CommandLine.run(["search", "--index", index.path, "--json", "--limit", "100000", "\"整改\""]).stdout

        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/002_31241be4ef401e8a.txt"),
                                         to: corpus.appendingPathComponent("002_31241be4ef401e8a.txt"))
        let filler = try Self.fill(disk, leaving: 200 << 10)
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
        let corpus = try Self.smallCorpus(in: disk)
        let index = disk.appendingPathComponent("index")
        XCTAssertEqual(try CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path]).status, 0)
        try FileManager.default.removeItem(at: index.appendingPathComponent("lock"))
        let elsewhere = disk.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("000_8d2eff55063ca2b4.txt"),
                                         to: elsewhere.appendingPathComponent("corpus/000_8d2eff55063ca2b4.txt"))
        XCTAssertEqual(try Self.system("/bin/mount", ["-o", "remount,ro", disk.path]), 0)

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
