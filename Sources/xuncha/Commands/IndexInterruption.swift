import Foundation
import XunchaIndex

/// Ctrl-C during `xuncha index`: the index is crash-safe, so nothing needs undoing; what the user needs is to
/// know what the index now holds. The progress line is cleared (with the `^C` the terminal echoed onto it),
/// the last commit is read and told, and xuncha exits 130 as a shell expects of an interrupted command.
final class IndexInterruption {
    private let source: DispatchSourceSignal
    private static let queue = DispatchQueue(label: "xuncha.interruption")

    init(directory: IndexDirectory, path: String, progress: ProgressBar?) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: Self.queue)
        source.setEventHandler {
            progress?.silence()
            if progress != nil || isatty(STDERR_FILENO) == 1 { StandardStreams.writeError("\r\u{1B}[K") }
            StandardError.line("xuncha: interrupted; " + Self.holdings(directory: directory, path: path))
            // The indexer is still writing on the main thread: end at once, as a kill would, rather than run
            // exit handlers under it. The next run completes the index from its last commit.
            _exit(130)
        }
        source.resume()
    }

    private static func holdings(directory: IndexDirectory, path: String) -> String {
        let index: NoticeIndex
        do {
            index = try NoticeIndex(directory: directory, analyzer: try Analysis.shared())
        } catch IndexError.missingIndex {
            return "nothing was committed yet, so there is no index at '\(path)'; run 'xuncha index' again to build it"
        } catch {
            return "the index at '\(path)' keeps its last commit; run 'xuncha index' again to complete it"
        }
        guard let contents = try? index.contents() else {
            return "the index at '\(path)' keeps its last commit; run 'xuncha index' again to complete it"
        }
        return "the index at '\(path)' holds its last commit: \(contents.files) files, \(contents.notices) notices, "
            + "\(contents.paragraphs) paragraphs; run 'xuncha index' again to complete it"
    }

    /// Back to the default: once indexing is done, Ctrl-C simply ends xuncha.
    func end() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
