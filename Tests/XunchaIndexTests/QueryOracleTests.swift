import Foundation
import NoticeParsing
import TestSupport
import XCTest
@testable import XunchaIndex

/// The query language against an oracle: random expressions of phrases and operators, written as a user
/// would type them, must find exactly the paragraphs a plain evaluation over every indexed paragraph's text
/// finds (substring semantics, the same width folding). A query the oracle says would match an empty
/// paragraph (it only excludes) must be refused. `XUNCHA_FUZZ_ITERATIONS` runs more.
final class QueryOracleTests: XCTestCase {
    static let iterations = Int(ProcessInfo.processInfo.environment["XUNCHA_FUZZ_ITERATIONS"] ?? "") ?? 250

    /// Frequent, rare and absent phrases; half-width and full-width forms; single characters.
    static let phrases = ["三重一大", "集体决策", "制度", "党委", "会议", "整改", "学校", "财务", "问题", "落实",
                          "领导班子", "（一）", "(一)", "2021年", "鳄鱼", "不到位", "主体责任", "八项规定", "公务用车",
                          "党", "民主生活会", "书记", "三重一大”事项", "决策 制度"]
    static let quotes: [(String, String)] = [("\"", "\""), ("“", "”"), ("「", "」"), ("『", "』"), ("＂", "＂")]

    indirect enum Node {
        case phrase(String)
        case and(Node, Node, juxtaposed: Bool)
        case or(Node, Node)
        case not(Node, minus: Bool)

        func matches(_ text: String) -> Bool {
            switch self {
            case .phrase(let phrase): return text.contains(SearchForm.of(phrase))
            case .and(let left, let right, _): return left.matches(text) && right.matches(text)
            case .or(let left, let right): return left.matches(text) || right.matches(text)
            case .not(let node, _): return !node.matches(text)
            }
        }

        /// As typed: brackets only where precedence needs them, and sometimes where it does not.
        func written(using random: inout SeededGenerator) -> String {
            switch self {
            case .phrase(let phrase):
                // A phrase cannot hold the mark that would close it.
                let usable = QueryOracleTests.quotes.filter { !phrase.contains($0.1) && !phrase.contains($0.0) }
                let (open, close) = usable.randomElement(using: &random)!
                return open + phrase + close
            case .and(let left, let right, let juxtaposed):
                let a = left.operand(below: .and, using: &random), b = right.operand(below: .and, using: &random)
                return a + (juxtaposed ? " " : " AND ") + b
            case .or(let left, let right):
                return left.operand(below: .or, using: &random) + " OR " + right.operand(below: .or, using: &random)
            case .not(let node, let minus):
                let operand = node.operand(below: .not, using: &random)
                return minus && (operand.hasPrefix("(") || !operand.hasPrefix("NOT") && !operand.hasPrefix("-"))
                    ? "-" + operand : "NOT " + operand
            }
        }

        enum Level: Int { case or, and, not }

        private var level: Level {
            switch self {
            case .phrase, .not: return .not
            case .and: return .and
            case .or: return .or
            }
        }

        private func operand(below parent: Level, using random: inout SeededGenerator) -> String {
            let text = written(using: &random)
            let needed = level.rawValue < parent.rawValue || (parent == .not && level != .not)
            let phrase: Bool = { if case .phrase = self { return true } else { return false } }()
            return needed || (!phrase && Bool.random(using: &random) && Int.random(in: 0...3, using: &random) == 0)
                ? "(" + text + ")" : text
        }

        static func random(depth: Int, using generator: inout SeededGenerator) -> Node {
            guard depth > 0, Int.random(in: 0...3, using: &generator) > 0 else {
                return .phrase(QueryOracleTests.phrases.randomElement(using: &generator)!)
            }
            switch Int.random(in: 0...6, using: &generator) {
            case 0, 1, 2:
                return .and(Node.random(depth: depth - 1, using: &generator), Node.random(depth: depth - 1, using: &generator),
                            juxtaposed: Bool.random(using: &generator))
            case 3, 4:
                return .or(Node.random(depth: depth - 1, using: &generator), Node.random(depth: depth - 1, using: &generator))
            default:
                return .not(Node.random(depth: depth - 1, using: &generator), minus: Bool.random(using: &generator))
            }
        }
    }

    /// Every indexed paragraph: its location and its text in the form phrases are compared in.
    static let paragraphs: [(location: String, text: String)] = {
        let database = SampleCorpus.index.database
        let last = try! database.lastDocumentID
        return (1...max(1, last)).compactMap { id in
            guard let data = try? database.document(id).data, !data.isEmpty,
                  let record = try? NoticeIndex.decodeRecord(data) else { return nil }
            return (record.location.description, SearchForm.of(record.text))
        }
    }()

    func testRandomExpressionsMatchTheOracle() throws {
        XCTAssertGreaterThan(Self.paragraphs.count, 1000)
        var random = SeededGenerator(state: 1_101)
        var refused = 0, empty = 0
        for round in 0..<Self.iterations {
            let node = Node.random(depth: 3, using: &random)
            let query = node.written(using: &random)
            let expected = Set(Self.paragraphs.filter { node.matches($0.text) }.map(\.location))
            if node.matches("") {
                refused += 1
                XCTAssertThrowsError(try SampleCorpus.index.search(SearchRequest(query: query, limit: 10)),
                                     "round \(round) \(query): only excludes, so it must be refused")
                continue
            }
            let found = try SampleCorpus.index.search(SearchRequest(query: query, limit: 100_000, highlights: false))
                .hits.map { $0.record.location.description }
            if expected.isEmpty { empty += 1 }
            XCTAssertEqual(found.count, Set(found).count, "round \(round) \(query): a paragraph listed twice")
            let foundSet = Set(found)
            XCTAssertTrue(foundSet == expected, """
                round \(round) \(query): \(foundSet.subtracting(expected).sorted().prefix(3)) found but not \
                expected, \(expected.subtracting(foundSet).sorted().prefix(3)) expected but not found
                """)
        }
        // The generator reaches every case: refused queries, empty and non-empty results.
        guard Self.iterations >= 100 else { return }
        XCTAssertGreaterThan(refused, 0)
        XCTAssertGreaterThan(empty, 0)
        XCTAssertLessThan(refused + empty, Self.iterations)
    }
}
