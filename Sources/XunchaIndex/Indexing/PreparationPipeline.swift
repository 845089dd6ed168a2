import Dispatch
import Foundation

/// Reads, parses and analyses corpus files on worker threads, a few files ahead of the writer, and hands
/// them over in corpus order. The lookahead bounds memory: at most `lookahead` files are held prepared.
final class PreparationPipeline: @unchecked Sendable {
    private let files: [CorpusFile]
    private let extractor: TermExtractor
    private let limits: FileSizeLimits
    private let lock = NSLock()
    private var outcomes: [Int: FileIndexing.Outcome] = [:]
    private let ready: [DispatchSemaphore]
    private let window: DispatchSemaphore

    init(files: [CorpusFile], extractor: TermExtractor, limits: FileSizeLimits, lookahead: Int) {
        self.files = files
        self.extractor = extractor
        self.limits = limits
        ready = files.map { _ in DispatchSemaphore(value: 0) }
        window = DispatchSemaphore(value: max(1, lookahead))
        DispatchQueue.global(qos: .userInitiated).async { self.feed() }
    }

    private func feed() {
        for index in files.indices {
            window.wait()
            DispatchQueue.global(qos: .userInitiated).async {
                let outcome = FileIndexing.prepare(self.files[index], extractor: self.extractor, limits: self.limits)
                self.lock.withLock { self.outcomes[index] = outcome }
                self.ready[index].signal()
            }
        }
    }

    /// The prepared file at `index`, waiting for it if need be; each index is taken once, in order.
    func take(_ index: Int) -> FileIndexing.Outcome {
        ready[index].wait()
        let outcome = lock.withLock { outcomes.removeValue(forKey: index)! }
        window.signal()
        return outcome
    }
}
