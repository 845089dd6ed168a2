import ChineseText
import Foundation
import NIOPosix
import XunchaIndex

/// The index as the server's handlers read it. Xapian's calls block, so they run on a thread pool of their own,
/// never on the threads that serve connections; one `NoticeIndex` is read by one thread at a time.
public final class IndexAccess: @unchecked Sendable {
    public let directory: IndexDirectory
    private let analyzer: ChineseAnalyzer
    private let lock = NSLock()
    private var index: NoticeIndex?
    private let pool: NIOThreadPool

    init(directory: IndexDirectory, analyzer: ChineseAnalyzer, threads: Int) {
        self.directory = directory
        self.analyzer = analyzer
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    /// Runs `body` with the index, opened at its last commit; an index missing or unreadable is thrown as the
    /// library's `IndexError`.
    public func read<T: Sendable>(_ body: @escaping @Sendable (NoticeIndex) throws -> T) async throws -> T {
        try await pool.runIfActive { [self] in
            try lock.withLock {
                let opened = try index ?? NoticeIndex(directory: directory, analyzer: analyzer)
                index = opened
                return try body(opened)
            }
        }
    }

    /// Runs blocking work that is not a read (indexing) on the same pool, so no connection thread waits for it.
    func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }

    /// The next read opens the index afresh, at its newest commit.
    func reopen() {
        lock.withLock { index = nil }
    }
}
