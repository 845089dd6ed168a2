import Foundation
import XCTest

/// `chmod 000` on a corpus subfolder, with `xuncha index` run as an ordinary user: as root it is run through
/// `setpriv` as `nobody`, since root lists any folder whatever its permissions.
final class UnreadableFolderCLITests: XCTestCase {
    /// The command line that runs `xuncha` as an ordinary user, or nil when that cannot be done here.
    private static var asOrdinaryUser: [String]? {
        if getuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    }

    /// The binary and its resource bundles copied where the ordinary user can read them: the build folder may
    /// lie inside a folder only root may enter.
    private static let readableBinary: String = {
        let products = CommandLine.binary.deletingLastPathComponent()
        let copy = CommandLine.temporaryFolder("products")
        chmod(copy.path, 0o755)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: products.path)) ?? [])
            .filter { $0 == "xuncha" || $0.hasSuffix(".resources") }
        for name in names {
            try! FileManager.default.copyItem(at: products.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return copy.appendingPathComponent("xuncha").path
    }()

    private func run(_ prefix: [String], _ arguments: [String]) throws -> CommandLine.Result {
        let process = Process()
        let command = prefix + [Self.readableBinary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLine.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                  stderr: String(decoding: errData, as: UTF8.self))
    }

    func testAFolderThatCannotBeListedKeepsItsParagraphs() throws {
        guard let prefix = Self.asOrdinaryUser else { throw XCTSkip("no way to run as an ordinary user here") }
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
