import ArgumentParser
import Foundation
import XunchaIndex
import XunchaWeb

/// Serves the web pages and the JSON API over one index on this machine (or an intranet with `--token`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web pages and the JSON API (/api/) over the index.",
        discussion: """
        Listens on 127.0.0.1:8080 by default and prints the address to open in a browser. Another address than \
        loopback (--host 0.0.0.0, an intranet address) is reachable by other machines: it needs --token, which \
        every request must then carry (Authorization: Bearer TOKEN, or the cookie set by the sign-in page at \
        /login). Port 0 takes any free port. With --watch N, the corpus folders are indexed every N seconds \
        (new, changed and removed files); searches meanwhile read the last commit. Stops on Ctrl-C or SIGTERM.
        """
    )

    @OptionGroup var location: IndexLocation

    @Option(help: ArgumentHelp("The address to listen on (default: 127.0.0.1).", valueName: "host"))
    var host = "127.0.0.1"

    @Option(parsing: .unconditional, help: ArgumentHelp("The port to listen on (default: 8080; 0: any free port).", valueName: "port"),
            transform: WholeNumber.parser(0...65_535))
    var port = 8080

    @Option(help: ArgumentHelp("A secret every request must carry (16 to 256 letters, digits or -._~+/=); required off loopback.",
                               valueName: "token"))
    var token: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Every this many seconds, index new, changed and removed files of the corpus folders (1 to 86400).",
                               valueName: "seconds"),
            transform: WholeNumber.parser(1...86_400))
    var watch: Int?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Megabytes of search answers kept for searches asked again until the index changes (0 to 4096; default: 32; 0: none).",
                               valueName: "MB"),
            transform: WholeNumber.parser(0...4_096))
    var cache = ServerOptions.defaultCacheMegabytes

    func validate() throws {
        // Addresses and host names are printable ASCII without spaces; anything else is a typo or a trick.
        guard !host.isEmpty, host.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw ValidationError("--host takes an address or a host name, e.g. 127.0.0.1, not '\(TerminalText.escaped(host))'")
        }
        if let token, !ServerOptions.isUsableToken(token) {
            throw ValidationError("--token takes 16 to 256 letters, digits or -._~+/=, so that a header and a cookie carry it as it is")
        }
        if !ServerOptions.isLoopback(host) && token == nil {
            throw ValidationError("--host \(TerminalText.escaped(host)) can be reached from other machines; give --token TOKEN so that only those who have it can use the server")
        }
    }

    func run() throws {
        let options = ServerOptions(indexPath: location.path, host: host, port: port, token: token, watchSeconds: watch,
                                    cacheMegabytes: cache)
        if location.given == nil { _ = try IndexBootstrap.openOrBuild(location) }
        if let warning = options.exposureWarning(shownHost: TerminalText.escaped(host)) {
            StandardError.line("xuncha: warning: " + warning)
        }
        let server = WebServer(options: options, analyzer: try Analysis.shared())
        let path = location.path
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task.detached {
            do {
                try await server.run(announce: { url in
                    StandardStreams.write("xuncha: serving '\(path)' at \(url) (Ctrl-C stops)\n")
                }, warn: { StandardError.line("xuncha: \($0)") })
            } catch {
                outcome.failure = error
            }
            finished.signal()
        }
        finished.wait()
        if let failure = outcome.failure {
            throw ValidationError("cannot serve at \(TerminalText.escaped(host)):\(port): \(ServeFailure.sentence(for: failure))")
        }
    }

    private final class Outcome: @unchecked Sendable {
        var failure: Error?
    }
}
