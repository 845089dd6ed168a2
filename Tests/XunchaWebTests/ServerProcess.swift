import Foundation
import Synchronization
import TestSupport
import XCTest

/// A running `xuncha serve`, started as a user starts it, on a free port of 127.0.0.1. The tests share one
/// server over the sample corpus where they can (`ServerProcess.sample`); a test that needs other options
/// starts its own and stops it.
final class ServerProcess: @unchecked Sendable {
    let process: Process
    let port: Int
    let url: String
    /// What it printed on stderr, read when it has stopped.
    private let errorPipe: Pipe

    static let root = Repository.root
    static var binary: URL { Repository.xuncha }

    /// Starts `xuncha serve --port 0 ARGUMENTS` and waits for the line with its address.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        Self.stopAtExit
        process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = Self.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        errorPipe = Pipe()
        process.standardOutput = output
        process.standardError = errorPipe
        try process.run()
        let launched = process
        Self.started.withLock { $0.append(launched) }
        var seen = Data()
        let handle = output.fileHandleForReading
        while !seen.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        let line = String(decoding: seen, as: UTF8.self)
        guard let match = line.range(of: #"http://127\.0\.0\.1:([0-9]+)/"#, options: .regularExpression),
              let port = Int(line[match].dropFirst("http://127.0.0.1:".count).dropLast()) else {
            process.terminate()
            process.waitUntilExit()
            let stderr = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw HTTPFailure("xuncha serve printed no address: \(line) \(stderr)")
        }
        self.port = port
        url = String(line[match])
        // Keep reading stdout so the server never blocks on a full pipe.
        DispatchQueue.global().async { while !handle.availableData.isEmpty {} }
    }

    /// Stops it as Ctrl-C would and returns its exit status and stderr.
    @discardableResult
    func stop() -> (status: Int32, stderr: String) {
        if process.isRunning { process.interrupt() }
        let stderr = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    deinit { if process.isRunning { process.terminate() } }

    /// Every server started, so that none outlives the tests: the shared ones are never deinitialised.
    private static let started = Mutex<[Process]>([])
    private static let stopAtExit: Void = {
        atexit {
            ServerProcess.started.withLock { processes in
                for process in processes where process.isRunning { process.terminate() }
            }
        }
    }()

    func get(_ target: String, headers: [String: String] = [:]) throws -> HTTPAnswer {
        try RawHTTP.send(port: port, method: "GET", target: target, headers: headers)
    }

    func post(_ target: String, headers: [String: String] = [:], body: Data = Data()) throws -> HTTPAnswer {
        try RawHTTP.send(port: port, method: "POST", target: target, headers: headers, body: body)
    }

    func request(_ method: String, _ target: String, headers: [String: String] = [:], body: Data = Data()) throws -> HTTPAnswer {
        try RawHTTP.send(port: port, method: method, target: target, headers: headers, body: body)
    }

    /// The server's CSRF token, as a page or a script gets it.
    func csrfToken(headers: [String: String] = [:]) throws -> String {
        let status = try get("/api/status", headers: headers).json()
        guard let token = status["csrf_token"] as? String else { throw HTTPFailure("no csrf_token in /api/status") }
        return token
    }

    static func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("xuncha-web-\(getpid())-\(name)-\(UUID().uuidString.prefix(6))")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs the xuncha binary to its end (e.g. to build an index).
    @discardableResult
    static func run(_ arguments: [String]) throws -> ProgramOutput {
        try Program.run(binary, arguments, in: root)
    }

    /// The sample notice that `oneNoticeIndex` copies.
    static let oneNotice = root.appendingPathComponent("corpus/003_37d7a444f6573249.txt")

    /// A corpus of one sample notice in a fresh folder, indexed: for tests that change a corpus under a server.
    static func oneNoticeIndex(_ name: String) throws -> (corpus: URL, index: String) {
        let folder = temporaryFolder(name)
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: oneNotice, to: corpus.appendingPathComponent(oneNotice.lastPathComponent))
        let index = folder.appendingPathComponent("index").path
        let built = try run(["index", "--corpus", corpus.path, "--index", index])
        XCTAssertEqual(built.status, 0, built.stderr)
        return (corpus, index)
    }

    /// An index of the sample corpus, built once.
    static let sampleIndex: String = {
        let folder = temporaryFolder("index").appendingPathComponent("index").path
        let result = try! run(["index", "--corpus", root.appendingPathComponent("corpus").path, "--index", folder])
        precondition(result.status == 0, result.stderr)
        return folder
    }()

    /// One server over the sample index, shared by every test that only reads.
    static let sample: ServerProcess = try! ServerProcess(["--index", sampleIndex])
}
