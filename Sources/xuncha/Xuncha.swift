import ArgumentParser
import Foundation
import XunchaIndex

@main
struct Xuncha: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search party-inspection rectification notices (巡视/巡察整改进展情况通报).",
        discussion: """
        Index a folder of notices, then search their paragraphs across agencies: how others described a \
        problem, and the measures they took.

        Exit status, the same for every command: 0 results found or work done; 1 nothing found (no hits, \
        an unknown paragraph; one line on stderr); 2 usage error or an index that cannot be read (one \
        sentence on stderr); 3 (index only) some corpus files could not be read and were skipped.
        """,
        version: """
        xuncha \(version)
        Xapian \(EngineVersions.xapian)
        index format \(EngineVersions.indexFormat)
        """,
        subcommands: [IndexCommand.self, SearchCommand.self, MeasuresCommand.self, PlanCommand.self, SimilarCommand.self,
                      NoticesCommand.self, ShowCommand.self, CheckCommand.self, ServeIndexCommand.self,
                      ServeCommand.self]
    )

    /// The tool's version; bump it with each release.
    static let version = "1.0.0"

    /// Errors are one sentence on stderr and exit status 2 (1 when nothing was found); `--help` and
    /// `--version` print as usual.
    static func main() {
        StandardStreams.secure()
        do {
            var command = try parseAsRoot(QueryArguments.protectingExclusions(Array(CommandLine.arguments.dropFirst())))
            try DataFileCheck.run()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success { self.exit(withError: error) }
            var message = (error as? FilterError)?.sentence ?? (error as? IndexError)?.sentence ?? Self.message(for: error)
            if message.isEmpty { message = String(describing: error) }
            StandardError.line("xuncha: \(oneLine(message))")
            Foundation.exit(NothingFound.status(of: error))
        }
    }

    /// The parser lists the values an option takes one per line (`Please provide one of the following:` and
    /// `  - title`…): one sentence on one line, the values joined by commas.
    static func oneLine(_ message: String) -> String {
        let lines = message.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = lines.first else { return "" }
        let listed = lines.dropFirst().map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        return listed.isEmpty ? first : first + " " + listed.joined(separator: ", ")
    }
}
