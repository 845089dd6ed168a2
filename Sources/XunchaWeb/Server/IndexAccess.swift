import ChineseText
import Foundation
import NIOPosix
import XunchaIndex

/// The index as the server's handlers read it: the library's `SharedIndexReader`, a pool of readers that
/// reopens on a new commit. Its reads block, so they run on a thread pool of their own, as many threads as
/// readers, never on the threads that serve connections. An index missing when the server starts is looked
/// for again at each request, so one built later is served without a restart.
public final class IndexAccess: @unchecked Sendable {
    public let directory: IndexDirectory
    private let analyzer: ChineseAnalyzer
    private let readers: Int
    private let lock = NSLock()
    private var shared: SharedIndexReader?
    private let pool: NIOThreadPool

    init(directory: IndexDirectory, analyzer: ChineseAnalyzer, readers: Int) {
        self.directory = directory
        self.analyzer = analyzer
        self.readers = readers
        pool = NIOThreadPool(numberOfThreads: readers)
        pool.start()
    }

    /// Runs `body` with a reader of the index at its last commit; an index missing or unreadable is thrown as
    /// the library's `IndexError`.
    public func read<T: Sendable>(_ body: @escaping @Sendable (NoticeIndex) throws -> T) async throws -> T {
        try await pool.runIfActive { [self] in try reader().read(body) }
    }

    private func reader() throws -> SharedIndexReader {
        try lock.withLock {
            if let shared { return shared }
            let opened = try SharedIndexReader(directory: directory, analyzer: analyzer, poolSize: readers)
            shared = opened
            return opened
        }
    }
}
