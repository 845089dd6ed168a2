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

/// The analyzer is loaded once per process: its lexicon is small and parsed on start. It is kept to the end
/// and never freed, since freeing thousands of terms just before the process exits only costs time.
enum Analysis {
    private static let loaded = Result { try ChineseAnalyzer.bundled() }

    static func shared() throws -> ChineseAnalyzer { try loaded.get() }
}
