import Foundation
import XCTest

/// `chmod 000` on a corpus subfolder, with `xuncha index` run as an ordinary user: as root it is run through
/// `setpriv` as `nobody`, since root lists any folder whatever its permissions.
final class UnreadableFolderCLITests: XCTestCase {
    private static let readableBinary = try! OrdinaryUser.binaryCopy("products")

    private func run(_ prefix: [String], _ arguments: [String]) throws -> CommandLine.Result {
        try OrdinaryUser.run(prefix, Self.readableBinary, arguments)
    }

    func testAFolderThatCannotBeListedKeepsItsParagraphs() throws {
        guard let prefix = OrdinaryUser.prefix else { throw XCTSkip("no way to run as an ordinary user here") }
        let folder = CommandLine.temporaryFolder("unlisted")
        chmod(folder.path, 0o777)
        let corpus = folder.appendingPathComponent("corpus")
        let sub = corpus.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/002_31241be4ef401e8a.txt"),
                                         to: sub.appendingPathComponent("notice.txt"))
        let index = folder.appendingPathComponent("index").path
        let first = try run(prefix, ["index", "--corpus", corpus.path, "--index", index])
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try run(prefix, ["search", "\"三重一大\"", "--index", index, "--json", "--limit", "1000"])
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertFalse(before.lines.isEmpty)

        chmod(sub.path, 0)
        defer { chmod(sub.path, 0o755) }
        let second = try run(prefix, ["index", "--index", index])
        XCTAssertEqual(second.status, 3, second.stderr)
        XCTAssertTrue(second.stderr.contains("sub"), second.stderr)
        XCTAssertTrue(second.stdout.contains("0 removed"), second.stdout)
        let after = try run(prefix, ["search", "\"三重一大\"", "--index", index, "--json", "--limit", "1000"])
        XCTAssertEqual(after.lines.count, before.lines.count)
    }
}
