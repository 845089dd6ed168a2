import Foundation
import XCTest
@testable import NoticeParsing

/// The sample corpus at the repository root and the gold annotations beside these tests.
enum CorpusFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpusFolder = repositoryRoot.appendingPathComponent("corpus")

    static func sourceNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpusFolder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Every notice of the sample corpus, parsed once.
    static let notices: [Notice] = {
        guard let names = try? sourceNames() else { return [] }
        return names.flatMap { name -> [Notice] in
            let data = (try? Data(contentsOf: corpusFolder.appendingPathComponent(name))) ?? Data()
            return (try? NoticeParser.parse(fileData: data, source: name)) ?? []
        }
    }()

    struct GoldNotice: Decodable {
        var source: String
        var start_line: Int
        var end_line: Int
        var title: String?
        var org: String?
        var agency: String?
        var inspection: String?
        var inspector: String?
        var round: String?
        var period_start: String?
        var period_end: String?
        var feedback_date: String?
        var publish_date: String?
        var region: [String]?
        var level: String?
        var doc_type: String?
    }

    struct GoldParagraph: Decodable {
        var source: String
        var line: Int
        var role: String
        var problem_line: Int?
    }

    static func gold<T: Decodable>(_ name: String, as type: T.Type) -> T? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Gold"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(T.self, from: data)
    }

    static var goldNotices: [GoldNotice] { gold("notices", as: [GoldNotice].self) ?? [] }
    static var goldParagraphs: [GoldParagraph] { gold("paragraphs", as: [GoldParagraph].self) ?? [] }
    /// Paragraphs judged after the rules were written, never used to tune them: the generalization check.
    static var heldOutParagraphs: [GoldParagraph] { gold("heldout-paragraphs", as: [GoldParagraph].self) ?? [] }
}
