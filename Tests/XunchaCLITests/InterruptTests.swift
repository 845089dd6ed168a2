import Foundation
import XCTest

/// Ctrl-C during `xuncha index` says what the index now holds and exits 130; the next run completes it.
final class InterruptTests: XCTestCase {
    private func start(_ arguments: [String]) throws -> (Process, Pipe) {
        try CommandLine.start(arguments)
    }

    /// Presses Ctrl-C once `ready` holds, and returns stderr; nil when the run ended before.
    private func interrupt(_ process: Process, _ err: Pipe, when ready: () throws -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            if try ready() { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        guard process.isRunning else { return nil }
        process.interrupt()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 130, stderr)
        return stderr
    }

    private func noticeCount(_ index: String) throws -> Int {
        let result = try CommandLine.run(["notices", "--index", index, "--json"])
        return result.status == 0 ? result.lines.count : 0
    }

    func testInterruptedIndexingTellsWhatItKeptAndExits130() throws {
        let folder = CommandLine.temporaryFolder("interrupt")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let sample = CommandLine.root.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: sample.appendingPathComponent("003_37d7a444f6573249.txt"),
                                         to: corpus.appendingPathComponent("003_37d7a444f6573249.txt"))
        let index = folder.appendingPathComponent("index").path
        let arguments = ["index", "--corpus", corpus.path, "--commit-every", "1", "--progress", "--index"]
        XCTAssertEqual(try CommandLine.run(arguments + [index]).status, 0)
        let built = try noticeCount(index)

        // New files: seconds of work, interrupted after one.
        let big = try Data(contentsOf: sample.appendingPathComponent("002_31241be4ef401e8a.txt"))
        for copy in 1...6 { try big.write(to: corpus.appendingPathComponent("copy-\(copy).txt")) }
        let (update, updateErr) = try start(arguments + [index])
        let started = Date()
        let stderr = try interrupt(update, updateErr, when: { Date().timeIntervalSince(started) > 1 })
        try XCTSkipIf(stderr == nil, "indexing finished before it could be interrupted")
        let message = try XCTUnwrap(stderr)
        // The progress line is cleared (with any ^C echoed onto it) before the message.
        XCTAssertTrue(message.contains("\r\u{1B}[Kxuncha: interrupted; the index at '\(index)' holds its last commit: "), message)
        let said = try XCTUnwrap(message.range(of: #"\d+ files, \d+ notices, \d+ paragraphs"#, options: .regularExpression))
        let numbers = message[said].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        XCTAssertEqual(numbers.count, 3, message)
        XCTAssertGreaterThanOrEqual(numbers[1], built, message)
        XCTAssertLessThanOrEqual(numbers[1], try noticeCount(index), message)

        // A first build is swapped in only when complete: interrupted, it has nothing to keep.
        let fresh = folder.appendingPathComponent("fresh").path
        let (first, firstErr) = try start(arguments + [fresh])
        if let stderr = try interrupt(first, firstErr, when: { FileManager.default.fileExists(atPath: fresh + "/lock") }) {
            XCTAssertTrue(stderr.hasSuffix("xuncha: interrupted; nothing was committed yet, so there is no index at '\(fresh)'; run 'xuncha index' again to build it\n"),
                          stderr.debugDescription)
        }
    }
}
