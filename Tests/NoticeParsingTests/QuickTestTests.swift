import Foundation
import XCTest
@testable import NoticeParsing

/// A quick test spares the regular expression the texts it could never match; it must never turn away one it
/// would. Every quick-tested pattern is held to that on the lines of the sample corpus, their sentences, clauses
/// and the text after each, what each match itself is, and lines written to sit at the edges of the quick tests.
final class QuickTestTests: XCTestCase {
    func testEveryQuickTestAcceptsWhatItsExpressionMatches() throws {
        let texts = Array(try Self.corpusTexts().union(Self.craftedLines))
        var checked = 0
        for (name, pattern) in QuickTestedPatterns.all {
            let (matched, turnedAway) = Self.check(pattern, on: texts)
            checked += matched
            XCTAssertTrue(turnedAway.isEmpty, "\(name)'s quick test turns away \(turnedAway.count) text(s) it matches, "
                          + "the first: \(turnedAway.first.map { String($0.prefix(120)) } ?? "")")
            XCTAssertGreaterThan(matched, 0, "\(name) matches none of the texts: give it a crafted line")
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    /// The check itself finds a quick test that turns away what its expression matches.
    func testACarelessQuickTestIsCaught() {
        let careless = Pattern("整改(?:情况|措施)", quickTest: Quick.starts("整改"))
        let (matched, turnedAway) = Self.check(careless, on: ["整改情况：", "一、整改措施", "无关的一行"])
        XCTAssertEqual(matched, 2)
        XCTAssertEqual(turnedAway, ["一、整改措施"])
        XCTAssertEqual(Self.check(Pattern("整改(?:情况|措施)", quickTest: Quick.contains("整改")), on: ["一、整改措施"]).turnedAway, [])
    }

    /// How many texts the expression matches, and those of them (or of their matches, taken alone) that the quick
    /// test turns away.
    static func check(_ pattern: Pattern, on texts: [String]) -> (matched: Int, turnedAway: [String]) {
        var matched = 0
        var turnedAway: [String] = []
        for text in texts {
            guard let match = pattern.regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) else {
                continue
            }
            matched += 1
            if !pattern.mayMatch(text) { turnedAway.append(text) }
            // The match alone, when the expression still matches it there.
            let value = UTF16Slicing.substring(of: text, match.range)
            if !value.isEmpty, value != text, !pattern.mayMatch(value),
               pattern.regex.firstMatch(in: value, range: NSRange(location: 0, length: value.utf16.count)) != nil {
                turnedAway.append(value)
            }
        }
        return (matched, turnedAway)
    }

    /// Counts `quickTest:` in the module's sources, so that a pattern given a quick test is not left out of the catalog.
    func testTheCatalogHoldsEveryQuickTestedPattern() throws {
        let sources = CorpusFixtures.repositoryRoot.appendingPathComponent("Sources/NoticeParsing")
        var written = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: sources.path) where name.hasSuffix(".swift") {
            guard name != "Pattern.swift", name != "QuickTestedPatterns.swift" else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            written += text.components(separatedBy: "quickTest:").count - 1
        }
        XCTAssertEqual(QuickTestedPatterns.all.count, written)
        XCTAssertTrue(QuickTestedPatterns.all.allSatisfy { $0.pattern.quickTest != nil })
    }

    /// Each line of the corpus, trimmed, its head, its sentences and what follows its first label (`…：`): the
    /// pieces the parser's rules are asked about. With `XUNCHA_QUICK_TEST_CLAUSES` set, also every clause and
    /// the text from each clause to the end (some ten times as many texts).
    static func corpusTexts() throws -> Set<String> {
        let clauses = ProcessInfo.processInfo.environment["XUNCHA_QUICK_TEST_CLAUSES"].map { !$0.isEmpty } ?? false
        let cuts: Set<Character> = clauses ? Set("。；！？，、：:") : Set("。；！？")
        var texts = Set<String>()
        for name in try CorpusFixtures.sourceNames() {
            let data = try Data(contentsOf: CorpusFixtures.corpusFolder.appendingPathComponent(name))
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
                let line = String(line)
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                texts.insert(line)
                texts.insert(trimmed)
                texts.insert(ParagraphSignals.head(trimmed))
                if let label = trimmed.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                    texts.insert(String(trimmed[trimmed.index(after: label)...]))
                }
                var start = trimmed.startIndex
                for index in trimmed.indices where cuts.contains(trimmed[index]) {
                    let next = trimmed.index(after: index)
                    texts.insert(String(trimmed[start..<next]))
                    if clauses, next < trimmed.endIndex { texts.insert(String(trimmed[next...])) }
                    start = next
                }
            }
        }
        texts.remove("")
        return texts
    }

    /// Lines at the edges of the quick tests: every alternative of the expressions, full-width and odd forms,
    /// case folding beyond ASCII, and the doc comments' examples.
    static let craftedLines: Set<String> = [
        // Dates.
        "2021年3月24日至26日", "二〇二一年三月二十四日", "3月5号", "＊＊年＊月＊日", "2021-03-24", "2021/3/24", "2021.3.24",
        "二〇二一年十二月三十一日", "（2021年12月31日）", "(XXXX年XX月XX日)", "2021年3月24日—26日", "3月1日~3日", "3月1日-3日",
        "１９９９年１月１日", "2022年工作要点", "二〇二二年度",
        // Inspections.
        "市委第三巡察组", "区委巡察一组、二组", "交叉巡察组", "第十三届县委第三轮巡察", "专项巡察", "巡察机动专项",
        "县委第二巡察组对中共某某局党组进行了巡察", "市第十四届委员会", "区委统一部署", "县委巡察工作领导小组",
        "向中共吉水县交通运输局委员会反馈", "向某某党委（党组）反馈了巡察意见", "第一联动巡察组", "省委第五巡视组",
        // Organizations and signatures.
        "中共沈阳市和平区发展和改革局党组", "吉水县交通运输局党委", "某某街道党工委", "某某学校党总支",
        "中共某某县委员会", "某某村党支部",
        // Paragraph signals.
        "整改情况：", "整改措施", "下一步整改措施：", "进一步整改措施：一是…", "主要整改措施：", "具体措施：", "采取措施",
        "落实情况：", "重点开展了以下工作", "一是加强学习", "①加强学习", "强化配偶禁业限制。一是…", "产业结构方面：一是…",
        "整改情况：已完成整改并长期坚持", "整改进展：正在推进", "整改成效：", "未全部完成整改的原因：", "完成情况：",
        "情况说明：", "取得成效", "完成时限：长期坚持", "整改时限：2021年底", "工作成效", "通过集中整改，", "经过努力，",
        "已完成整改13个", "16个问题已完成", "已办结3件", "已销号2项", "移交问题线索5件", "给予党纪处分", "诫勉谈话2人",
        "整改任务：", "问题一：", "存在的问题：", "反馈问题：", "问题表现：", "针对“三重一大”问题", "关于…的问题",
        "对于上述情况", "“小金库”问题", "\"小金库\"的问题", "落实不到位问题的整改", "议事决策机制混乱问题：",
        "县委巡察组反馈指出", "巡视指出", "针对巡察反馈的问题", "关于上述问题", "（一）聚焦党建方面", "在财务管理方面存在的问题。",
        "下一步", "下步工作", "下阶段", "今后", "欢迎监督", "联系电话：", "地 址：", "地址：", "通信地址：", "邮编：", "电子邮箱：",
        "传真：", "三、当前存在的突出问题及原因分析", "问题清单", "问题及其原因", "基本情况", "单位基本概况", "后续打算",
        "巩固深化整改成果", "持续推进", "建立长效机制", "我局立即召开", "本委印发", "已将", "采取了3项措施", "整改措施：",
        "下一步，我们将做好以下工作：一是", "十二是", "二十是完善", "不够", "不到位", "短板", "松懈",
        // Titles.
        "中共某某局党组关于巡察整改情况的通报", "关于巡视整改进展情况的报告", "巡察整改情况公示", "某某局工作情况汇报",
        "某某党组向巡察组的工作汇报", "关于“三重一大”制度", "按照要求", "对照检查",
        // Web pages, with case folding beyond ASCII (ſ folds to s, K the Kelvin sign to k).
        "网址：http://www.example.gov.cn", "https://example.gov.cn/a", "www.example.gov.cn", "当前位置：首页 > 通知公告",
        "您现在的位置: 首页", "首页 » 新闻", "首页 / 新闻", "首页→新闻", "版权所有：某某市人民政府", "Copyright © 2021",
        "COPYRIGHT 2021", "© 2021 某某局", "All Rights Reserved", "ALL RIGHTſ RESERVED", "All Rights Reſerved",
        "赣ICP备12345678号", "icp备123号", "京公网安备 11010502030001号", "网站标识码：3600000001", "主办单位：某某局",
        " 承办：某某中心", "技术支持：某某公司", "维护单位：某某", "建议使用IE9以上浏览器", "最佳分辨率1024×768", "网站地图",
        "关于我们 | 联系我们", "【打印本页】", "[关闭窗口]", "【字体：大 中 小】", "【大】【中】【小】", "分享到：", "[ 收藏 ]",
        "发布时间：2021-06-17", "发布日期：2021年6月17日", "来源：吉水县交通运输局", "信息来源：某某局", "文章来源: 某某",
        "时间：2021/06/17", "日期: 2021.6.17", "浏览次数 来源：某某局 发布时间：2021-06-17",
        // Measure items.
        "1.加强学习；2.完善制度", "（1）加强学习；（2）完善制度", "(1)加强学习，(2)完善制度", "1、加强学习。2、完善制度",
        "①加强学习；②完善制度", "一是加强学习；二是完善制度", "１．加强学习",
    ]
}
