import Foundation

/// One generation of the index: a folder of shards. xuncha writes a mark into it, `xuncha-generation`, before
/// anything else, and deletes a generation only when the mark is there.
struct Generation {
    let name: String
    let path: String

    static let markName = "xuncha-generation"
    static let markText = "This folder is a generation of a xuncha index. xuncha deletes it once a newer generation replaces it.\n"

    /// The generation `name` of the index folder, or nil when there is no plain folder by that name.
    init?(in directory: IndexDirectory, name: String) {
        let path = directory.url.appendingPathComponent(name).path
        var status = stat()
        guard !name.isEmpty, !name.contains("/"), lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            return nil
        }
        self.name = name
        self.path = path
    }

    var isMarked: Bool { IndexDirectory.holdsMark(at: markPath, text: Self.markText) }

    /// A generation written before generations were marked: a `db-…` folder the `current` link named, holding
    /// a Xapian database as `shard-0`.
    var isEarlierLayout: Bool {
        name.hasPrefix("db-") && FileManager.default.fileExists(atPath: path + "/shard-0/iamglass")
    }

    private var markPath: String { path + "/" + Self.markName }

    func mark() throws {
        try FolderCreation.writeNewFile(markPath, contents: Self.markText)
    }

    /// A new, empty, marked generation folder.
    static func create(in directory: IndexDirectory) throws -> Generation {
        let stamp = Int(Date().timeIntervalSince1970 * 1000)
        for attempt in 0..<100 {
            let name = "db-\(stamp)-\(getpid())" + (attempt == 0 ? "" : "-\(attempt)")
            let path = directory.url.appendingPathComponent(name).path
            if mkdir(path, 0o755) != 0 {
                if errno == EEXIST { continue }
                throw IndexError.cannotWrite(path: path, reason: FolderCreation.reason(errno))
            }
            let generation = Generation(in: directory, name: name)!
            do {
                try generation.mark()
            } catch {
                rmdir(path)
                throw error
            }
            return generation
        }
        throw IndexError.cannotWrite(path: directory.path, reason: "no free name for a new generation")
    }

    /// Deletes the generation, if it carries xuncha's mark.
    @discardableResult
    func remove() -> Bool {
        guard isMarked else { return false }
        return (try? FileManager.default.removeItem(atPath: path)) != nil
    }

    /// Bytes the generation's files occupy.
    var size: Int64 { FolderCreation.size(of: path) }
}

extension IndexDirectory {
    /// The marked generations in the folder.
    var generations: [Generation] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return entries.sorted().compactMap { Generation(in: self, name: $0) }.filter(\.isMarked)
    }

    /// Deletes marked generations other than `name`: leftovers of replaced or interrupted builds. Open
    /// readers keep their files until they close them.
    func removeStaleGenerations(keeping name: String?) {
        for generation in generations where generation.name != name {
            generation.remove()
        }
    }

    /// Makes `generation` the live database, then deletes older generations.
    func makeCurrent(_ generation: Generation) throws {
        let temporaryLink = url.appendingPathComponent("current.new-\(getpid())").path
        unlink(temporaryLink)
        guard symlink(generation.name, temporaryLink) == 0 else {
            throw IndexError.cannotWrite(path: temporaryLink, reason: FolderCreation.reason(errno))
        }
        guard rename(temporaryLink, currentLink.path) == 0 else {
            let reason = FolderCreation.reason(errno)
            unlink(temporaryLink)
            throw IndexError.cannotWrite(path: currentLink.path, reason: reason)
        }
        try Self.fsync(url.path)
        removeStaleGenerations(keeping: generation.name)
    }

    /// Flushes every file of a folder and the folder itself to the disk: a generation written without
    /// Xapian's own syncs is durable before it is made current.
    func syncToDisk(_ path: String) throws {
        let fileManager = FileManager.default
        var folders = [path]
        while let folder = folders.popLast() {
            let entries: [String]
            do {
                entries = try fileManager.contentsOfDirectory(atPath: folder)
            } catch {
                throw IndexError.cannotWrite(path: folder, reason: "it cannot be listed")
            }
            for entry in entries {
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
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw IndexError.cannotWrite(path: path, reason: FolderCreation.reason(errno)) }
        defer { close(descriptor) }
        guard Foundation.fsync(descriptor) == 0 else {
            throw IndexError.cannotWrite(path: path, reason: FolderCreation.reason(errno))
        }
    }
}
