import ArgumentParser
import Foundation
import XunchaIndex

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the index from the corpus folder.",
        discussion: """
        New files are added, changed files re-indexed, deleted files removed; unchanged files are not read. \
        The corpus is only ever read. Without --corpus, the folders the index was built from are used \
        (or ./corpus for a new index). An index belongs to its folders: other folders need --rebuild, and a run \
        that would remove more than half of the indexed files (an unmounted disk, a wrong path) changes nothing \
        unless --prune is given.

        Exit status: 0 when every notice file was indexed; 3 when some files could not be read or decoded \
        (each is named on stderr and skipped; what the index held of them is kept), or had a line longer than \
        16 MB (named on stderr, indexed as far as that); 2 on error.
        """
    )

    @Option(help: ArgumentHelp("A folder of notice files (.txt, .md, .html, .docx, …; subfolders too); repeat it to index several folders.",
                               valueName: "dir"))
    var corpus: [String] = []

    @OptionGroup var location: IndexLocation

    @Flag(help: "Build a new index from scratch and swap it in only when complete.")
    var rebuild = false

    @Flag(help: "Remove the files no longer in the corpus even when they are more than half of the index.")
    var prune = false

    @Flag(inversion: .prefixedNo,
          help: "Follow links that lead out of the corpus folders, never into /proc, /sys or /dev (default: as the index remembers; off for a new index).")
    var followLinks: Bool?

    @Flag(help: "Print the summary as one JSON object.")
    var json = false

    @Flag(inversion: .prefixedNo, help: "Show a progress bar (default: only on a terminal).")
    var progress: Bool?

    @Option(help: ArgumentHelp("Commit after about this many MB of new text: less loses less work to a crash, more indexes a little faster.",
                               valueName: "mb"),
            transform: WholeNumber.parser(1...1_048_576))
    var commitEvery = 32

    func validate() throws {
        if corpus.contains("") { throw ValidationError("--corpus takes a folder, not an empty path") }
    }

    func run() throws {
        let indexer = Indexer(directory: location.directory, analyzer: try Analysis.shared())
        indexer.commitEveryBytes = Int64(commitEvery) << 20
        indexer.followLinks = followLinks
        let showProgress = progress ?? (isatty(STDERR_FILENO) == 1 && !json)
        let bar = showProgress ? ProgressBar() : nil
        let interruption = IndexInterruption(directory: location.directory, path: location.path, progress: bar)
        let summary = try indexer.run(corpora: corpus, rebuild: rebuild, prune: prune, progress: bar.map { bar in { bar.update($0) } })
        interruption.end()
        bar?.finish()
        for link in summary.linksNotFollowed {
            StandardError.line("xuncha: not followed: \(TerminalText.escaped(link)) leads out of the corpus (--follow-links follows it)")
        }
        for failure in summary.failed {
            StandardError.line("xuncha: skipped \(TerminalText.escaped(failure.source)): \(failure.reason)")
        }
        for shortened in summary.shortened {
            StandardError.line("xuncha: shortened \(TerminalText.escaped(shortened.source)): \(shortened.reason)")
        }
        var output = Output()
        if json {
            output.line(summary.json.line)
        } else {
            if let reason = summary.rebuildReason { output.line("rebuilt the index (\(reason))") }
            output.line("\(summary.added) added, \(summary.updated) updated, \(summary.removed) removed, "
                        + "\(summary.unchanged) unchanged, \(summary.failed.count) unreadable, \(summary.skipped) not notices")
            output.line(String(format: "%d notices, %d paragraphs in %@ (%.2f s)",
                               summary.notices, summary.paragraphs, TerminalText.escaped(summary.index), summary.seconds))
        }
        output.flush()
        if !summary.failed.isEmpty || !summary.shortened.isEmpty { throw ExitCode(3) }
    }
}
