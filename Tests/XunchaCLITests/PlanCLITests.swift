import Foundation
import TestSupport
import XCTest

/// `xuncha plan` as a user runs it: formats, files written whole, and one sentence for each bad input.
final class PlanCLITests: XCTestCase {
    static let feedback = """
    一、政治建设方面
    1.学习贯彻习近平新时代中国特色社会主义思想不够深入
    2.落实意识形态工作责任制不到位
    二、全面从严治党方面
    （一）“三重一大”事项集体决策制度执行不严格
    （二）公务用车管理不规范，存在公车私用现象
    （三）
    一是财务报销审核不严；二是违规发放津补贴
    （四）量子计算机芯片光刻工艺良率偏低
    """

    private func plan(_ arguments: [String], input: String = feedback, in folder: URL? = nil) throws -> CommandLine.Result {
        try CommandLine.run(["plan", "--index", CommandLine.sampleIndex] + arguments, input: Data(input.utf8), in: folder ?? CommandLine.root)
    }

    func testMarkdownHasATablePerCategoryAndEveryProblem() throws {
        let result = try plan([])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("## 政治建设方面\n\n| 序号 | 问题 | 整改措施（参考） | 参考来源 | 责任单位 | 完成时限 |"))
        XCTAssertTrue(result.stdout.contains("## 全面从严治党方面"))
        for problem in ["学习贯彻习近平新时代中国特色社会主义思想不够深入", "财务报销审核不严", "违规发放津补贴", "公务用车管理不规范"] {
            XCTAssertTrue(result.stdout.contains("| \(problem)"), problem)
        }
        XCTAssertTrue(result.stdout.contains("| 7 | 量子计算机芯片光刻工艺良率偏低 | 未找到先例（no precedent found） |"))
        XCTAssertTrue(result.stderr.contains("no precedent found for problem 7"), result.stderr)
    }

    func testJSONLinesCarryThePrecedentsAsMeasuresPrintsThem() throws {
        let result = try plan(["--format", "json", "--precedents", "2"], input: "1. 公务用车管理不规范\n2. 违规发放津补贴")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.lines
        XCTAssertEqual(lines.count, 2)
        for (line, problem) in zip(lines, ["公务用车管理不规范", "违规发放津补贴"]) {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(object["problem"] as? String, problem)
            XCTAssertTrue(object["category"] is NSNull)
            XCTAssertTrue(line.hasPrefix("{\"problem\":"))
            // The plan ranks precedents by likeness alone, `measures` also by how well they answer: each of the
            // plan's is among those `measures` prints, printed the same way.
            let measures = try CommandLine.run(["measures", "--index", CommandLine.sampleIndex, "--json", "--limit", "10", problem])
            let precedents = try XCTUnwrap(object["precedents"] as? [Any])
            let printed = try precedents.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys), as: UTF8.self) }
            let expected = try measures.lines.map { line -> String in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                return String(decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
            }
            XCTAssertEqual(printed.count, 2)
            for precedent in printed { XCTAssertTrue(expected.contains(precedent), precedent) }
            let suggested = try XCTUnwrap(object["suggested"] as? [[String: Any]])
            XCTAssertFalse(suggested.isEmpty)
            XCTAssertNotNil(suggested.first?["agencies"] as? Int)
            XCTAssertFalse((suggested.first?["sources"] as? [[String: Any]] ?? []).isEmpty)
        }
    }

    func testCSVOpensInExcelAndWPS() throws {
        let folder = CommandLine.temporaryFolder("csv")
        let result = try plan(["--output", "plan.csv"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: folder.appendingPathComponent("plan.csv"))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with a byte-order mark")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("序号,类别,问题,整改措施（参考）,参考来源,责任单位,完成时限\r\n1,政治建设方面,学习贯彻"))
    }

    func testAWordDocumentIsWrittenWholeBesideNothingElse() throws {
        let folder = CommandLine.temporaryFolder("docx")
        let result = try plan(["--output", "plan.docx"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("wrote plan.docx: 7 problems, 6 with precedents"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["plan.docx"])
        let data = try Data(contentsOf: folder.appendingPathComponent("plan.docx"))
        XCTAssertEqual(Array(data.prefix(2)), [0x50, 0x4B], "a ZIP package")
    }

    func testAnExistingFileIsReplacedOnlyWithForce() throws {
        let folder = CommandLine.temporaryFolder("force")
        let target = folder.appendingPathComponent("plan.md")
        try Data("mine".utf8).write(to: target)
        let refused = try plan(["--output", target.path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, "xuncha: '\(target.path)' already exists; give --force to replace it\n")
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "mine")
        let forced = try plan(["--output", target.path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).hasPrefix("# 巡视巡察反馈问题整改方案"))
    }

    func testBadInputIsOneSentenceAndWritesNothing() throws {
        let folder = CommandLine.temporaryFolder("bad")
        let readOnly = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly.path) }
        // Root writes into a read-only folder all the same; /proc refuses everyone.
        let unwritable = getuid() == 0 ? "/proc/plan.docx" : readOnly.appendingPathComponent("plan.docx").path
        let paste = String(repeating: "公务用车管理不规范，存在公车私用现象\n", count: 100_000)
        let cases: [([String], String, String)] = [
            ([], "", "xuncha: the feedback is empty: give the problems, one per line or numbered (1. （一） 一是…)"),
            ([], " \n\n", "xuncha: the feedback is empty"),
            ([], paste, "xuncha: the feedback is 5.2 MB, more than the 512 KB a plan takes"),
            ([], "1.\n（二）\n……\n", "xuncha: the feedback's 3 lines hold only numbering or punctuation, no problem to plan for"),
            (["--output", folder.appendingPathComponent("missing/plan.docx").path], "公务用车管理不规范",
             "xuncha: cannot write '\(folder.path)/missing/plan.docx': the folder '\(folder.path)/missing' does not exist"),
            (["--output", unwritable], "公务用车管理不规范", "xuncha: cannot write '\(unwritable)': "),
            (["--output", folder.path, "--format", "md"], "公务用车管理不规范", "xuncha: cannot write '\(folder.path)': it is a folder"),
            (["--output", "plan.txt"], "公务用车管理不规范", "xuncha: cannot tell the format from 'plan.txt'"),
            (["--format", "docx"], "公务用车管理不规范", "xuncha: a Word document is written to a file: give --output plan.docx"),
            (["--precedents", "0"], "公务用车管理不规范", "xuncha: --precedents takes a number from 1 to 10, not 0"),
            (["/nonexistent/feedback.txt"], "", "xuncha: no feedback file '/nonexistent/feedback.txt'"),
        ]
        for (arguments, input, message) in cases {
            let result = try plan(arguments, input: input, in: folder)
            XCTAssertEqual(result.status, 2, "\(arguments) \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["locked"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: readOnly.path), [])
    }

    func testNoPrecedentForAnyProblemExitsOne() throws {
        let result = try plan([], input: "量子计算机芯片光刻工艺良率偏低")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("未找到先例（no precedent found）"))
    }

    /// A real client: LibreOffice opens the document, and its PDF holds every problem and its first suggestion.
    func testLibreOfficeRendersEveryProblemAndItsFirstSuggestion() throws {
        guard let soffice = PlanCLITests.which("soffice") else {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("CI must install LibreOffice (soffice)") }
            throw XCTSkip("LibreOffice (soffice) is not installed")
        }
        let folder = CommandLine.temporaryFolder("soffice")
        let written = try plan(["--output", "plan.docx"], in: folder)
        XCTAssertEqual(written.status, 0, written.stderr)
        let json = try plan(["--format", "json"])
        let entries = try json.json()
        XCTAssertEqual(entries.count, 7)

        let profile = folder.appendingPathComponent("profile")
        try PlanCLITests.execute(soffice, ["-env:UserInstallation=file://" + profile.path, "--headless", "--convert-to", "pdf",
                                           "--outdir", folder.path, folder.appendingPathComponent("plan.docx").path])
        let text = try PlanCLITests.execute(try XCTUnwrap(PlanCLITests.which("pdftotext")),
                                            ["-layout", folder.appendingPathComponent("plan.pdf").path, "-"])
        // Table cells wrap anywhere: compare the text without spaces and line breaks.
        let flat = PlanCLITests.flat(text)
        for entry in entries {
            let problem = try XCTUnwrap(entry["problem"] as? String)
            XCTAssertTrue(flat.contains(PlanCLITests.flat(problem)), problem)
            guard let first = (entry["suggested"] as? [[String: Any]])?.first?["text"] as? String else { continue }
            // The first 30 characters: a cell's line breaks may fall between a word and its punctuation.
            XCTAssertTrue(flat.contains(PlanCLITests.flat(String(first.prefix(30)))), first)
        }
        XCTAssertTrue(flat.contains("未找到先例"))
    }

    static func flat(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    static func which(_ program: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    @discardableResult
    static func execute(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(program) \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }
}

extension CommandLine {
    /// Runs `xuncha` with `input` on its standard input.
    static func run(_ arguments: [String], input: Data, in folder: URL) throws -> Result {
        Result(try Program.run(binary, arguments, input: input, in: folder))
    }
}
