import Foundation
import XCTest
@testable import XunchaIndex

/// What the scanner reads: links only inside the corpus unless asked, names that are not UTF-8, and edits
/// whose modification time was set back.
final class CorpusEntryTests: XCTestCase {
    private static let notice = "中共某市测试局党组关于巡察整改进展情况的通报\n针对“公车私用屡禁不止”问题\n整改情况：一是制定《公务用车管理办法》。\n"

    private func makeIndexer(_ corpus: URL) -> (Indexer, IndexDirectory) {
        let directory = IndexDirectory(path: corpus.deletingLastPathComponent().appendingPathComponent("index").path)
        return (Indexer(directory: directory, analyzer: SampleCorpus.analyzer), directory)
    }

    func testLinksAreFollowedOnlyInsideTheCorpusUnlessAsked() throws {
        let corpus = SampleCorpus.copy("links")
        let outside = corpus.deletingLastPathComponent().appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Self.notice.write(to: outside.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let links: [(String, String)] = [
            ("inside.txt", corpus.appendingPathComponent("000_8d2eff55063ca2b4.txt").path),
            ("secret.txt", outside.appendingPathComponent("secret.txt").path),
            ("outside", outside.path),
            ("etc", "/etc"),
            ("passwd.txt", "/etc/passwd"),
            ("proc", "/proc"),
        ]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent(name).path, withDestinationPath: target)
        }
        let scan = try CorpusScanner().scan(corpus)
        XCTAssertEqual(scan.files.count, 5, "the sample files and the link to one of them")
        XCTAssertEqual(Set(scan.linksNotFollowed), ["secret.txt", "outside", "etc", "passwd.txt", "proc"])

        // Not walked in a test even when links are followed: /etc is large and not ours.
        for name in ["etc", "passwd.txt"] { try FileManager.default.removeItem(at: corpus.appendingPathComponent(name)) }
        var following = CorpusScanner()
        following.followLinks = true
        let followed = try following.scan(corpus)
        XCTAssertTrue(followed.files.map(\.source).contains("secret.txt"))
        XCTAssertTrue(followed.files.map(\.source).contains("outside/secret.txt"))
        XCTAssertEqual(followed.linksNotFollowed, ["proc"], "never into /proc, /sys or /dev")

        let (indexer, directory) = makeIndexer(corpus)
        let summary = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertEqual(Set(summary.linksNotFollowed), ["secret.txt", "outside", "proc"])
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(try index.locations("\"公车私用屡禁不止\""), [])

        // Asked once, remembered: the next run without the option keeps following.
        indexer.followLinks = true
        _ = try indexer.run(corpus: nil, rebuild: false)
        indexer.followLinks = nil
        let again = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(again.removed, 0)
        try index.database.reopen()
        XCTAssertEqual(Set(try index.locations("\"公车私用屡禁不止\"")), ["secret.txt:2", "outside/secret.txt:2"])
    }

    func testANameThatIsNotUTF8IsIndexedUnderAnEscapedName() throws {
        let corpus = SampleCorpus.temporaryFolder("latin1").appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let path = FileSystemName.joined(FileSystemName.bytes(corpus.path), Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        let descriptor = FileSystemName.withCString(path) { open($0, O_WRONLY | O_CREAT, 0o644) }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        _ = Array(Self.notice.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)

        let (indexer, directory) = makeIndexer(corpus)
        let summary = try indexer.run(corpus: corpus.path, rebuild: false)
        XCTAssertEqual(summary.failed.map(\.source), [])
        XCTAssertEqual(summary.added, 1)
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(try index.locations("\"公车私用屡禁不止\""), ["caf\\xE9.txt:2"])
    }

    func testAnEditWhoseTimeWasSetBackIsIndexed() throws {
        let corpus = SampleCorpus.temporaryFolder("ctime").appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let file = corpus.appendingPathComponent("a.txt")
        try Self.notice.write(to: file, atomically: false, encoding: .utf8)
        let (indexer, directory) = makeIndexer(corpus)
        _ = try indexer.run(corpus: corpus.path, rebuild: false)

        // Same size, then both times restored to the nanosecond, as `touch -r` and `cp -p` do.
        var before = stat()
        XCTAssertEqual(stat(file.path, &before), 0)
        Thread.sleep(forTimeInterval: 0.02)
        try Self.notice.replacingOccurrences(of: "公车私用", with: "公款吃喝").write(to: file, atomically: false, encoding: .utf8)
        let times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, file.path, times, 0), 0)
        var after = stat()
        XCTAssertEqual(stat(file.path, &after), 0)
        XCTAssertEqual([after.st_mtim.tv_sec, after.st_mtim.tv_nsec, after.st_size], [before.st_mtim.tv_sec, before.st_mtim.tv_nsec, before.st_size])
        let again = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual(again.updated, 1)
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)
        XCTAssertEqual(try index.locations("\"公款吃喝屡禁不止\""), ["a.txt:2"])

        let unchanged = try indexer.run(corpus: nil, rebuild: false)
        XCTAssertEqual([unchanged.unchanged, unchanged.updated], [1, 0])
        XCTAssertEqual(unchanged.bytesRead, 0)
    }
}
