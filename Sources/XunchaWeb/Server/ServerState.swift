import Foundation
import XunchaIndex

/// What every handler of one running server shares: the index, the secrets, and what is known of the index's
/// last change.
public final class ServerState: @unchecked Sendable {
    public let options: ServerOptions
    public let index: IndexAccess
    /// Runs `xuncha index`'s work for POST /api/reindex and for `--watch`.
    public let indexer: ServerIndexer
    /// A random token made at start; every POST must carry it (header `X-CSRF-Token` or form field `csrf`).
    /// Pages embed it in their forms, and `GET /api/status` gives it to scripts.
    public let csrfToken: String
    public let started = Date()

    private let lock = NSLock()
    private var stamp: CommitStamp?
    private var changedAt: Date?
    private var changes = 0

    init(options: ServerOptions, index: IndexAccess, indexer: ServerIndexer) {
        self.options = options
        self.index = index
        self.indexer = indexer
        csrfToken = Self.randomToken()
        stamp = index.directory.commitStamp()
        indexer.onCommit = { [weak self] summary in
            self?.indexed(changing: summary.added + summary.updated + summary.removed > 0)
        }
    }

    /// 32 hex digits from the system's secure generator.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(generator.next() as UInt32, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }

    /// Looks at the index folder; when a commit or a new generation appeared since the last look, the change is
    /// remembered for the status (the shared reader opens the new commit by itself). While this server's own
    /// indexer runs, it reports its commits itself (`indexed(changing:)`).
    @discardableResult
    public func noticeIndexChanges() -> Bool {
        guard !indexer.isRunning else { return false }
        let now = index.directory.commitStamp()
        let changed: Bool = lock.withLock {
            guard now != stamp else { return false }
            stamp = now
            changedAt = Date()
            changes += 1
            return true
        }
        return changed
    }

    /// After this server's indexer committed: the status says the index changed only when files were added,
    /// changed or removed.
    func indexed(changing: Bool) {
        let now = index.directory.commitStamp()
        lock.withLock {
            stamp = now
            if changing {
                changedAt = Date()
                changes += 1
            }
        }
    }

    /// When this server last saw the index change, and how many times it has; nil and 0 before any change.
    public var lastChange: (date: Date?, count: Int) {
        lock.withLock { (changedAt, changes) }
    }

    public var currentStamp: CommitStamp? { lock.withLock { stamp } }
}
