import Foundation
import XunchaIndex

/// `--watch N`: every N seconds the corpus folders the index remembers are indexed as `xuncha index` does,
/// through the library: new, changed and removed files. Searches meanwhile read the last commit; the next
/// read after a commit opens the new one. A run that fails is reported once, on stderr, until one succeeds.
struct CorpusWatcher {
    let state: ServerState
    let seconds: Int
    let warn: @Sendable (String) -> Void

    func run() async {
        var lastFailure: String?
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(seconds) * 1_000_000_000)
            guard !Task.isCancelled else { return }
            do {
                _ = try await state.indexer.run()
                lastFailure = nil
            } catch let error as APIError where error.status == .conflict {
                continue  // a re-index asked for by a page is running; it does the same work
            } catch {
                let sentence = (error as? IndexError)?.description ?? String(describing: error)
                if sentence != lastFailure { warn("watching the corpus: \(sentence)") }
                lastFailure = sentence
            }
        }
    }
}
