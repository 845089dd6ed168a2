import ArgumentParser
import XunchaIndex

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the index for damage.",
        discussion: """
        Runs Xapian's own consistency check on every shard of the index, checks that every shard and its \
        tables are there, and compares the file manifest with the paragraphs the shards hold. Prints a short \
        verdict. A damaged index is rebuilt by 'xuncha index'. Exit status: 0 sound, 2 damaged or no index.
        """
    )

    @OptionGroup var location: IndexLocation

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    func run() throws {
        let directory = location.directory
        let report = try IndexCheck.run(directory, analyzer: try Analysis.shared())
        var output = Output()
        if json {
            output.line(report.json.line)
        } else {
            output.line("index \(TerminalText.escaped(report.index)), generation \(TerminalText.escaped(report.generation))")
            for shard in report.shards {
                let verdict = shard.xapianErrors.map { $0 == 0 ? "no errors" : "\($0) errors" } ?? "could not be checked"
                output.line("  \(shard.name): \(shard.paragraphs) paragraphs, Xapian's check: \(verdict)")
            }
            output.line("  manifest: \(report.files) files, \(report.notices) notices, \(report.paragraphs) paragraphs")
            for problem in report.problems { output.line("  damaged: \(TerminalText.escaped(problem))") }
            if let stale = report.stale { output.line("  built \(stale): the next 'xuncha index' rebuilds it") }
            output.line(report.isSound ? "sound" : "damaged")
        }
        output.flush()
        guard report.isSound else {
            throw IndexError.failedCheck(path: report.index, problem: report.problems[0])
        }
    }
}
