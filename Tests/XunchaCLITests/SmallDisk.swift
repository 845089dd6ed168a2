import Foundation
import XCTest

/// A small tmpfs mounted on a new folder, to fill or make read-only. Mounting needs root: without it, or where
/// the machine does not allow it, `mount` throws `XCTSkip`.
final class SmallDisk {
    let folder: URL
    private var isMounted = true

    init(_ name: String, megabytes: Int) throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
        folder = CommandLine.temporaryFolder(name)
        guard try Self.system("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", folder.path]) == 0 else {
            throw XCTSkip("this machine does not let tmpfs be mounted")
        }
    }

    deinit { unmount() }

    func unmount() {
        if isMounted { _ = try? Self.system("/bin/umount", [folder.path]) }
        isMounted = false
    }

    func remountReadOnly() throws -> Bool {
        try Self.system("/bin/mount", ["-o", "remount,ro", folder.path]) == 0
    }

    /// Bytes free.
    var free: Int {
        var info = statvfs()
        statvfs(folder.path, &info)
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// Fills the disk until about `leaving` bytes are free; removing the file returned makes room again.
    func fill(leaving: Int) throws -> URL {
        let filler = folder.appendingPathComponent("filler-\(UUID().uuidString.prefix(6))")
        try Data(count: max(0, free - leaving)).write(to: filler)
        return filler
    }

    @discardableResult
    static func system(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A corpus of the sample's three small files in a new folder `corpus` of `folder`.
    static func smallCorpus(in folder: URL) throws -> URL {
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in smallFiles {
            try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/" + name),
                                             to: corpus.appendingPathComponent(name))
        }
        return corpus
    }

    static let smallFiles = ["000_8d2eff55063ca2b4.txt", "001_8be801cd753d7ffb.txt", "003_37d7a444f6573249.txt"]
}
