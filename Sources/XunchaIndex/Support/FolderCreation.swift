import Foundation

/// Creating folders and small files with errors that name the path and the reason in plain words, as the
/// system reports them (Foundation's own errors are long dictionaries).
enum FolderCreation {
    /// Creates `path` and any missing parents, like `mkdir -p`.
    static func createFolder(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            var status = stat()
            if stat(prefix, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else {
                    throw IndexError.cannotCreateFolder(path: path, reason: "'\(display(prefix))' is a file, not a folder")
                }
                continue
            }
            guard mkdir(prefix, 0o755) == 0 || errno == EEXIST else {
                throw IndexError.cannotCreateFolder(path: path, reason: DiskSpace.creationFailure(at: prefix, code: errno))
            }
        }
    }

    /// Writes a small file that must not exist yet.
    static func writeNewFile(_ path: String, contents: String) throws {
        try writeWhole(contents, to: path, flags: O_CREAT | O_EXCL)
    }

    /// Writes a small file that exists, over what it held (never through a link).
    static func replaceFile(_ path: String, contents: String) throws {
        try writeWhole(contents, to: path, flags: O_TRUNC | O_NOFOLLOW)
    }

    private static func writeWhole(_ contents: String, to path: String, flags: Int32) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | flags, 0o644)
        guard descriptor >= 0 else {
            throw IndexError.cannotWrite(path: path, reason: DiskSpace.creationFailure(at: path, code: errno))
        }
        defer { close(descriptor) }
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            let failure = written < 0 ? reason(errno) : "the disk took only part of it"
            unlink(path)
            throw IndexError.cannotWrite(path: path, reason: failure)
        }
    }

    /// The system's words for an errno value, e.g. "No space left on device".
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Bytes the regular files under `path` occupy on the disk.
    static func size(of path: String) -> Int64 {
        var total: Int64 = 0
        var folders = [path]
        while let folder = folders.popLast() {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let entryPath = folder + "/" + entry
                var status = stat()
                guard lstat(entryPath, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: folders.append(entryPath)
                case S_IFREG: total += Int64(status.st_blocks) * 512
                default: break
                }
            }
        }
        return total
    }

    private static func display(_ prefix: String) -> String {
        prefix.hasPrefix("./") ? String(prefix.dropFirst(2)) : prefix
    }
}
