import ArgumentParser
import ChineseText
import XunchaIndex

/// `--index DIR`, shared by every command that reads the index.
struct IndexLocation: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp("The index folder.", valueName: "dir"))
    var path = "index"

    var directory: IndexDirectory { IndexDirectory(path: path) }

    func openIndex() throws -> NoticeIndex {
        try NoticeIndex(directory: directory, analyzer: try Analysis.shared())
    }
}

/// The analyzer is loaded once per process: its lexicon is small and parsed on start.
enum Analysis {
    static func shared() throws -> ChineseAnalyzer { try ChineseAnalyzer.bundled() }
}
