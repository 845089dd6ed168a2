import Foundation

/// Writes a file whole or not at all: into a new temporary file beside it, then renamed over the name.
/// A reader never sees half a plan, and a failure leaves nothing behind.
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ data: Data, to path: String, replacing: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw WriteError(description: "cannot write '\(path)': the folder '\(folder.path)' does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw WriteError(description: "cannot write '\(path)': it is a folder; give a file name such as \(url.appendingPathComponent("plan.docx").path)")
            }
            if !replacing { throw WriteError(description: "'\(path)' already exists; give --force to replace it") }
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var written = 0
        var code: Int32 = 0
        data.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 { if errno == EINTR { continue }; code = errno; return }
                written += count
            }
        }
        if code == 0 && fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0 && code == 0 { code = errno }
        if code == 0 && rename(temporary.path, url.path) != 0 { code = errno }
        if code != 0 {
            unlink(temporary.path)
            throw failure(path, code)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> WriteError {
        let reason: String
        switch code {
        case EACCES, EPERM: reason = "permission denied"
        case EROFS: reason = "the file system is read-only"
        case ENOSPC, EDQUOT: reason = "no space left on the device"
        default: reason = String(cString: strerror(code)).lowercased()
        }
        return WriteError(description: "cannot write '\(path)': \(reason)")
    }
}
