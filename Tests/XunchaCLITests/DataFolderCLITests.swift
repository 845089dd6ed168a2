import Foundation
import XCTest

/// The data folders the build writes beside the program (lexicon, synonyms, gazetteer, agency names): a
/// program copied without them, or run where it may not read them, says which in one sentence and exits 2,
/// where it used to stop with a trap.
final class DataFolderCLITests: XCTestCase {
    private func assertOneSentence(_ result: CommandLine.Result, saying words: String, file: StaticString = #filePath,
                                   line: UInt = #line) {
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(words), result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr, file: file, line: line)
    }

    func testAProgramCopiedWithoutItsDataNamesTheFolder() throws {
        let binary = try OrdinaryUser.binaryCopy("bare", withData: false)
        let folder = binary.deletingLastPathComponent().path
        for arguments in [["search", "三重一大"], ["index", "--corpus", CommandLine.root.appendingPathComponent("corpus").path,
                                                 "--index", folder + "/index"]] {
            let result = try OrdinaryUser.run([], binary, arguments)
            assertOneSentence(result, saying: "xuncha cannot find its data folder xuncha_ChineseText.resources, which belongs "
                              + "next to the program in \(folder)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/index"), "nothing is written")
        // Help and the version need no data.
        XCTAssertEqual(try OrdinaryUser.run([], binary, ["--version"]).status, 0)
    }

    func testAProgramReachedThroughALinkFindsItsData() throws {
        let binary = try OrdinaryUser.binaryCopy("linked")
        let link = CommandLine.temporaryFolder("bin").appendingPathComponent("xuncha")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
        let missing = CommandLine.temporaryFolder("no-index").appendingPathComponent("index").path
        let result = try OrdinaryUser.run([], link, ["search", "--index", missing, "三重一大"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains(missing), "the data was found, the index was looked for: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("data"), result.stderr)
    }

    func testUnreadableDataIsOneSentenceNamingTheFile() throws {
        guard let prefix = OrdinaryUser.prefix else { throw XCTSkip("no way to run as an ordinary user here") }
        let binary = try OrdinaryUser.binaryCopy("unreadable-data")
        let products = binary.deletingLastPathComponent()
        let gazetteer = products.appendingPathComponent("xuncha_NoticeParsing.resources/Resources/gazetteer.tsv")
        chmod(gazetteer.path, 0)
        assertOneSentence(try OrdinaryUser.run(prefix, binary, ["search", "三重一大"]),
                          saying: "xuncha cannot read its data file \(gazetteer.path): Permission denied")
        let lexicon = products.appendingPathComponent("xuncha_ChineseText.resources")
        chmod(lexicon.path, 0)
        defer { chmod(lexicon.path, 0o755) }
        assertOneSentence(try OrdinaryUser.run(prefix, binary, ["search", "三重一大"]),
                          saying: "xuncha cannot read its data file \(lexicon.path)/Resources/lexicon.txt: Permission denied")
    }
}
