import Foundation

/// Folders that are never an index: the root and the system's own.
enum SystemFolders {
    private static let folders: Set<String> = ["/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64",
                                               "/proc", "/run", "/sbin", "/sys", "/usr", "/var"]
    /// Folders whose contents are made up by the kernel.
    private static let virtual = ["/proc", "/sys", "/dev"]

    static func contains(_ url: URL) -> Bool {
        [url.path, resolved(url.path)].contains { path in
            folders.contains(path) || virtual.contains { path.hasPrefix($0 + "/") }
        }
    }

    /// A corpus is never the root nor in a folder the kernel makes up: walking them has no end, and what they
    /// hold is not the user's to index.
    static func isOutOfBoundsForCorpus(_ path: String) -> Bool {
        [path, resolved(path)].contains { $0 == "/" || isKernelMade($0) }
    }

    /// In `/proc`, `/sys` or `/dev`: never walked, not even with `--follow-links`.
    static func isKernelMade(_ path: String) -> Bool {
        virtual.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// The path with links resolved as far as it exists.
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { return path }
        return (resolved(parent) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }
}
