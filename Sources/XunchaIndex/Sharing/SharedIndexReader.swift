import ChineseText
import Foundation

/// An index that many tasks and threads search at once, as a server does. It keeps a small pool of
/// `NoticeIndex` readers and lends each to one caller at a time, so no reader, Xapian handle or cache is ever
/// used by two threads together. Before each loan it looks whether another commit has landed; readers opened
/// on an older commit finish the query they are running and are then dropped, and the next loans open the
/// new commit.
///
/// `read` is synchronous and its body must not suspend: a caller waits only for another caller's query to
/// finish, so callers in async code may call it directly.
public final class SharedIndexReader: @unchecked Sendable {
    /// The readers lent at once when no size is given: twice the cores, at least four. A query also waits on
    /// the disk, so more readers than cores still help; fewer than the searchers serialise them
    /// (docs/benchmark.md, "Concurrent readers").
    public static var defaultPoolSize: Int { max(2 * ProcessInfo.processInfo.activeProcessorCount, 4) }

    public let poolSize: Int
    private let open: () throws -> NoticeIndex
    private let stamp: () -> Freshness

    /// Guards everything below.
    private let condition = NSCondition()
    private var idle: [Loan] = []
    private var lent = 0
    private var currentStamp: Freshness

    /// What a reader was opened on: the local index's commit, and for served indexes the period of
    /// `refresh` seconds it was connected in. Readers opened on another are not lent again.
    private struct Freshness: Equatable {
        var local: CommitStamp?
        var period: Int
    }

    /// A reader and what was current when it was opened.
    private struct Loan {
        let index: NoticeIndex
        let stamp: Freshness
    }

    /// Shares the local index in `directory`. It is opened once here, so a missing, damaged or stale index
    /// fails at once with the error `NoticeIndex` gives.
    public convenience init(directory: IndexDirectory, analyzer: ChineseAnalyzer,
                            poolSize: Int = SharedIndexReader.defaultPoolSize) throws {
        try self.init(poolSize: poolSize,
                      open: { try NoticeIndex(directory: directory, analyzer: analyzer) },
                      stamp: { Freshness(local: directory.commitStamp(), period: 0) })
    }

    /// Shares a local index (when `directory` is given) and served ones, searched as one. Served indexes do
    /// not tell their commits, so readers are connected afresh at least every `refresh` seconds: a node
    /// restarted, rebuilt or back after a fault is then used.
    public convenience init(directory: IndexDirectory?, endpoints: [IndexEndpoint], reading: RemoteReading,
                            analyzer: ChineseAnalyzer, poolSize: Int = SharedIndexReader.defaultPoolSize,
                            refresh: TimeInterval = 5) throws {
        try self.init(poolSize: poolSize,
                      open: { try NoticeIndex(directory: directory, endpoints: endpoints, reading: reading, analyzer: analyzer) },
                      stamp: {
                          let period = endpoints.isEmpty ? 0 : Int(Date().timeIntervalSince1970 / max(refresh, 0.001))
                          return Freshness(local: directory?.commitStamp(), period: period)
                      })
    }

    private init(poolSize: Int, open: @escaping () throws -> NoticeIndex, stamp: @escaping () -> Freshness) throws {
        self.poolSize = max(poolSize, 1)
        self.open = open
        self.stamp = stamp
        let first = stamp()
        let index = try open()
        currentStamp = first
        idle = [Loan(index: index, stamp: first)]
    }

    /// Runs `body` with a reader of its own, waiting while all `poolSize` readers are lent. The reader sees
    /// the newest commit, or one at most as old as the commit current when `read` was called; which one is
    /// `index.commit`. A reader whose body threw is not lent again.
    public func read<T>(_ body: (NoticeIndex) throws -> T) throws -> T {
        let loan = try borrow()
        let result: T
        do {
            result = try body(loan.index)
        } catch {
            giveBack(loan, reusable: false)
            throw error
        }
        giveBack(loan, reusable: true)
        return result
    }

    /// The commit of the live index, as a reader opened now sees it; nil when served indexes take part. A page
    /// compares it with the commit its results came from (`NoticeIndex.commit`) to say that the index changed.
    public var commit: IndexCommit? {
        get throws { try read { $0.commit } }
    }

    /// Readers lent now and readers waiting idle, for tests and status pages.
    public var counts: (lent: Int, idle: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (lent, idle.count)
    }

    private func borrow() throws -> Loan {
        let now = stamp()
        var dropped: [Loan] = []
        condition.lock()
        if now != currentStamp {
            currentStamp = now
            dropped = idle
            idle = []
        }
        while lent >= poolSize { condition.wait() }
        lent += 1
        let reused = idle.popLast()
        condition.unlock()
        dropped.removeAll()  // closed outside the lock
        if let reused { return reused }
        do {
            return Loan(index: try open(), stamp: now)
        } catch {
            condition.lock()
            lent -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func giveBack(_ loan: Loan, reusable: Bool) {
        condition.lock()
        lent -= 1
        if reusable, loan.stamp == currentStamp, idle.count < poolSize { idle.append(loan) }
        condition.signal()
        condition.unlock()
    }

}
