import Foundation
import XCTest

/// Indexing and search read and write the index only through the storage layer (`Sources/XunchaIndex/Storage`):
/// no other part of the library touches the metadata, the stored JSON or the shards' folders itself.
final class StorageBoundaryTests: XCTestCase {
    /// What only the storage layer may write in its sources.
    private let storageOnly = ["metadata(forKey:", "setMetadata(", "MetadataKey", "JSONEncoder.compact", "/shard-",
                               "iamglass", "Prefix.bigram +"]

    func testNothingOutsideTheStorageLayerReachesIntoTheIndex() throws {
        let library = SampleCorpus.root.appendingPathComponent("Sources/XunchaIndex")
        let files = FileManager.default.enumerator(atPath: library.path)?.compactMap { $0 as? String } ?? []
        XCTAssertTrue(files.contains("Storage/IndexSchema.swift"))
        var reaching: [String] = []
        for file in files where file.hasSuffix(".swift") && !file.hasPrefix("Storage/") {
            let text = try String(contentsOf: library.appendingPathComponent(file), encoding: .utf8)
            for token in storageOnly where text.contains(token) { reaching.append("\(file): \(token)") }
        }
        XCTAssertEqual(reaching, [])
    }
}
