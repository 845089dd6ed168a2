import Foundation
import NoticeFormats

/// A file found in the corpus folder, before it is read.
struct CorpusFile: Sendable {
    /// Path relative to the corpus folder, with `/` separators: the paragraph's `source`.
    var source: String
    var url: URL
    var size: Int64
    var modified: Double
}

/// Walks the corpus folder and its subfolders, following links but never looping, and sorts what it finds
/// into notice files and files that are not notices (images, `.DS_Store`, …).
struct CorpusScanner {
    struct Result {
        var files: [CorpusFile] = []
        var notNotices: [String] = []
        var unreadable: [(source: String, reason: String)] = []
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
    var listFolder: (URL) throws -> [String] = { folder in
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
    }

    func scan(_ root: URL) throws -> Result {
        try scan(CorpusFolders([root.path]))
    }

    func scan(_ folders: CorpusFolders) throws -> Result {
        var result = Result()
        var visitedFolders = Set<String>()
        for (index, root) in folders.urls.enumerated() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw IndexError.missingCorpus(path: root.path)
            }
            walk(root, relative: folders.sourcePrefix(index), visited: &visitedFolders, into: &result)
        }
        result.files.sort { $0.source < $1.source }
        return result
    }

    private func walk(_ folder: URL, relative: String, visited: inout Set<String>, into result: inout Result) {
        // A folder reached twice through links (a loop, or two links to one place) is walked once.
        guard visited.insert(folder.resolvingSymlinksInPath().path).inserted else { return }
        let entries: [String]
        do {
            entries = try listFolder(folder).sorted()
        } catch {
            let source = relative.isEmpty ? "." : relative
            result.unreadable.append((source, "cannot list folder: \(Self.reason(error)); what the index holds of it is kept"))
            result.unlistedFolders.append(source)
            return
        }
        for name in entries {
            let url = folder.appendingPathComponent(name)
            let source = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(url.path, &info) == 0 else {
                result.unreadable.append((source, "broken link or unreadable entry"))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                if !name.hasPrefix(".") { walk(url, relative: source, visited: &visited, into: &result) }
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                if name.hasPrefix(".") || !DocumentFormats.handles(extension: url.pathExtension) {
                    result.notNotices.append(source)
                } else {
                    let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
                    result.files.append(CorpusFile(source: source, url: url, size: Int64(info.st_size), modified: modified))
                }
            } else {
                result.notNotices.append(source)
            }
        }
    }

    /// The system's words for why a file operation failed ("Permission denied"), not Foundation's dump.
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
