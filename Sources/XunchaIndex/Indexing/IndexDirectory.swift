import Foundation

/// The folder given as `--index`. It holds generations of the Xapian database (`db-…`), a `current` link
/// naming the live one, and a lock file. A rebuild writes a new generation and swaps the link in one
/// atomic rename, so readers always see a complete database.
public struct IndexDirectory: Sendable {
    public let url: URL

    public init(path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    var currentLink: URL { url.appendingPathComponent("current") }
    var lockFile: URL { url.appendingPathComponent("lock") }

    /// Files a user may keep in the folder that are not part of the index.
    private static let userFiles: Set<String> = ["README.md", "README", ".gitkeep", "lock"]

    enum State: Equatable {
        case missing
        case present(databasePath: String)
        /// The folder has contents xuncha did not write; never touched without `--rebuild`.
        case foreign
    }

    var state: State {
        let fileManager = FileManager.default
        if let target = try? fileManager.destinationOfSymbolicLink(atPath: currentLink.path) {
            return .present(databasePath: url.appendingPathComponent(target).path)
        }
        guard let entries = try? fileManager.contentsOfDirectory(atPath: url.path) else { return .missing }
        let others = entries.filter { !Self.userFiles.contains($0) && !$0.hasPrefix("db-") }
        return others.isEmpty ? .missing : .foreign
    }

    /// A fresh, empty generation folder name for a new database.
    func newGenerationPath() -> String {
        let stamp = Int(Date().timeIntervalSince1970 * 1000)
        return url.appendingPathComponent("db-\(stamp)-\(getpid())").path
    }

    /// Makes `generationPath` the live database, then deletes older generations (open readers keep their files).
    func makeCurrent(_ generationPath: String) throws {
        let fileManager = FileManager.default
        let name = URL(fileURLWithPath: generationPath).lastPathComponent
        let temporaryLink = url.appendingPathComponent("current.new-\(getpid())")
        try? fileManager.removeItem(at: temporaryLink)
        try fileManager.createSymbolicLink(atPath: temporaryLink.path, withDestinationPath: name)
        guard rename(temporaryLink.path, currentLink.path) == 0 else {
            throw IndexError.cannotWrite(path: currentLink.path, reason: String(cString: strerror(errno)))
        }
        try Self.fsync(url.path)
        removeStaleGenerations(keeping: name)
    }

    /// Flushes every file of a folder and the folder itself to the disk: a generation written without
    /// Xapian's own syncs is durable before it is made current.
    func syncToDisk(_ path: String) throws {
        let fileManager = FileManager.default
        var folders = [path]
        while let folder = folders.popLast() {
            for entry in try fileManager.contentsOfDirectory(atPath: folder) {
                let entryPath = (folder as NSString).appendingPathComponent(entry)
                var isDirectory: ObjCBool = false
                if fileManager.fileExists(atPath: entryPath, isDirectory: &isDirectory), isDirectory.boolValue {
                    folders.append(entryPath)
                } else {
                    try Self.fsync(entryPath)
                }
            }
            try Self.fsync(folder)
        }
    }

    private static func fsync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw IndexError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard Foundation.fsync(descriptor) == 0 else {
            throw IndexError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Deletes generation folders other than `name`: leftovers of replaced or interrupted builds.
    func removeStaleGenerations(keeping name: String?) {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: url.path) else { return }
        for entry in entries where entry.hasPrefix("db-") && entry != name {
            try? fileManager.removeItem(at: url.appendingPathComponent(entry))
        }
    }

    var currentGenerationName: String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: currentLink.path)
    }
}
