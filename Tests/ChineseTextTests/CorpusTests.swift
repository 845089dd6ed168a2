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
        let lines = try AnalyzerFixture.corpusLines()
        let bytes = lines.reduce(0) { $0 + $1.utf8.count }
        _ = analyzer.tokens(in: lines[0]) // opens this thread's break iterator
        let start = Date()
        let tokens = lines.reduce(0) { $0 + analyzer.tokens(in: $1).count }
        let seconds = Date().timeIntervalSince(start)
        let rate = Double(bytes) / 1_000_000 / seconds
        print("ChineseText throughput: \(String(format: "%.2f", rate)) MB/s (\(bytes) bytes in \(lines.count) lines, \(tokens) tokens, \(String(format: "%.3f", seconds)) s)")
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
