import SwiftXapian

/// Everything that can go wrong opening, building or querying an index, each as one sentence for the user.
public enum IndexError: Error, CustomStringConvertible, Sendable {
    case missingCorpus(path: String)
    case badCorpus(path: String, reason: String)
    case otherCorpus(index: String, indexed: String, given: String)
    case wouldRemoveMost(index: String, removing: Int, of: Int, corpus: String)
    case missingIndex(path: String)
    case foreignIndex(path: String)
    case notAFolder(path: String)
    case systemFolder(path: String)
    case cannotCreateFolder(path: String, reason: String)
    case damagedIndex(path: String, reason: String)
    case strayCurrent(path: String)
    case interruptedUpdate(path: String)
    case failedCheck(path: String, problem: String)
    case diskFull(path: String, free: Int64, needed: Int64?)
    case noRoomToRebuild(path: String, free: Int64, occupied: Int64)
    case unreadableIndex(path: String, underlying: XapianError)
    /// A paragraph's stored data cannot be decoded.
    case unreadableParagraph(path: String)
    case staleIndex(path: String, reason: String)
    case locked(path: String)
    /// A lock file (xuncha's own, or the one Xapian takes in each shard) that cannot be opened for writing.
    case cannotLock(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case badQuery(String)
    case unknownParagraph(String)
    case xapian(XapianError)

    /// The error in words that name no command or option: each front end adds how to put it right in its
    /// own terms (the command line: `IndexErrorWording.swift`).
    public var description: String {
        switch self {
        case .missingCorpus(let path):
            return "corpus folder '\(path)' does not exist or is not a folder"
        case .badCorpus(let path, let reason):
            return path.isEmpty ? "no corpus folder: \(reason)" : "cannot index '\(path)': \(reason)"
        case .otherCorpus(let index, let indexed, let given):
            return "the index at '\(index)' belongs to \(indexed), not \(given); rebuild it from \(given), or use another index"
        case .wouldRemoveMost(let index, let removing, let total, let corpus):
            return "\(removing) of the \(total) files in the index at '\(index)' are no longer in \(corpus), so nothing was "
                + "changed; if a disk is not mounted or the path is wrong, correct it, or ask for them to be removed"
        case .missingIndex(let path):
            return "no index at '\(path)'"
        case .foreignIndex(let path):
            return "'\(path)' holds files xuncha did not write, so xuncha neither reads nor writes there"
        case .notAFolder(let path):
            return "'\(path)' is a file, not an index folder"
        case .systemFolder(let path):
            return "'\(path)' is a system folder, never an index"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create the index folder '\(path)': \(reason)"
        case .damagedIndex(let path, let reason):
            return "the index at '\(path)' is damaged (\(reason)); indexing it again rebuilds it"
        case .strayCurrent(let path):
            return "'\(path)/current' is not the link xuncha keeps there; move it out of the index folder, then index it again"
        case .diskFull(let path, let free, let needed?):
            return "the disk holding '\(path)' is full (\(DiskSpace.describe(free)) free, the index needs about \(DiskSpace.describe(needed))); the unfinished build was removed"
        case .diskFull(let path, let free, nil):
            return "the disk holding '\(path)' is full (\(DiskSpace.describe(free)) free); the index keeps its last commit"
        case .noRoomToRebuild(let path, let free, let occupied):
            return "not enough room to rebuild the index at '\(path)': \(DiskSpace.describe(free)) free, and a new build needs about the \(DiskSpace.describe(occupied)) the index occupies now; free some space first"
        case .failedCheck(let path, let problem):
            return "the index at '\(path)' is damaged (\(problem)); it must be rebuilt"
        case .interruptedUpdate(let path):
            return "the index at '\(path)' was left half-updated by an interrupted indexing run; indexing it again completes it"
        case .unreadableIndex(let path, let underlying):
            return "the index at '\(path)' cannot be read (\(underlying))"
        case .unreadableParagraph(let path):
            return IndexError.unreadableIndex(path: path, underlying: Self.unreadableParagraphData).description
        case .staleIndex(let path, let reason):
            return "the index at '\(path)' was built \(reason); it must be rebuilt"
        case .locked(let path):
            return "another indexing run is writing the index at '\(path)'; try again when it has finished"
        case .cannotLock(let path, let reason):
            return "cannot write the lock file '\(path)': \(reason)"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .badQuery(let reason):
            return "bad query: \(reason)"
        case .unknownParagraph(let reference):
            return "no paragraph '\(reference)' in the index (give SOURCE:LINE of a non-blank line, or a hit's id)"
        case .xapian(let error):
            return "Xapian error: \(error)"
        }
    }

    /// How a paragraph whose stored data cannot be decoded is described: as Xapian describes damage it finds.
    static let unreadableParagraphData = XapianError(type: "DatabaseCorruptError", message: "a paragraph's stored data is unreadable")
}
