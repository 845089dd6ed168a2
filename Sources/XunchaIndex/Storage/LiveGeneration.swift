import Foundation
import SwiftXapian

/// Opening the generation the `current` link names, for reading or for an incremental run, with its
/// structure checked first.
enum LiveGeneration {
    /// How long a reader waits for a writer between its shards' commits before calling the index interrupted.
    static let movingPatience: TimeInterval = 10

    /// The live generation as one read-only database; an error naming the index when there is none, or when
    /// it is damaged.
    static func openForReading(_ directory: IndexDirectory) throws -> Database {
        try openCommit(directory).database
    }

    /// The live generation as one read-only database, with the commit it shows.
    static func openCommit(_ directory: IndexDirectory) throws -> (database: Database, commit: IndexCommit) {
        let started = Date()
        while true {
            let path = try directory.livePath()
            do {
                let shards = try Shards.openEach(path)
                switch try GenerationHealth.examine(path, shards: shards) {
                case .sound:
                    let commit = IndexCommit(generation: (path as NSString).lastPathComponent, revision: try shards[0].revision)
                    return (try Shards.combine(shards), commit)
                case .damaged(let reason):
                    throw IndexError.damagedIndex(path: directory.path, reason: reason)
                case .moving:
                    guard WriterLock.isHeld(on: directory), Date().timeIntervalSince(started) < movingPatience else {
                        throw IndexError.interruptedUpdate(path: directory.path)
                    }
                    usleep(20_000)
                }
            } catch let error as XapianError where error.isDatabaseModified {
                continue
            } catch let error as XapianError {
                throw IndexError.unreadableIndex(path: directory.path, underlying: error)
            }
        }
    }

    /// What an incremental run finds in the live generation.
    enum Opening {
        case update(shards: [WritableDatabase], facts: StoredIndexFacts, manifest: Manifest)
        /// It cannot be updated in place: built otherwise, or damaged. What it says of itself and its manifest
        /// come along when they can still be read.
        case rebuild(reason: String, facts: StoredIndexFacts?, manifest: Manifest?)
    }

    /// Opens the live generation at `path` for an incremental run under the writer's lock. A generation that
    /// fails its structural check, or that Xapian finds corrupt on opening, is rebuilt rather than updated.
    static func openForWriting(_ directory: IndexDirectory, path: String, analysisSignature: String) throws -> Opening {
        var shards: [WritableDatabase] = []
        func closeAll() { for shard in shards { _ = try? Shards.close(shard) } }
        do {
            for shardPath in Shards.paths(in: path) { shards.append(try Shards.openWriter(shardPath, mode: .open)) }
            guard let first = shards.first else { return .rebuild(reason: "its shard-0 was missing", facts: nil, manifest: nil) }
            let facts = try StoredIndexFacts(database: first)
            switch try GenerationHealth.examine(path, shards: shards) {
            case .sound: break
            case .damaged(let reason):
                closeAll()
                return .rebuild(reason: "it was damaged: \(reason)", facts: facts, manifest: (try? facts.manifest()) ?? nil)
            case .moving:
                // No writer is at work (the lock is ours): one was interrupted between its shards' commits.
                // Which paragraphs got ahead of the manifest is not recorded, so the index is built again.
                closeAll()
                return .rebuild(reason: "an earlier run was interrupted between its shards' commits", facts: facts,
                                manifest: (try? facts.manifest()) ?? nil)
            }
            guard let manifest = try facts.manifest() else {
                closeAll()
                return .rebuild(reason: "it was damaged: its file manifest was unreadable", facts: facts, manifest: nil)
            }
            if let reason = facts.mismatch(schema: IndexSchema.version, analysis: analysisSignature) {
                closeAll()
                return .rebuild(reason: reason, facts: facts, manifest: manifest)
            }
            return .update(shards: shards, facts: facts, manifest: manifest)
        } catch let error as XapianError {
            closeAll()
            if error.isDatabaseLocked {
                if error.message.contains("already locked") { throw IndexError.locked(path: directory.path) }
                throw lockFileFailure(error) ?? IndexError.cannotWrite(path: path, reason: error.message)
            }
            // A shard that is there but cannot be opened has lost files or holds damaged ones, unless the
            // system refused access, which a rebuild would meet too.
            let refused = ["Permission denied", "Read-only file system"].contains { error.message.contains($0) }
            if (error.isKind(of: "DatabaseOpeningError") || error.isKind(of: "DatabaseCorruptError")) && !refused {
                return .rebuild(reason: "it was damaged: \(error.message)", facts: readableFacts(path), manifest: nil)
            }
            throw IndexError.unreadableIndex(path: directory.path, underlying: error)
        }
    }

    /// Xapian's words when the lock file it keeps in a shard cannot be opened ("Unable to get write lock on
    /// DIR: Couldn't open lockfile: Permission denied"): the file and the system's reason. Another writer
    /// holding the lock is "already locked", which is not this.
    static func lockFileFailure(_ error: XapianError) -> IndexError? {
        let message = error.message
        let opening = "Unable to get write lock on ", cause = ": Couldn't open lockfile: "
        guard message.hasPrefix(opening), let split = message.range(of: cause) else { return nil }
        let shard = message[message.index(message.startIndex, offsetBy: opening.count)..<split.lowerBound]
        return .cannotLock(path: String(shard) + "/flintlock", reason: String(message[split.upperBound...]))
    }

    /// What the live generation at `path` says of itself, if its shard 0 can be read.
    static func readableFacts(_ path: String) -> StoredIndexFacts? {
        guard let first = try? Database(path: (path as NSString).appendingPathComponent("shard-0")) else { return nil }
        return try? StoredIndexFacts(database: first)
    }
}
