import ArgumentParser
import ChineseText
import Foundation
import XunchaIndex

/// `--index DIR`, shared by every command that reads the index.
struct IndexLocation: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp("The index folder (default: index).", valueName: "dir"))
    var given: String?

    /// The documented default: the only index a reading command builds by itself, from ./corpus.
    static let defaultPath = "index"

    var path: String { given ?? Self.defaultPath }

    var directory: IndexDirectory { IndexDirectory(path: path) }

    func validate() throws {
        if given?.isEmpty == true { throw ValidationError("--index takes a folder, not an empty path") }
    }

    func openIndex() throws -> NoticeIndex {
        try NoticeIndex(directory: directory, analyzer: try Analysis.shared())
    }
}

/// Opens the index; the default one is first built from ./corpus when there is none yet. An `--index` given
/// by the user is never created by a reading command: a typo must not build a second index.
enum IndexBootstrap {
    static func openOrBuild(_ location: IndexLocation) throws -> NoticeIndex {
        do {
            return try location.openIndex()
        } catch IndexError.missingIndex {
            let corpus = "corpus"
            var isDirectory: ObjCBool = false
            guard location.given == nil, FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory),
                  isDirectory.boolValue else { throw IndexError.missingIndex(path: location.directory.path) }
            let indexer = Indexer(directory: location.directory, analyzer: try Analysis.shared())
            let summary = try indexer.buildIfMissing(corpus: corpus) {
                StandardError.line("xuncha: no index at '\(location.path)' yet; building it from ./corpus first")
            }
            if let summary {
                for failure in summary.failed { StandardError.line("xuncha: skipped \(failure.source): \(failure.reason)") }
                StandardError.line(String(format: "xuncha: indexed %d notices, %d paragraphs in %.1f s",
                                          summary.notices, summary.paragraphs, summary.seconds))
            }
            return try location.openIndex()
        }
    }
}

/// The analyzer is loaded once per process: its lexicon is small and parsed on start. It is kept to the end
/// and never freed, since freeing thousands of terms just before the process exits only costs time.
enum Analysis {
    private static let loaded = Result { try ChineseAnalyzer.bundled() }

    static func shared() throws -> ChineseAnalyzer { try loaded.get() }
}
