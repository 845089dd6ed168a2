import Foundation
import TestSupport
import XCTest

/// Runs the built `xuncha` binary as a user would, capturing its output and exit status.
struct CommandLine {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }

        init(status: Int32, stdout: String, stderr: String) {
            (self.status, self.stdout, self.stderr) = (status, stdout, stderr)
        }

        init(_ output: ProgramOutput) {
            self.init(status: output.status, stdout: output.stdout, stderr: output.stderr)
        }

        func json() throws -> [[String: Any]] {
            try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], $0) }
        }
    }

    static let root = Repository.root
    static var binary: URL { Repository.xuncha }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL = root) throws -> Result {
        try launch(binary, arguments, environment: environment, in: folder)
    }

    /// Starts a program with NO_COLOR removed and `environment` added, and collects its output and status.
    private static func launch(_ executable: URL, _ arguments: [String], environment: [String: String], in folder: URL) throws -> Result {
        Result(try Program.run(executable, arguments, environment: environment, in: folder))
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
