import ChineseText
import Foundation
@testable import XunchaIndex

/// An index of part of the sample corpus and a notice full of markup (`Fixtures/hostile-notice.txt`),
/// built once for the page tests.
enum PageIndex {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let hostileNotice = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile-notice.txt")

    nonisolated(unsafe) static let index: NoticeIndex = {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("xuncha-pages-\(getpid())-\(UUID().uuidString.prefix(8))")
        let corpus = base.appendingPathComponent("corpus")
        try! FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for file in ["000_8d2eff55063ca2b4.txt", "001_8be801cd753d7ffb.txt", "003_37d7a444f6573249.txt"] {
            try! FileManager.default.copyItem(at: repository.appendingPathComponent("corpus/" + file),
                                              to: corpus.appendingPathComponent(file))
        }
        try! FileManager.default.copyItem(at: hostileNotice, to: corpus.appendingPathComponent("hostile.txt"))
        let analyzer = try! ChineseAnalyzer.bundled()
        let directory = IndexDirectory(path: base.appendingPathComponent("index").path)
        _ = try! Indexer(directory: directory, analyzer: analyzer).run(corpus: corpus.path, rebuild: false)
        return try! NoticeIndex(directory: directory, analyzer: analyzer)
    }()
}
