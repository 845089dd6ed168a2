import Foundation

/// The folders an index is built from, remembered in it. With one folder a paragraph's source is its file's
/// path inside that folder; with several, the path starts with the folder's own name (`notices/a.txt`), so the
/// folders must have different names.
public struct CorpusFolders: Sendable, Equatable {
    /// Absolute paths, as given (links not resolved), in the order given.
    public let urls: [URL]

    public init(_ paths: [String]) throws {
        guard !paths.isEmpty else { throw IndexError.badCorpus(path: "", reason: "no corpus folder given") }
        var urls: [URL] = []
        for path in paths {
            guard !path.isEmpty else { throw IndexError.badCorpus(path: path, reason: "an empty path names no folder") }
            let url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
            if SystemFolders.isOutOfBoundsForCorpus(url.path) {
                throw IndexError.badCorpus(path: url.path, reason: "a system folder is never a corpus")
            }
            guard !urls.contains(where: { Self.sameFolder($0, url) }) else { continue }
            urls.append(url)
        }
        if urls.count > 1 {
            let names = urls.map(\.lastPathComponent)
            if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
                throw IndexError.badCorpus(path: repeated, reason: "two corpus folders are both named '\(repeated)', and a "
                                           + "file's source starts with its folder's name; rename one or index them apart")
            }
        }
        self.urls = urls
    }

    /// How the sources of files in the folder at `index` begin: nothing for a single folder, else its name.
    func sourcePrefix(_ index: Int) -> String {
        urls.count == 1 ? "" : urls[index].lastPathComponent
    }

    /// Whether both name the same folders, however written (`corpus`, `./corpus`, a link to it).
    func names(sameFoldersAs other: CorpusFolders) -> Bool {
        urls.count == other.urls.count && urls.allSatisfy { url in other.urls.contains { Self.sameFolder($0, url) } }
    }

    private static func sameFolder(_ a: URL, _ b: URL) -> Bool {
        a.path == b.path || SystemFolders.resolved(a.path) == SystemFolders.resolved(b.path)
    }

    public var description: String {
        let quoted = urls.map { "'\($0.path)'" }
        return quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
    }
}
