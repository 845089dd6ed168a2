import ArgumentParser
import ChineseText
import Foundation
import XunchaIndex

/// Measures query latency inside one process: every query of a mix, run `--repeat` times against an open
/// index, reported as p50/p95/p99 per kind. This is what the benchmark compares with the alternatives.
@main
struct QueryLatency: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xuncha-bench",
        abstract: "Time a mix of xuncha queries in one process; prints one JSON line per kind and one for all."
    )

    @Option(help: ArgumentHelp("The index folder.", valueName: "dir"))
    var index = "index"

    @Option(help: ArgumentHelp("JSON lines: {\"kind\", \"command\": search|measures|similar, \"query\", \"agency\", \"year\"}.",
                               valueName: "file"))
    var queries: String

    @Option(help: "Timed passes over the whole mix (after one untimed warm-up pass).")
    var `repeat` = 10

    @Option(help: "Hits (or precedents) asked for per query.")
    var limit = 10

    @Option(help: "Threads searching the index at once; with it, prints one JSON line of their throughput.")
    var searchers: Int?

    @Option(help: "With --searchers: the readers a shared reader lends, or 0 for a reader opened for every query.")
    var pool = 2

    @Flag(help: "Time each stage of a web search (search, facets, JSON) for the mix's search queries.")
    var stages = false

    func run() throws {
        let mix = try BenchmarkQuery.load(queries)
        if let searchers {
            let line = try SharedReading.measure(index: IndexDirectory(path: index), analyzer: try ChineseAnalyzer.bundled(),
                                                 mix: mix, searchers: searchers, pool: pool, passes: self.repeat,
                                                 limit: limit)
            print(line.line)
            return
        }
        let notices = try NoticeIndex(directory: IndexDirectory(path: index), analyzer: try ChineseAnalyzer.bundled())
        if stages {
            for line in try SearchStages.measure(index: notices, mix: mix, passes: self.repeat, limit: limit) { print(line.line) }
            return
        }
        var timings: [String: [Double]] = [:]
        var commands: [String: String] = [:]
        for pass in 0...self.repeat {
            for query in mix {
                let started = DispatchTime.now().uptimeNanoseconds
                try query.run(on: notices, limit: limit)
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                guard pass > 0 else { continue }  // the first pass warms caches
                timings[query.kind, default: []].append(milliseconds)
                timings["all", default: []].append(milliseconds)
                commands[query.kind] = query.command
            }
        }
        for kind in timings.keys.sorted(by: { ($0 == "all" ? 1 : 0, $0) < ($1 == "all" ? 1 : 0, $1) }) {
            let sorted = timings[kind]!.sorted()
            let line = JSONValue.object([
                ("kind", .string(kind)),
                ("command", .string(commands[kind] ?? "mixed")),
                ("p50_ms", .double(Percentile.of(sorted, 50))),
                ("p95_ms", .double(Percentile.of(sorted, 95))),
                ("p99_ms", .double(Percentile.of(sorted, 99))),
                ("runs", .int(sorted.count)),
            ])
            print(line.line)
        }
    }
}

enum Percentile {
    /// Nearest-rank percentile of sorted values, rounded to microseconds.
    static func of(_ sorted: [Double], _ percent: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up)) - 1
        return (sorted[min(max(rank, 0), sorted.count - 1)] * 1000).rounded() / 1000
    }
}
