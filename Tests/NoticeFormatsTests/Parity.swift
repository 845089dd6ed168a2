import Foundation
import NoticeFormats
import NoticeParsing
import XCTest

/// The fixtures made by `scripts/fixtures/make-format-fixtures`, and how a notice read from another format
/// compares with the same notice read from text.
enum Parity {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let names = ["jishui", "heping", "dongguan"]

    static func data(_ file: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent(file))
    }

    static func notices(_ file: String) throws -> [Notice] {
        let (_, document) = try DocumentFormats.read(try data(file), source: file)
        return NoticeParser.parse(document: document, source: file)
    }

    /// The share of the text version's paragraphs found, in order, with the same text (a longest common
    /// subsequence), and the share of those with the same role.
    static func agreement(_ text: [Paragraph], _ other: [Paragraph]) -> (paragraphs: Double, roles: Double) {
        let a = text.map(\.text), b = other.map(\.text)
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var i = 0, j = 0, same = 0, sameRole = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                same += 1
                if text[i].role == other[j].role { sameRole += 1 }
                i += 1; j += 1
            } else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
        }
        let total = max(a.count, b.count)
        return (Double(same) / Double(max(total, 1)), Double(sameRole) / Double(max(a.count, 1)))
    }

    /// Metadata as the notice's own text gives it: what a page adds about itself (address, site) set aside.
    static func ownMetadata(_ metadata: NoticeMetadata) -> NoticeMetadata {
        var m = metadata
        m.url = nil
        m.sourceSite = nil
        return m
    }
}
