import ChineseText
import Foundation
import XCTest

final class CorpusTests: XCTestCase {
    let analyzer = AnalyzerFixture.bundled

    func testConcurrentAnalysisMatchesSerial() throws {
        let lines = try AnalyzerFixture.corpusLines()
        let analyzer = self.analyzer
        let serial = lines.map { analyzer.tokens(in: $0) }
        let results = Results(count: lines.count)
        DispatchQueue.concurrentPerform(iterations: lines.count) { index in
            results.store(analyzer.tokens(in: lines[index]), at: index)
        }
        XCTAssertEqual(results.all, serial)
    }

    func testThroughputOverTheCorpus() throws {
        let texts = try AnalyzerFixture.corpusTexts()
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let start = Date()
        var tokens = 0
        for text in texts {
            for line in text.split(whereSeparator: \.isNewline) { tokens += analyzer.tokens(in: String(line)).count }
        }
        let seconds = Date().timeIntervalSince(start)
        let rate = Double(bytes) / 1_000_000 / seconds
        print("ChineseText throughput: \(String(format: "%.2f", rate)) MB/s (\(bytes) bytes, \(tokens) tokens, \(String(format: "%.3f", seconds)) s)")
    }
}

/// Token lists written from several threads, each at its own index.
private final class Results: @unchecked Sendable {
    private var values: [[Token]]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: [], count: count) }

    func store(_ tokens: [Token], at index: Int) {
        lock.lock()
        values[index] = tokens
        lock.unlock()
    }

    var all: [[Token]] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
