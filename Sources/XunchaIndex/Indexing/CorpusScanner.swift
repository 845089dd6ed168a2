import Foundation
import NoticeFormats

/// A file found in the corpus folder, before it is read.
struct CorpusFile: Sendable {
    /// Path relative to the corpus folder, with `/` separators: the paragraph's `source`.
    var source: String
    /// Where it is, as the file system has it.
    var path: [UInt8]
    var size: Int64
    var modified: Double
    /// The inode change time: set by every write, and unlike the modification time it cannot be set back.
    var changed: Double

    init(source: String, path: [UInt8], size: Int64, modified: Double, changed: Double) {
        self.source = source
        self.path = path
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(source: String, url: URL, size: Int64, modified: Double, changed: Double = 0) {
        self.init(source: source, path: FileSystemName.bytes(url.path), size: size, modified: modified, changed: changed)
    }
}

/// Walks the corpus folders and their subfolders and sorts what it finds into notice files and files that are
/// not notices (images, `.DS_Store`, …). A link is followed only when it leads inside a corpus folder, or with
/// `followLinks` anywhere but `/proc`, `/sys` and `/dev`; nothing is walked twice, so loops end.
struct CorpusScanner {
    struct Result {
        var files: [CorpusFile] = []
        var notNotices: [String] = []
        var unreadable: [(source: String, reason: String)] = []
        /// Links that lead out of the corpus folders, left alone.
        var linksNotFollowed: [String] = []
        /// Folders that could not be listed, as sources ("." for the corpus folder itself): what the index holds
        /// under them is kept, as for a file that cannot be read.
        var unlistedFolders: [String] = []

        /// Whether the index must keep what it holds of `source` although the scan did not find it.
        func keeps(_ source: String) -> Bool {
            unlistedFolders.contains { folder in folder == "." || source.hasPrefix(folder + "/") }
                || unreadable.contains { $0.source == source }
        }
    }

    /// Lists a folder's entries. A seam: tests make a listing fail as an unreadable disk or folder does, which
    /// permissions alone cannot do for root.
    var listFolder: ([UInt8]) throws -> [[UInt8]] = FileSystemName.list

    /// Follow links that lead out of the corpus folders too (never into `/proc`, `/sys` or `/dev`).
    var followLinks = false

    func scan(_ root: URL) throws -> Result {
        try scan(CorpusFolders([root.path]))
    }

    func scan(_ folders: CorpusFolders) throws -> Result {
        var result = Result()
        var walk = Walk(scanner: self, roots: [])
        for root in folders.urls {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw IndexError.missingCorpus(path: root.path)
            }
            walk.roots.append(SystemFolders.resolved(root.path))
        }
        for (index, root) in folders.urls.enumerated() {
            walk.folder(FileSystemName.bytes(root.path), relative: folders.sourcePrefix(index), into: &result)
        }
        result.files.sort { $0.source < $1.source }
        return result
    }

    private struct Walk {
        let scanner: CorpusScanner
        /// The corpus folders with links resolved: a link leading inside one of them is followed.
        var roots: [String]
        /// Folders walked, by device and inode: one reached twice through links (a loop, or two links to one
        /// place) is walked once.
        var visited = Set<[UInt64]>()

        mutating func folder(_ path: [UInt8], relative: String, into result: inout Result) {
            var info = stat()
            let source = relative.isEmpty ? "." : relative
            guard FileSystemName.withCString(path, { stat($0, &info) }) == 0 else {
                result.unreadable.append((source, "cannot list folder: \(POSIXError(errno).sentence); what the index holds of it is kept"))
                result.unlistedFolders.append(source)
                return
            }
            guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
            let names: [[UInt8]]
            do {
                names = try scanner.listFolder(path)
            } catch {
                result.unreadable.append((source, "cannot list folder: \(CorpusScanner.reason(error)); what the index holds of it is kept"))
                result.unlistedFolders.append(source)
                return
            }
            let entries = names.map { (name: $0, display: FileSystemName.display($0)) }.sorted { $0.display < $1.display }
            for (name, display) in entries {
                entry(FileSystemName.joined(path, name), display: display,
                      source: relative.isEmpty ? display : relative + "/" + display, into: &result)
            }
        }

        private mutating func entry(_ path: [UInt8], display: String, source: String, into result: inout Result) {
            var info = stat()
            guard FileSystemName.withCString(path, { lstat($0, &info) }) == 0 else {
                result.unreadable.append((source, "cannot read entry: \(POSIXError(errno).sentence)"))
                return
            }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard let target = FileSystemName.resolved(path) else {
                    let reason = errno == ENOENT ? "broken link" : "link cannot be followed: \(POSIXError(errno).sentence)"
                    result.unreadable.append((source, reason))
                    return
                }
                let targetPath = String(decoding: target, as: UTF8.self)
                let inside = roots.contains { targetPath == $0 || targetPath.hasPrefix($0 == "/" ? "/" : $0 + "/") }
                guard inside || (scanner.followLinks && !SystemFolders.isKernelMade(targetPath)) else {
                    result.linksNotFollowed.append(source)
                    return
                }
                guard FileSystemName.withCString(path, { stat($0, &info) }) == 0 else {
                    result.unreadable.append((source, "cannot read entry: \(POSIXError(errno).sentence)"))
                    return
                }
            }
            let hidden = display.hasPrefix(".")
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if !hidden { folder(path, relative: source, into: &result) }
            case S_IFREG where !hidden && DocumentFormats.handles(extension: (display as NSString).pathExtension):
                result.files.append(CorpusFile(source: source, path: path, size: Int64(info.st_size),
                                               modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
                                               changed: Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9))
            default:
                result.notNotices.append(source)
            }
        }
    }

    /// The system's words for why a file operation failed ("Permission denied"), not Foundation's dump.
    static func reason(_ error: Error) -> String {
        if let error = error as? POSIXError { return error.sentence }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
