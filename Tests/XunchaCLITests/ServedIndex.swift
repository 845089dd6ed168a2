import Foundation
import XCTest

/// A `xuncha serve-index` run by a test on a free loopback port; `stop()` (also on release) ends it, and
/// with it the xapian-tcpsrv it started.
final class ServedIndex {
    let index: String
    let port: UInt16
    private var process: Process?

    var endpoint: String { "127.0.0.1:\(port)" }

    init(index: String, port: UInt16? = nil) throws {
        self.index = index
        self.port = port ?? Self.freePort()
        try start()
    }

    deinit { stop() }

    func start() throws {
        let process = Process()
        process.executableURL = CommandLine.binary
        process.arguments = ["serve-index", "--index", index, "--listen", endpoint]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        // serve-index says so on stderr once the server accepts connections.
        var said = ""
        while !said.contains("serving") {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { throw XCTSkip("serve-index ended before serving: \(said)") }
            said += String(decoding: data, as: UTF8.self)
        }
    }

    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
        self.process = nil
    }

    /// A port nobody listens on now: the kernel's pick for a socket bound to port 0.
    static func freePort() -> UInt16 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(socket, $0, length)
                _ = getsockname(socket, $0, &length)
            }
        }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// A loopback port that accepts connections and never answers: a node that hangs.
final class SilentListener {
    let port: UInt16
    private let socket: Int32

    init() {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(socket, $0, length)
                _ = getsockname(socket, $0, &length)
            }
        }
        listen(socket, 16)
        self.socket = socket
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socket) }
}
