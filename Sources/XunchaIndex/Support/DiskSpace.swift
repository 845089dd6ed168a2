import Foundation
import SwiftXapian

/// Room on the disk: how much there is, whether an error means there was none, and how it is put to the user.
enum DiskSpace {
    /// Bytes an unprivileged writer may still use on the disk holding `path` (or its nearest existing parent).
    static func free(at path: String) -> Int64? {
        var folder = path
        while true {
            var info = statvfs()
            if statvfs(folder, &info) == 0 { return Int64(info.f_bavail) * Int64(info.f_frsize) }
            let parent = (folder as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != folder else { return nil }
            folder = parent
        }
    }

    /// Whether the disk holding `path` (or its nearest existing parent) is mounted read-only.
    static func isReadOnly(at path: String) -> Bool {
        var folder = path
        while true {
            var info = statvfs()
            if statvfs(folder, &info) == 0 { return info.f_flag & UInt(ST_RDONLY) != 0 }
            let parent = (folder as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != folder else { return false }
            folder = parent
        }
    }

    /// Why a file could not be created at `path`: the system's words for `code`, except that a read-only
    /// disk is called so (creating a file there can report it as missing instead).
    static func creationFailure(at path: String, code: Int32) -> String {
        FolderCreation.reason(code != EROFS && isReadOnly(at: path) ? EROFS : code)
    }

    /// The system's words for a full disk or an exhausted quota, as Xapian and xuncha pass them on.
    private static let fullDiskReasons = [strerror(ENOSPC), strerror(EDQUOT), strerror(EFBIG)].map { String(cString: $0!) }

    static func isFull(_ error: Error) -> Bool {
        let text: String
        switch error {
        case let error as XapianError: text = error.message
        case IndexError.cannotWrite(_, let reason), IndexError.cannotLock(_, let reason), IndexError.cannotCreateFolder(_, let reason):
            text = reason
        default: return false
        }
        return fullDiskReasons.contains { text.contains($0) }
    }

    /// A size for people: "850 KB", "12.5 MB", "3.2 GB".
    static func describe(_ bytes: Int64) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(max(0, bytes))
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(Int(value)) bytes" : String(format: value < 10 ? "%.1f %@" : "%.0f %@", value, units[unit])
    }

    /// How many bytes of index a corpus of `corpusBytes` makes, before compaction: about ten times its
    /// text, measured on the sample corpus (1.2 MB of notices, an index of 11 MB).
    static func indexEstimate(forCorpusBytes corpusBytes: Int64) -> Int64 { corpusBytes * 10 }
}

extension Indexer {
    /// Runs `body`; a full disk met there becomes one sentence naming the index folder and the room needed.
    /// By then an unfinished new generation is already gone.
    func explainingFullDisk<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch where DiskSpace.isFull(error) {
            let free = DiskSpace.free(at: directory.path) ?? 0
            guard let run = currentRun, run.buildsNewGeneration else {
                throw IndexError.diskFull(path: directory.path, free: free, needed: nil)
            }
            let corpusBytes = run.corpora.reduce(Int64(0)) { $0 + FolderCreation.size(of: $1.path) }
            let needed = max(DiskSpace.indexEstimate(forCorpusBytes: corpusBytes), directory.liveGenerationSize ?? 0)
            throw IndexError.diskFull(path: directory.path, free: free, needed: needed)
        }
    }
}

extension IndexDirectory {
    /// Bytes the live generation occupies, if there is one.
    var liveGenerationSize: Int64? {
        guard let name = currentTarget, let generation = Generation(in: self, name: name) else { return nil }
        return generation.size
    }

    /// Refuses to start a new generation beside the live one when the disk clearly cannot hold it: a new
    /// build needs at least as much room as the live generation occupies.
    func checkRoomForNewGeneration() throws {
        guard let occupied = liveGenerationSize, let free = DiskSpace.free(at: path), free < occupied else { return }
        throw IndexError.noRoomToRebuild(path: path, free: free, occupied: occupied)
    }
}
