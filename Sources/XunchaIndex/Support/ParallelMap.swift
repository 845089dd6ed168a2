import Dispatch

/// Slots that concurrent workers fill, each index written by exactly one worker.
private final class Slots<Element>: @unchecked Sendable {
    var values: [Element?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
}

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping their order.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            slots.values.withUnsafeMutableBufferPointer { output in
                nonisolated(unsafe) let output = output
                DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                    output[index] = transform(elements[index])
                }
            }
        }
        return slots.values.map { $0! }
    }
}

/// Runs `work` on a background thread; `wait()` returns its result. Lets the writer write one batch while
/// the next is being prepared.
final class BackgroundTask<Result: Sendable>: @unchecked Sendable {
    private var result: Result?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Result) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    func wait() -> Result {
        done.wait()
        return result!
    }
}
