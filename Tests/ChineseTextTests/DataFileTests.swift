import ChineseText
import XCTest

final class DataFileTests: XCTestCase {
    let analyzer = AnalyzerFixture.bundled

    func testShippedDataIsSubstantial() {
        XCTAssertGreaterThanOrEqual(analyzer.lexiconSize, 300)
        XCTAssertGreaterThanOrEqual(analyzer.synonymGroupCount, 150)
    }

    func testSynonymsRoundTrip() {
        XCTAssertEqual(Set(analyzer.synonyms(of: "巡视")), ["巡察"])
        XCTAssertEqual(Set(analyzer.synonyms(of: "巡察")), ["巡视"])
        XCTAssertTrue(analyzer.synonyms(of: "一把手").contains("主要负责人"))
        XCTAssertTrue(analyzer.synonyms(of: "主要负责人").contains("一把手"))
        XCTAssertTrue(analyzer.synonyms(of: "小金库").contains("账外资金"))
        XCTAssertTrue(analyzer.synonyms(of: "账外资金").contains("小金库"))
        XCTAssertFalse(analyzer.synonyms(of: "一把手").contains("一把手"))
        XCTAssertEqual(analyzer.synonyms(of: "没有这个词"), [])
    }

    func testEverySynonymIsOneWholeToken() {
        let own = ChineseAnalyzer(lexicon: "", synonyms: "公车 公务用车\n拍脑袋，个人说了算、未经集体研究")
        XCTAssertEqual(own.synonymGroupCount, 2)
        XCTAssertEqual(own.words("不准公车私用").first, "不准")
        XCTAssertTrue(own.tokens(in: "拍脑袋决策").contains { $0.text == "拍脑袋" && $0.isLexiconTerm })
        XCTAssertEqual(own.synonyms(of: "拍脑袋"), ["个人说了算", "未经集体研究"])
        XCTAssertEqual(own.synonyms(of: "未经集体研究"), ["拍脑袋", "个人说了算"])
    }

    func testEveryShippedSynonymIsOneToken() throws {
        let file = AnalyzerFixture.corpusFolder.deletingLastPathComponent()
            .appendingPathComponent("Sources/ChineseText/Resources/synonyms.txt")
        let members = try String(contentsOf: file, encoding: .utf8)
            .split(whereSeparator: \.isNewline)
            .map { $0.prefix { $0 != "#" } }
            .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" || $0 == "、" }) }
            .map { TextFolding.fold(String($0)) }
        XCTAssertGreaterThan(members.count, 500)
        for member in members where member != ">" {
            XCTAssertEqual(analyzer.words(member), [member], "synonym \(member)")
            XCTAssertFalse(analyzer.synonyms(of: member).isEmpty, member)
        }
    }

    func testCommentsAndBlankLinesAreIgnored() {
        let own = ChineseAnalyzer(lexicon: "# comment\n\n  一岗双责  # inline\n三重一大\n", synonyms: "# none\n")
        XCTAssertEqual(own.lexiconSize, 2)
        XCTAssertEqual(own.synonymGroupCount, 0)
    }

    func testVersionFollowsTheData() {
        let base = ChineseAnalyzer(lexicon: "一岗双责", synonyms: "巡视 巡察")
        XCTAssertEqual(base.version, ChineseAnalyzer(lexicon: "一岗双责 # same", synonyms: "巡视 巡察").version)
        XCTAssertNotEqual(base.version, ChineseAnalyzer(lexicon: "一岗双责\n三重一大", synonyms: "巡视 巡察").version)
        XCTAssertNotEqual(base.version, ChineseAnalyzer(lexicon: "一岗双责", synonyms: "巡视 巡察 巡查").version)
        XCTAssertTrue(base.version.hasPrefix("seg"))
    }
}
