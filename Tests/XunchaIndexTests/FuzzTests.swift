import Foundation
import NoticeParsing
import TestSupport
import XCTest
@testable import XunchaIndex

/// Property tests over many random inputs: the query path and the corpus reader either answer or fail with
/// a clear error, never crash. `XUNCHA_FUZZ_ITERATIONS` runs more (the default keeps `swift test` quick).
final class FuzzTests: XCTestCase {
    static let iterations = Int(ProcessInfo.processInfo.environment["XUNCHA_FUZZ_ITERATIONS"] ?? "") ?? 400

    static let queryPieces = ["\"", "(", ")", "AND", "OR", "NOT", "-", " ", "三重一大", "公务用车", "整改", "，", "。",
                              "（一）", "\u{0}", "\u{1F}", "＂", "“", "”", "*", "a", "Z9", "的", "《", "》", "\\", "\n",
                              "\u{200B}", "😀", "é", "一把手", "说了算", "-\"", "&&", "||", "党费收缴不规范"]

    func testRandomQueriesAnswerOrFailClearly() throws {
        var random = SeededGenerator(state: 2024)
        let index = SampleCorpus.index
        for round in 0..<Self.iterations {
            let length = Int.random(in: 0...12, using: &random)
            let query = (0..<length).map { _ in Self.queryPieces.randomElement(using: &random)! }.joined()
            do {
                let result = try index.search(SearchRequest(query: query, limit: 5))
                XCTAssertLessThanOrEqual(result.hits.count, 5)
            } catch let error as IndexError {
                guard case .badQuery = error else { return XCTFail("round \(round) \(query.debugDescription): \(error)") }
            }
        }
    }

    func testHugeQueries() throws {
        // A pasted page is searched; past the length limit a query is refused with a sentence.
        let page = String(repeating: "党组会议研究决定重大事项前未充分酝酿，主要负责人先表态。", count: 300)
        XCTAssertLessThanOrEqual(page.count, QueryLimits.maximumLength)
        XCTAssertFalse(try SampleCorpus.index.search(SearchRequest(query: page, limit: 5)).hits.isEmpty)
        _ = try? SampleCorpus.index.search(SearchRequest(query: "\"" + page, limit: 5))
        let pasted = String(repeating: "党组会议研究决定重大事项前未充分酝酿，主要负责人先表态。", count: 3_500)
        for query in [pasted, String(repeating: "(", count: 50_000), String(repeating: "三重一大 OR ", count: 4_000)] {
            XCTAssertThrowsError(try SampleCorpus.index.search(SearchRequest(query: query, limit: 5))) { error in
                guard case IndexError.badQuery(let reason)? = error as? IndexError else { return XCTFail("\(error)") }
                XCTAssertTrue(reason.contains("at most \(QueryLimits.maximumLength)"), reason)
            }
        }
    }

    func testRandomBytesNeverCrashTheReader() throws {
        var random = SeededGenerator(state: 7)
        let sample = try Data(contentsOf: SampleCorpus.corpus.appendingPathComponent("003_37d7a444f6573249.txt"))
        let extractor = TermExtractor(analyzer: SampleCorpus.analyzer)
        let folder = SampleCorpus.temporaryFolder("fuzz-reader")
        for round in 0..<max(20, Self.iterations / 10) {
            var bytes = [UInt8](sample.prefix(Int.random(in: 0...4000, using: &random)))
            // Flip, insert and delete bytes at random.
            for _ in 0..<Int.random(in: 0...40, using: &random) where !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0...2, using: &random) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
                default: bytes.remove(at: position)
                }
            }
            let url = folder.appendingPathComponent("f\(round).txt")
            try Data(bytes).write(to: url)
            let file = CorpusFile(source: "f\(round).txt", url: url, size: Int64(bytes.count), modified: 0)
            switch FileIndexing.prepare(file, extractor: extractor) {
            case .ready(let indexing):
                XCTAssertTrue(indexing.documents.allSatisfy { !$0.data.isEmpty })
            case .failed(_, let reason):
                XCTAssertFalse(reason.isEmpty)
            case .inPieces:
                XCTFail("a small file is read whole")
            }
        }
    }

    func testAwkwardFilesAreRead() throws {
        let folder = SampleCorpus.temporaryFolder("awkward")
        let extractor = TermExtractor(analyzer: SampleCorpus.analyzer)
        func prepare(_ name: String, _ data: Data) -> FileIndexing.Outcome {
            let url = folder.appendingPathComponent(name)
            try! data.write(to: url)
            return FileIndexing.prepare(CorpusFile(source: name, url: url, size: Int64(data.count), modified: 0), extractor: extractor)
        }
        let text = "中共某市测试局党组关于巡察整改进展情况的通报\r\n针对“公务用车管理不规范”问题\r\n"
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(text.data(using: .utf16LittleEndian)!)
        guard case .ready(let fromUTF16) = prepare("utf16.txt", utf16) else { return XCTFail("UTF-16 with BOM not read") }
        XCTAssertEqual(fromUTF16.documents.count, 2)

        // A line of a million characters always; of eight million with `XUNCHA_LONG_LINES=1` (over a minute in a
        // debug build).
        let full = ProcessInfo.processInfo.environment["XUNCHA_LONG_LINES"].map { !$0.isEmpty } == true
        let longLine = String(repeating: "公务用车管理不规范，", count: full ? 800_000 : 100_000)
        let started = Date()
        guard case .ready(let long) = prepare("long.txt", Data(longLine.utf8)) else { return XCTFail("the long line was not read") }
        XCTAssertEqual(long.documents.count, 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), full ? 120 : 15)

        guard case .ready(let truncated) = prepare("truncated.txt", Data(text.utf8).dropLast(2)) else {
            return XCTFail("a file cut inside a character should still be read")
        }
        XCTAssertEqual(truncated.documents.count, 2)
    }

    func testSymlinkLoopsDoNotHang() throws {
        let corpus = SampleCorpus.copy("loop")
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("again").path,
                                                   withDestinationPath: corpus.path)
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("broken.txt").path,
                                                   withDestinationPath: "/nonexistent/file.txt")
        let result = try CorpusScanner().scan(corpus)
        XCTAssertEqual(result.files.count, 4)
        XCTAssertEqual(result.unreadable.map(\.source), ["broken.txt"])
    }
}
