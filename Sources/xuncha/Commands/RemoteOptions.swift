import ArgumentParser
import Foundation
import XunchaIndex

/// `--remote HOST:PORT` (repeatable), `--timeout` and `--allow-partial`, shared by the commands that read:
/// indexes served by `xuncha serve-index` are searched with the local one (`--index`) or instead of it.
struct RemoteOptions: ParsableArguments {
    @Option(name: .customLong("remote"), help: ArgumentHelp(
        "An index served by 'xuncha serve-index', searched as one with the others; repeat for several. Without --index, only the served ones are searched.",
        valueName: "host:port"))
    var given: [String] = []

    @Option(help: ArgumentHelp("Seconds a served index may take to answer (default: 2).", valueName: "seconds"))
    var timeout: Double = 2

    @Flag(name: .customLong("allow-partial"),
          help: "Answer from the served indexes that answer, with a warning naming those that do not.")
    var allowPartial = false

    var endpoints: [IndexEndpoint] { given.compactMap(IndexEndpoint.init) }

    func validate() throws {
        for text in given where IndexEndpoint(text) == nil {
            throw ValidationError("--remote takes HOST:PORT, e.g. 127.0.0.1:7001, not '\(TerminalText.escaped(text))'")
        }
        guard timeout.isFinite, timeout > 0, timeout <= 3600 else {
            throw ValidationError("--timeout takes a number of seconds above 0 and at most 3600")
        }
    }

    /// The index the command reads: the local one alone, or it (when given) with the served ones.
    func open(_ location: IndexLocation, orBuild: Bool = false) throws -> NoticeIndex {
        guard !given.isEmpty else { return orBuild ? try IndexBootstrap.openOrBuild(location) : try location.openIndex() }
        let index = try NoticeIndex(directory: location.given == nil ? nil : location.directory, endpoints: endpoints,
                                    reading: RemoteReading(timeout: timeout, allowPartial: allowPartial),
                                    analyzer: try Analysis.shared())
        for name in index.missingParts {
            StandardError.line("xuncha: warning: the index served at \(name) did not answer; these results leave it out")
        }
        return index
    }
}
