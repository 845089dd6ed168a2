import XCTest
@testable import NoticeParsing

final class NoiseTests: XCTestCase {
    func testAdvertisingWithSpacesAnywhereIsRemoved() {
        XCTAssertEqual(NoticeText.clean(line: "二、整改落实情况【更多公文素材，微信 ：dadawk01】"), "二、整改落实情况")
        XCTAssertEqual(NoticeText.clean(line: "三、下一步【更 多公文素材，微信：dad awk01】打算"), "三、下一步打算")
        XCTAssertEqual(NoticeText.clean(line: "联系电话：123【 更多公文素"), "联系电话：123")
        XCTAssertNil(NoticeText.clean(line: "  【更多公文素材， 微信：dadawk01】 "))
    }

    func testBracketsThatAreContentStay() {
        XCTAssertEqual(NoticeText.clean(line: "召开【专题会议】研究"), "召开【专题会议】研究")
        XCTAssertEqual(NoticeText.clean(line: "在QQ和微信工作群发布提醒"), "在QQ和微信工作群发布提醒")
    }

    func testPaywallMarkersAndWebBoilerplate() {
        XCTAssertEqual(NoticeText.clean(line: "##paidbegin##一、在“学习”方面"), "一、在“学习”方面")
        XCTAssertNil(NoticeText.clean(line: "##paidend##"))
        XCTAssertNil(NoticeText.clean(line: "https://www.example.gov.cn/art/2021/7/5/art_1.html"))
        XCTAssertNil(NoticeText.clean(line: "当前位置:首页 > 党务公开 > 巡察整改"))
        XCTAssertNil(NoticeText.clean(line: "您的位置：首页 > 通知公告"))
        XCTAssertNil(NoticeText.clean(line: "版权所有：中共某市纪委监委 ICP备12345678号"))
        XCTAssertNil(NoticeText.clean(line: "某公网安备 11010502000001号"))
        XCTAssertNil(NoticeText.clean(line: "Copyright © 2021 All Rights Reserved"))
        XCTAssertNil(NoticeText.clean(line: "主办单位：某某市人民政府办公室"))
        XCTAssertNil(NoticeText.clean(line: "【打印】【关闭】"))
        XCTAssertNil(NoticeText.clean(line: "发布时间：2021-07-05 来源：某某市纪委监委网站"))
    }

    func testWhitespaceIsNormalized() {
        XCTAssertEqual(NoticeText.clean(line: "  14.    选人用人工作欠规范\u{3000}"), "14. 选人用人工作欠规范")
    }

    func testWebCaptureFactsFeedMetadata() throws {
        let page = """
        当前位置:首页 > 党务公开
        中共某市某局党组关于巡察整改进展情况的通报
        发布时间：2021-07-05 10:20 来源：某市纪委监委
        https://www.example.gov.cn/a/1.html
        根据市委统一部署，2021年3月1日至4月30日，市委第二巡察组对某局党组进行了巡察。5月20日反馈了巡察意见。
        版权所有 某市纪委监委
        """
        let notice = try XCTUnwrap(NoticeParser.parse(text: page, source: "web.html.txt").first)
        XCTAssertEqual(notice.metadata.publishDate, "2021-07-05")
        XCTAssertEqual(notice.metadata.sourceSite, "某市纪委监委")
        XCTAssertEqual(notice.metadata.url, "https://www.example.gov.cn/a/1.html")
        XCTAssertEqual(notice.metadata.feedbackDate, "2021-05-20")
        XCTAssertEqual(notice.paragraphs.map(\.location.line), [2, 5])
    }

    func testNoNoiseInTheSampleCorpus() {
        let paragraphs = CorpusFixtures.notices.flatMap(\.paragraphs)
        XCTAssertGreaterThan(paragraphs.count, 2500)
        let noisy = paragraphs.filter { p in
            ["dadawk", "##paid", "公文素材"].contains { p.text.contains($0) } || p.text.contains("微信：") || p.text.contains("微信 ：")
        }
        XCTAssertEqual(noisy.map(\.location.description), [])
        XCTAssertFalse(paragraphs.contains { $0.text.hasPrefix(" ") || $0.text.hasSuffix(" ") || $0.text.contains("  ") })
    }
}
