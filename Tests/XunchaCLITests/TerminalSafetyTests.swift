import Foundation
import XCTest

/// Control characters in corpus text and file names never reach a terminal raw: human output shows them
/// escaped (`\e`, `\x07`, `\n`, `\u{202E}`), colour or not, and `--json` keeps the text as it is.
final class TerminalSafetyTests: XCTestCase {
    static let hostileLine = "一、存在问题：落实“三重一大”制度不严格\u{1B}]0;pwned\u{07}，\u{1B}[2J清屏\u{9B}2J测试\u{202E}倒序。"
    /// A long paragraph whose snippet is cut right after an ESC: the match is at 40, the snippet starts 30
    /// characters before it and holds 160, so it ends just after the ESC at 169.
    static let longLine = String(repeating: "甲", count: 40) + "三重一大" + String(repeating: "乙", count: 125)
        + "\u{1B}[2J" + String(repeating: "丙", count: 50)

    static let index: String = {
        let folder = CommandLine.temporaryFolder("hostile")
        let corpus = folder.appendingPathComponent("corpus")
        try! FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let text = "中共测试县审计局党组关于巡察整改情况的通报\n根据县委统一部署，2021年4月至5月，县委第一巡察组对县审计局党组进行了巡察。\n"
            + hostileLine + "\n" + longLine + "\n"
        try! Data(text.utf8).write(to: corpus.appendingPathComponent("evil\nname\u{1B}[31m.txt"))
        let index = folder.appendingPathComponent("index").path
        let built = try! CommandLine.run(["index", "--corpus", corpus.path, "--index", index])
        precondition(built.status == 0, built.stderr)
        XCTAssertFalse(built.stdout.contains("\u{1B}"))
        return index
    }()

    /// Every ESC in `text` starts one of xuncha's own colour sequences.
    private func onlyStyleSequences(_ text: String) -> Bool {
        let withoutStyles = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        return !withoutStyles.unicodeScalars.contains { TerminalSafetyTests.isUnsafe($0) && $0 != "\n" }
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
    }

    func testHumanOutputEscapesControlCharacters() throws {
        for colour in ["never", "always"] {
            let result = try CommandLine.run(["search", "--index", Self.index, "--color", colour, "\"三重一大\""])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(onlyStyleSequences(result.stdout), colour + ": " + result.stdout.debugDescription)
            let plain = result.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            XCTAssertTrue(plain.contains(#"\e]0;pwned\x07，\e[2J清屏\x9B2J测试\u{202E}倒序"#), plain)
            XCTAssertTrue(plain.hasPrefix(#"evil\nname\e[31m.txt:3  "#), plain)
            // The snippet of the long paragraph ends on the escaped ESC, whole.
            XCTAssertTrue(plain.contains(#"乙\e…"#), plain)
            XCTAssertEqual(plain.split(separator: "\n").filter { $0.hasPrefix("evil") }.count, 2, "one header line per hit")
        }
    }

    func testEveryReadingCommandEscapes() throws {
        let reference = "evil\nname\u{1B}[31m.txt:3"
        for arguments in [["show", reference], ["notices"], ["measures", "三重一大制度不严格"], ["similar", reference]] {
            let result = try CommandLine.run(arguments + ["--index", Self.index, "--color", "never"])
            XCTAssertTrue(onlyStyleSequences(result.stdout), "\(arguments): " + result.stdout.debugDescription)
            XCTAssertTrue(onlyStyleSequences(result.stderr), "\(arguments): " + result.stderr.debugDescription)
        }
        let show = try CommandLine.run(["show", reference, "--index", Self.index])
        XCTAssertTrue(show.stdout.contains(#"\e]0;pwned\x07"#), show.stdout)
    }

    func testJSONKeepsTheTextAsItIs() throws {
        let result = try CommandLine.run(["search", "--index", Self.index, "--json", "\"三重一大\""])
        let hits = try result.json()
        XCTAssertEqual(hits.first?["text"] as? String, Self.hostileLine)
        XCTAssertEqual(hits.first?["source"] as? String, "evil\nname\u{1B}[31m.txt")
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "JSON escapes ESC as \\u001b")
    }
}
