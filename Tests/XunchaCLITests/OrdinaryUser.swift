import Foundation
import XCTest

/// Runs `xuncha` as an ordinary user: as root it is run through `setpriv` as `nobody`, since root reads any
/// file and lists any folder whatever its permissions.
enum OrdinaryUser {
    /// The command line that runs a program as an ordinary user, or nil when that cannot be done here.
    static var prefix: [String]? {
        if getuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    }

    /// A copy of the binary, with its data folders when `withData`, in a new folder anyone may read: the build
    /// folder may lie inside one only root may enter.
    static func binaryCopy(_ name: String, withData: Bool = true) throws -> URL {
        let products = CommandLine.binary.deletingLastPathComponent()
        let copy = CommandLine.temporaryFolder(name)
        chmod(copy.path, 0o755)
        let names = try FileManager.default.contentsOfDirectory(atPath: products.path)
            .filter { $0 == "xuncha" || withData && $0.hasSuffix(".resources") }
        for name in names {
            try FileManager.default.copyItem(at: products.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return copy.appendingPathComponent("xuncha")
    }

    /// Runs `binary` with `arguments` behind `prefix` (empty: as the current user), from `/`.
    static func run(_ prefix: [String], _ binary: URL, _ arguments: [String]) throws -> CommandLine.Result {
        let command = prefix + [binary.path] + arguments
        return try CommandLine.runProgram(command[0], Array(command.dropFirst()), in: URL(fileURLWithPath: "/"))
    }
}
