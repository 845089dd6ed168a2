import ArgumentParser
import Foundation
import XunchaIndex

/// Serves one index over Xapian's remote protocol by running Debian's `xapian-tcpsrv` on its live
/// generation's shards, read-only. Xapian's own server, used as it ships, rather than its server classes
/// behind the C bridge: it forks a process per connection (a slow or broken client stalls nobody else), is
/// maintained with Xapian, and keeps xuncha free of network code. xuncha's part is choosing the shards,
/// guarding the address, and following the index when a rebuild swaps in a new generation.
struct ServeIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-index",
        abstract: "Serve the index to other machines' xuncha --remote (Xapian's remote protocol, read-only).",
        discussion: """
        Runs xapian-tcpsrv on the index's shards and restarts it when a rebuild swaps in a new generation; \
        updates made in place are seen by the next connection. The protocol has no authentication: keep it on \
        loopback or a private network (an SSH tunnel, a VPN). An address other than loopback is refused \
        unless --public is given. Stops on Ctrl-C or SIGTERM.
        """
    )

    @OptionGroup var location: IndexLocation

    @Option(help: ArgumentHelp("The address and port to listen on (default: 127.0.0.1:7300).", valueName: "host:port"))
    var listen = "127.0.0.1:7300"

    @Flag(name: .customLong("public"), help: "Allow listening on an address other than loopback.")
    var isPublic = false

    func validate() throws {
        guard let endpoint = IndexEndpoint(listen) else {
            throw ValidationError("--listen takes HOST:PORT, e.g. 127.0.0.1:7300, not '\(TerminalText.escaped(listen))'")
        }
        if !isPublic && !Self.isLoopback(endpoint.host) {
            throw ValidationError("--listen \(endpoint) is not a loopback address and Xapian's remote protocol has no authentication; give --public to serve a private network anyway")
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    func run() throws {
        let endpoint = IndexEndpoint(listen)!
        let server = try TCPServer(endpoint: endpoint)
        let directory = location.directory
        var served = try ServedShards.live(in: directory, analyzer: try Analysis.shared())
        try server.start(served)
        StandardError.line("xuncha: serving '\(location.path)' (\(served.generation)) at \(endpoint); Ctrl-C stops")
        StopSignals.install { server.stop() }
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            try server.checkRunning()
            guard let name = ServedShards.currentName(in: directory), name != served.generation,
                  let next = try? ServedShards.live(in: directory, analyzer: try Analysis.shared()) else { continue }
            server.stop()
            served = next
            try server.start(served)
            StandardError.line("xuncha: the index was rebuilt; serving \(served.generation) at \(endpoint)")
        }
    }
}

/// SIGINT and SIGTERM stop the server before xuncha ends: no child outlives it.
enum StopSignals {
    private static let queue = DispatchQueue(label: "xuncha.serve-index.signals")
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install(_ stop: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                stop()
                exit(0)
            }
            source.resume()
            sources.append(source)
        }
    }
}
