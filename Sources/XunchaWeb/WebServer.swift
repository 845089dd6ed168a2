import ChineseText
import Foundation
import Hummingbird
import Logging
import XunchaIndex

/// `xuncha serve`: the web pages and the JSON API over one index, on Hummingbird.
public struct WebServer: Sendable {
    public let state: ServerState

    public init(options: ServerOptions, analyzer: ChineseAnalyzer) {
        let directory = IndexDirectory(path: options.indexPath)
        state = ServerState(options: options, index: IndexAccess(directory: directory, analyzer: analyzer,
                                                                 readers: SharedIndexReader.defaultPoolSize),
                            indexer: ServerIndexer(directory: directory, analyzer: analyzer))
    }

    /// Every route and middleware, in the order a request meets them.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        var known = KnownRoutes()
        APIRoutes.knownPaths.forEach { known.add($0.path, $0.method) }
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorResponses(known: known))
        if let token = state.options.token {
            router.add(middleware: AccessGate(token: token))
            SignIn.register(on: router, token: token)
        }
        // Requests that may change something are registered on `writes`, behind the CSRF check.
        let writes = router.group().add(middleware: CSRFCheck(token: state.csrfToken))
        APIRoutes(state: state).register(on: router, writes: writes)
        PageRoutes(state: state).register(on: router, writes: writes)
        return router
    }

    /// Warnings and errors only, on stderr: stdout carries the address line alone.
    static var logger: Logger {
        var logger = Logger(label: "xuncha", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .warning
        return logger
    }

    /// Serves until SIGINT or SIGTERM; `announce` is given the address once the port is bound, `warn` what
    /// goes wrong in the background (a watched corpus that cannot be indexed).
    public func run(announce: @escaping @Sendable (String) -> Void, warn: @escaping @Sendable (String) -> Void) async throws {
        let options = state.options
        let state = self.state
        let application = Application(
            router: router(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                let host = options.host.contains(":") && !options.host.hasPrefix("[") ? "[\(options.host)]" : options.host
                announce("http://\(host):\(port)/")
            },
            logger: Self.logger
        )
        let follower = Task.detached { await CommitFollower(state: state).run() }
        let watcher = options.watchSeconds.map { seconds in
            Task.detached { await CorpusWatcher(state: state, seconds: seconds, warn: warn).run() }
        }
        defer {
            follower.cancel()
            watcher?.cancel()
        }
        try await application.runService()
    }
}
