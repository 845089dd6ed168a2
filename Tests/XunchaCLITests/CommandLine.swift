import Foundation
import XCTest

/// Runs the built `xuncha` binary as a user would, capturing its output and exit status.
struct CommandLine {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
        func json() throws -> [[String: Any]] {
            try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], $0) }
        }
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The products folder holding the tests also holds the executable; `XUNCHA_BINARY` names another (a
    /// release build, for the long fault-injection runs).
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["XUNCHA_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var folder = Bundle(for: Marker.self).bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("xuncha")
    }

    private final class Marker {}

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL = root) throws -> Result {
        try launch(binary, arguments, environment: environment, in: folder)
    }

    /// Starts a program with NO_COLOR removed and `environment` added, and collects its output and status.
    private static func launch(_ executable: URL, _ arguments: [String], environment: [String: String], in folder: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xuncha-cli-\(getpid())-\(name)-\(UUID().uuidString.prefix(6))")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An index of the sample corpus, built once through the CLI.
    static let sampleIndex: String = {
        let folder = temporaryFolder("index").appendingPathComponent("index").path
        let result = try! run(["index", "--corpus", root.appendingPathComponent("corpus").path, "--index", folder, "--json"])
        precondition(result.status == 0, result.stderr)
        return folder
    }()
}

extension CommandLine {
    /// Runs a POSIX shell script with `$0` the xuncha binary and `$@` the arguments.
    static func runShell(_ script: String, arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try runProgram("/bin/sh", ["-c", script, binary.path] + arguments, environment: environment)
    }

    /// Starts the binary without waiting for it: stdout is dropped, stderr is read from the pipe returned.
    static func start(_ arguments: [String], in folder: URL = root) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        return (process, err)
    }

    /// Runs another program, e.g. one that gives xuncha a terminal.
    static func runProgram(_ path: String, _ arguments: [String], environment: [String: String] = [:],
                           in folder: URL = root) throws -> Result {
        try launch(URL(fileURLWithPath: path), arguments, environment: environment, in: folder)
    }
}
