import Foundation
import XCTest

/// An index built by root, updated by an ordinary user who may not write its lock files: one sentence naming
/// the lock file and the permission problem, never Xapian's words, never "another indexing run".
final class LockFileCLITests: XCTestCase {
    private static let readableBinary = try! OrdinaryUser.binaryCopy("lock-products")

    /// An index of a small corpus, built by root; everyone may enter its folders and change the corpus.
    private func rootsIndex(_ name: String) throws -> (corpus: URL, index: String) {
        let folder = CommandLine.temporaryFolder(name)
        chmod(folder.path, 0o755)
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        chmod(corpus.path, 0o777)
        for file in ["000_8d2eff55063ca2b4.txt", "001_8be801cd753d7ffb.txt"] {
            try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/" + file),
                                             to: corpus.appendingPathComponent(file))
        }
        let index = folder.appendingPathComponent("index").path
        let built = try CommandLine.run(["index", "--corpus", corpus.path, "--index", index])
        XCTAssertEqual(built.status, 0, built.stderr)
        // A change to index, so that the run opens the shards for writing.
        try Data("中共某局党组关于巡察整改情况的通报\n针对公务用车问题，完善制度。\n".utf8)
            .write(to: corpus.appendingPathComponent("new.txt"))
        chmod(corpus.appendingPathComponent("new.txt").path, 0o644)
        return (corpus, index)
    }

    private func assertOneSentenceNaming(_ lockFile: String, _ result: CommandLine.Result, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, result.stderr, line: line)
        XCTAssertEqual(result.stderr, "xuncha: cannot write the lock file '\(lockFile)': Permission denied\n", line: line)
    }

    func testXunchasOwnLockFileThatCannotBeWrittenIsNamed() throws {
        guard let prefix = OrdinaryUser.prefix, !prefix.isEmpty else { throw XCTSkip("needs root, to run xuncha as another user") }
        let (_, index) = try rootsIndex("own-lock")
        chmod(index, 0o777)
        let result = try OrdinaryUser.run(prefix, Self.readableBinary, ["index", "--index", index])
        assertOneSentenceNaming(index + "/lock", result)
    }

    func testTheLockFileOfAShardThatCannotBeWrittenIsNamed() throws {
        guard let prefix = OrdinaryUser.prefix, !prefix.isEmpty else { throw XCTSkip("needs root, to run xuncha as another user") }
        let (_, index) = try rootsIndex("shard-lock")
        // xuncha's own lock may be taken; the shards, and Xapian's lock file in each, are root's.
        chmod(index, 0o777)
        chmod(index + "/lock", 0o666)
        let generation = URL(fileURLWithPath: index + "/current").resolvingSymlinksInPath().path
        let result = try OrdinaryUser.run(prefix, Self.readableBinary, ["index", "--index", index])
        assertOneSentenceNaming(generation + "/shard-0/flintlock", result)
        // Nothing was changed: the index answers as before for root.
        let search = try CommandLine.run(["search", "\"公务用车\"", "--index", index, "--json"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertFalse(search.stdout.contains("new.txt"))
    }
}
