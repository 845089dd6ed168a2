import ChineseText
import Foundation
import XCTest
@testable import XunchaIndex

/// The repository's sample corpus, and an index of it built once for all tests that only read.
enum SampleCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")

    static let analyzer: ChineseAnalyzer = try! ChineseAnalyzer.bundled()

    /// Built on first use into a temporary folder.
    nonisolated(unsafe) static let index: NoticeIndex = {
        let directory = IndexDirectory(path: temporaryFolder("sample-index").path)
        _ = try! Indexer(directory: directory, analyzer: analyzer).run(corpus: corpus.path, rebuild: false)
        return try! NoticeIndex(directory: directory, analyzer: analyzer)
    }()

    static func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("xuncha-tests-\(getpid())-\(name)-\(UUID().uuidString.prefix(8))")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A writable copy of the sample corpus.
    static func copy(_ name: String) -> URL {
        let folder = temporaryFolder(name).appendingPathComponent("corpus")
        try! FileManager.default.copyItem(at: corpus, to: folder)
        return folder
    }

    /// A writable copy of the sample corpus without its one large file: quick to index, for tests of the
    /// index folder rather than of its contents.
    static func smallCopy(_ name: String) -> URL {
        let folder = temporaryFolder(name).appendingPathComponent("corpus")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in smallFiles {
            try! FileManager.default.copyItem(at: corpus.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        return folder
    }

    static let smallFiles = ["000_8d2eff55063ca2b4.txt", "001_8be801cd753d7ffb.txt", "003_37d7a444f6573249.txt"]

    /// `grep -n -F` over the corpus: the oracle for exact phrases, as `source:line` strings.
    static func grep(_ phrase: String, in folder: URL = corpus) -> Set<String> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["grep", "-n", "-F", "-r", "--include=*.txt", "--", phrase, "."]
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        try! process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Set(output.split(separator: "\n").map { line -> String in
            let parts = line.split(separator: ":", maxSplits: 2)
            return String(parts[0].dropFirst(2)) + ":" + parts[1]
        })
    }
}

extension NoticeIndex {
    func locations(_ query: String, limit: Int = 100_000, filters: SearchFilters = SearchFilters()) throws -> [String] {
        try search(SearchRequest(query: query, limit: limit, filters: filters)).hits.map { $0.record.location.description }
    }
}
