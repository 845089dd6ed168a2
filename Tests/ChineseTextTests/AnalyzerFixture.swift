import ChineseText
import Foundation
import XCTest

/// The shipped analyzer, loaded once for all tests, and the corpus next to the package.
enum AnalyzerFixture {
    static let bundled: ChineseAnalyzer = {
        do { return try ChineseAnalyzer.bundled() } catch { fatalError("bundled analyzer: \(error)") }
    }()

    static let corpusFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus").resolvingSymlinksInPath()

    static func corpusTexts() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(at: corpusFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: corpusFolder.path]) }
        return try files.map { try String(contentsOf: $0, encoding: .utf8) }
    }

    static func corpusLines() throws -> [String] {
        try corpusTexts().flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) }
    }
}

extension ChineseAnalyzer {
    func words(_ text: String) -> [String] { tokens(in: text).map(\.text) }
}
