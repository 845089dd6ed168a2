import Foundation
import XunchaIndex

/// What every handler of one running server shares: the index, the secrets, and what is known of the index's
/// last change.
public final class ServerState: @unchecked Sendable {
    public let options: ServerOptions
    public let index: IndexAccess
    /// Searches answered for the index's current commit, answered again from memory.
    let searches: SearchAnswers
    /// Runs `xuncha index`'s work for POST /api/reindex and for `--watch`.
    public let indexer: ServerIndexer
    /// A random token made at start; every POST must carry it (header `X-CSRF-Token` or form field `csrf`).
    /// Pages embed it in their forms, and `GET /api/status` gives it to scripts.
    public let csrfToken: String
    public let started = Date()

    private let lock = NSLock()
    private var stamp: CommitStamp?
    /// The commit a reader saw at the last look; nil before the first look and while there is no index.
    private var commit: IndexCommit?
    private var changedAt: Date?
    private var changes = 0

    init(options: ServerOptions, index: IndexAccess, indexer: ServerIndexer) {
        self.options = options
        self.index = index
        self.indexer = indexer
        searches = SearchAnswers(index: index, bytes: options.cacheMegabytes << 20)
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

    /// The commit the index is at when the server starts: later looks compare with it.
    func lookAtFirstCommit() async {
        let now = index.directory.commitStamp()
        let first = try? await index.read { $0.commit }
        lock.withLock { commit = first; stamp = now }
    }

    /// Looks at the index folder; when a new commit or a new generation landed since the last look, the change
    /// is remembered for the status (the shared reader opens the new commit by itself). The folder's stamp
    /// only says that something may have landed (its file is rewritten at every write); the commit a reader
    /// sees then says whether one did. While this server's own indexer runs, it reports its commits itself
    /// (`indexed(changing:)`).
    @discardableResult
    public func noticeIndexChanges() async -> Bool {
        guard !indexer.isRunning else { return false }
        let now = index.directory.commitStamp()
        guard now != currentStamp else { return false }
        let seen = now == nil ? nil : try? await index.read { $0.commit }
        return lock.withLock {
            stamp = now
            guard seen != commit else { return false }
            commit = seen
            changedAt = Date()
            changes += 1
            return true
        }
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
