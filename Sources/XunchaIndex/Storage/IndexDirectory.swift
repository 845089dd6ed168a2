import Foundation

/// The folder given as `--index`. xuncha marks it as its own with a file, `xuncha-index`, and keeps in it
/// generations of the Xapian database (each a folder marked by its own `xuncha-generation` file), a `current`
/// link naming the live one, and a lock file. A rebuild writes a new generation and swaps the link in one
/// atomic rename, so readers always see a complete database.
///
/// xuncha deletes nothing it cannot recognise by its mark: a generation folder is removed only when it holds
/// the generation mark, whatever its name, and a folder holding anything else is never used.
public struct IndexDirectory: Sendable {
    public let url: URL

    public init(path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// The path as given, for messages.
    public var path: String { url.path }

    var currentLink: URL { url.appendingPathComponent("current") }
    var lockFile: URL { url.appendingPathComponent("lock") }
    var markFile: URL { url.appendingPathComponent(Self.markName) }

    static let markName = "xuncha-index"
    static let markText = "This folder is an index written by xuncha. xuncha deletes in it only the generation folders it marked.\n"

    /// What an empty folder may hold before it becomes an index: files a user keeps there, and the lock of a
    /// first run that stopped before writing anything.
    private static let ignorableEntries: Set<String> = ["README.md", "README", ".gitkeep", "lock"]

    enum State: Equatable {
        /// No index yet: no folder, an empty one, or a marked folder without a live generation.
        case missing
        case present(databasePath: String)
        /// The folder has contents xuncha did not write: it is neither read nor written.
        case foreign
        /// A file, not a folder.
        case notAFolder
        /// The folder itself or a system folder, never an index.
        case systemFolder
        /// Marked as an index, but its `current` link names no generation it holds; a rebuild repairs it.
        case damaged(reason: String)
        /// Marked as an index, but `current` is not a link: something xuncha did not write, left alone.
        case strayCurrent
    }

    var state: State {
        if SystemFolders.contains(url) { return .systemFolder }
        var status = stat()
        guard stat(url.path, &status) == 0 else { return .missing }
        guard status.st_mode & S_IFMT == S_IFDIR else { return .notAFolder }
        let marked = isMarked
        if let target = currentTarget {
            if let generation = Generation(in: self, name: target), generation.isMarked || (!marked && generation.isEarlierLayout) {
                return .present(databasePath: generation.path)
            }
            if marked {
                return .damaged(reason: "its 'current' link names '\(target)', which is not a generation it holds")
            }
            return .foreign
        }
        if FileManager.default.fileExists(atPath: currentLink.path) || isSymbolicLink(currentLink.path) {
            return marked ? .strayCurrent : .foreign
        }
        if marked { return .missing }
        // A first run writes its mark just after taking the lock; a mark begun but not finished (being written
        // now, or cut short by a crash) is xuncha's own, not someone else's file.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return entries.allSatisfy { Self.ignorableEntries.contains($0) || ($0 == Self.markName && hasUnfinishedMark) }
            ? .missing : .foreign
    }

    /// The live generation's database, or the error that says why the folder has none to read.
    func livePath() throws -> String {
        switch state {
        case .present(let databasePath): return databasePath
        case .missing: throw IndexError.missingIndex(path: path)
        case .foreign: throw IndexError.foreignIndex(path: path)
        case .notAFolder: throw IndexError.notAFolder(path: path)
        case .systemFolder: throw IndexError.systemFolder(path: path)
        case .strayCurrent: throw IndexError.strayCurrent(path: path)
        case .damaged(let reason): throw IndexError.damagedIndex(path: path, reason: reason)
        }
    }

    /// Whether the folder carries xuncha's mark.
    var isMarked: Bool { Self.holdsMark(at: markFile.path, text: Self.markText) }

    /// The name the `current` link points at, when it is a link to a plain name in this folder.
    var currentTarget: String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: currentLink.path),
              !target.isEmpty, !target.contains("/"), target != ".", target != ".." else { return nil }
        return target
    }

    var currentGenerationName: String? { currentTarget }

    /// Refuses folders that are not, and cannot become, an index; creates a missing one (and its parents).
    func prepareForWriting() throws {
        switch state {
        case .systemFolder: throw IndexError.systemFolder(path: path)
        case .notAFolder: throw IndexError.notAFolder(path: path)
        case .foreign: throw IndexError.foreignIndex(path: path)
        case .strayCurrent: throw IndexError.strayCurrent(path: path)
        case .missing, .present, .damaged: break
        }
        try FolderCreation.createFolder(url.path)
    }

    /// Whether the mark file holds the start of the mark and no more: written by a run that stopped, or is
    /// still writing, before the end of it.
    var hasUnfinishedMark: Bool {
        var status = stat()
        guard lstat(markFile.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size < Self.markText.utf8.count,
              let data = FileManager.default.contents(atPath: markFile.path) else { return false }
        return Data(Self.markText.utf8).starts(with: data)
    }

    /// Marks the folder as xuncha's, under the writer's lock, finishing a mark an earlier run began. An index
    /// written before folders were marked has its live generation adopted as xuncha's own.
    func markAsIndex() throws {
        if hasUnfinishedMark {
            try FolderCreation.replaceFile(markFile.path, contents: Self.markText)
        } else if !isMarked {
            try FolderCreation.writeNewFile(markFile.path, contents: Self.markText)
        }
        if let target = currentTarget, let generation = Generation(in: self, name: target), !generation.isMarked,
           generation.isEarlierLayout {
            try generation.mark()
        }
    }

    static func holdsMark(at path: String, text: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size < 4096,
              let data = FileManager.default.contents(atPath: path) else { return false }
        return data == Data(text.utf8)
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
