import Foundation

/// An exclusive, non-blocking lock on the index folder, held for the whole of an index run, so a second
/// `xuncha index` fails at once instead of waiting or interleaving. The kernel drops it if the process dies.
final class WriterLock {
    private let descriptor: Int32

    init(directory: IndexDirectory) throws {
        try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
        descriptor = open(directory.lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IndexError.cannotWrite(path: directory.lockFile.path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw IndexError.locked(path: directory.url.path)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
