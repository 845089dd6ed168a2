import Foundation
import XunchaIndex

/// One `xapian-tcpsrv` child at a time, serving a generation's shards read-only.
final class TCPServer: @unchecked Sendable {
    private let endpoint: IndexEndpoint
    private let program: String
    private let lock = NSLock()
    private var child: Process?
    private var errors: Pipe?

    init(endpoint: IndexEndpoint) throws {
        self.endpoint = endpoint
        guard let program = Self.find("xapian-tcpsrv") else {
            throw RemoteIndexError(description: "xapian-tcpsrv is not installed; it comes with Debian's xapian-tools package")
        }
        self.program = program
    }

    /// Starts the server and waits until it accepts connections.
    func start(_ shards: ServedShards) throws {
        if Self.answers(endpoint) {
            throw RemoteIndexError(description: "another server already answers at \(endpoint); choose another port with --listen")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--quiet", "--interface", endpoint.host, "--port", String(endpoint.port)] + shards.paths
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        lock.withLock { child = process; errors = pipe }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            try checkRunning()
            if Self.answers(endpoint) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        throw RemoteIndexError(description: "xapian-tcpsrv did not start listening at \(endpoint) within 10 seconds")
    }

    /// Fails with the server's own words when it ended without being asked to (a port in use, say).
    func checkRunning() throws {
        guard let (process, pipe) = lock.withLock({ child.map { ($0, errors!) } }), !process.isRunning else { return }
        lock.withLock { child = nil }
        let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").last.map(String.init) ?? "exit status \(process.terminationStatus)"
        throw RemoteIndexError(description: "xapian-tcpsrv stopped serving at \(endpoint): \(TerminalText.escaped(said))")
    }

    func stop() {
        guard let process = lock.withLock({ () -> Process? in defer { child = nil }; return child }) else { return }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    private static func answers(_ endpoint: IndexEndpoint) -> Bool {
        let host = endpoint.host == "0.0.0.0" ? "127.0.0.1" : endpoint.host == "::" ? "::1" : endpoint.host
        return (IndexEndpoint("\(host.contains(":") ? "[\(host)]" : host):\(endpoint.port)") ?? endpoint).answers(within: 0.5)
    }

    private static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":") + ["/usr/bin"]).map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
