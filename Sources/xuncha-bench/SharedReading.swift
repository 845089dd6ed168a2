import ChineseText
import Foundation
import XunchaIndex

/// Queries per second of one index searched by several threads at once, as a server searches it: through a
/// `SharedIndexReader` lending `pool` readers, or (pool 0) through a reader opened for every query.
enum SharedReading {
    static func measure(index: IndexDirectory, analyzer: ChineseAnalyzer, mix: [BenchmarkQuery], searchers: Int,
                        pool: Int, passes: Int, limit: Int) throws -> JSONValue {
        let shared = try SharedIndexReader(directory: index, analyzer: analyzer, poolSize: max(pool, 1))
        @Sendable func search(_ query: BenchmarkQuery) throws {
            if pool > 0 {
                try shared.read { try query.run(on: $0, limit: limit) }
            } else {
                try query.run(on: try NoticeIndex(directory: index, analyzer: analyzer), limit: limit)
            }
        }
        for query in mix { try search(query) }  // warms the page cache, untimed

        let timings = Timings()
        let searchersDone = DispatchGroup()
        let started = DispatchTime.now().uptimeNanoseconds
        for searcher in 0..<searchers {
            searchersDone.enter()
            Thread {
                defer { searchersDone.leave() }
                for pass in 0..<passes {
                    for position in mix.indices {
                        let query = mix[(position + searcher * 7 + pass) % mix.count]
                        let start = DispatchTime.now().uptimeNanoseconds
                        do { try search(query) } catch { timings.fail("\(error)"); return }
                        timings.add(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                    }
                }
            }.start()
        }
        searchersDone.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if let failure = timings.failure { throw SharedReadingFailure(description: failure) }
        let sorted = timings.values.sorted()
        return .object([
            ("searchers", .int(searchers)),
            ("readers", pool > 0 ? .string("pool of \(pool)") : .string("one per query")),
            ("queries", .int(sorted.count)),
            ("seconds", .double((seconds * 1000).rounded() / 1000)),
            ("queries_per_second", .double((Double(sorted.count) / seconds * 10).rounded() / 10)),
            ("p50_ms", .double(Percentile.of(sorted, 50))),
            ("p95_ms", .double(Percentile.of(sorted, 95))),
            ("peak_rss_mb", .double(peakResidentMegabytes())),
        ])
    }

    /// The process's peak resident memory, from /proc (0 where there is none).
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return (kilobytes / 1024 * 10).rounded() / 10
    }
}

struct SharedReadingFailure: Error, CustomStringConvertible {
    let description: String
}

/// Latencies gathered from several threads.
private final class Timings: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered: [Double] = []
    private var firstFailure: String?

    func add(_ milliseconds: Double) { lock.withLock { gathered.append(milliseconds) } }
    func fail(_ reason: String) { lock.withLock { if firstFailure == nil { firstFailure = reason } } }
    var values: [Double] { lock.withLock { gathered } }
    var failure: String? { lock.withLock { firstFailure } }
}
