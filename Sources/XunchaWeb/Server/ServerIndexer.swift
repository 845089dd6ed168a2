import ChineseText
import Foundation
import Hummingbird
import XunchaIndex

/// Runs the library's indexer for the server, one run at a time, on a thread of its own so that searches go on.
public final class ServerIndexer: @unchecked Sendable {
    private let directory: IndexDirectory
    private let analyzer: ChineseAnalyzer
    private let lock = NSLock()
    private var running = false
    /// Told after every run that committed, so the next read opens the new commit.
    var onCommit: @Sendable (IndexSummary) -> Void = { _ in }

    init(directory: IndexDirectory, analyzer: ChineseAnalyzer) {
        self.directory = directory
        self.analyzer = analyzer
    }

    public var isRunning: Bool { lock.withLock { running } }

    /// Indexes the remembered folders; a second call while one runs is refused (409).
    func run() async throws -> IndexSummary {
        let started = lock.withLock { () -> Bool in
            if running { return false }
            running = true
            return true
        }
        guard started else { throw APIError(.conflict, "an index run is already under way; try again when it ends") }
        defer { lock.withLock { running = false } }
        let directory = self.directory, analyzer = self.analyzer
        let summary: IndexSummary = try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result {
                    guard directory.commitStamp() != nil else { throw IndexError.missingIndex(path: directory.path) }
                    return try Indexer(directory: directory, analyzer: analyzer).run(corpus: nil, rebuild: false)
                })
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        onCommit(summary)
        return summary
    }
}
