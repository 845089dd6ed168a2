import Foundation

/// An exclusive lock on the index folder, held for the whole of an index run, so a second `xuncha index`
/// fails at once instead of waiting or interleaving. The kernel drops it if the process dies.
final class WriterLock {
    private let descriptor: Int32

    /// Takes the lock; `wait` waits for a running writer to finish instead of failing.
    init(directory: IndexDirectory, wait: Bool = false) throws {
        descriptor = open(directory.lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IndexError.cannotLock(path: directory.lockFile.path,
                                        reason: DiskSpace.creationFailure(at: directory.path, code: errno))
        }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { throw IndexError.locked(path: directory.path) }
            throw IndexError.cannotLock(path: directory.lockFile.path, reason: FolderCreation.reason(code))
        }
    }

    /// Whether some process holds the lock on `directory` now, as seen by a reader (who needs no write access).
    static func isHeld(on directory: IndexDirectory) -> Bool {
        let descriptor = open(directory.lockFile.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

extension IndexDirectory {
    /// Makes the folder ready for an index run and takes the writer's lock: refuses folders that are not, and
    /// cannot become, an index; creates a missing one; then marks it as xuncha's.
    func lockForWriting(wait: Bool = false) throws -> WriterLock {
        try prepareForWriting()
        let lock = try WriterLock(directory: self, wait: wait)
        try markAsIndex()
        return lock
    }
}
