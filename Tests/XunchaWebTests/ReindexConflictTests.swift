import Foundation
import XCTest

/// One index run at a time: a re-index asked for while one runs is refused with 409 and one sentence, and
/// the run under way finishes.
final class ReindexConflictTests: XCTestCase {
    func testAReindexAskedForWhileOneRunsIs409() throws {
        let folder = ServerProcess.temporaryFolder("conflict")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let samples = try FileManager.default.contentsOfDirectory(atPath: ServerProcess.root.appendingPathComponent("corpus").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThan(samples.count, 1)
        func copy(_ name: String) throws {
            try FileManager.default.copyItem(at: ServerProcess.root.appendingPathComponent("corpus/\(name)"),
                                             to: corpus.appendingPathComponent(name))
        }
        try copy(samples[0])
        let index = folder.appendingPathComponent("index").path
        XCTAssertEqual(try ServerProcess.run(["index", "--corpus", corpus.path, "--index", index]).status, 0)
        // The rest of the sample corpus: enough for the run to take a while.
        for name in samples.dropFirst() { try copy(name) }

        let server = try ServerProcess(["--index", index])
        defer { server.stop() }
        let headers = ["X-CSRF-Token": try server.csrfToken()]
        let first = Thread.result { try server.post("/api/reindex", headers: headers) }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, try server.get("/api/status").json()["reindexing"] as? Bool != true {
            Thread.sleep(forTimeInterval: 0.005)
        }
        let second = try server.post("/api/reindex", headers: headers)
        XCTAssertEqual(second.status, 409, second.text)
        XCTAssertEqual(second.error, "an index run is already under way; try again when it ends")
        XCTAssertEqual(second.header("content-type"), "application/json; charset=utf-8")

        let done = try first.wait()
        XCTAssertEqual(done.status, 200, done.text)
        XCTAssertEqual(try done.json()["added"] as? Int, samples.count - 1)
        XCTAssertEqual(try server.get("/api/status").json()["reindexing"] as? Bool, false)
    }
}

/// A value worked out on a thread of its own, waited for later.
final class ThreadResult<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    fileprivate init(_ work: @escaping @Sendable () throws -> T) {
        Thread { [self] in
            result = Result(catching: work)
            done.signal()
        }.start()
    }

    func wait() throws -> T {
        done.wait()
        return try result!.get()
    }
}

extension Thread {
    static func result<T>(_ work: @escaping @Sendable () throws -> T) -> ThreadResult<T> { ThreadResult(work) }
}
