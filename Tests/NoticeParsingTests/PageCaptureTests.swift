import XCTest
@testable import NoticeParsing

/// Web-page captures: the page's footer is not the notice's, and the lines that sign the notice have a role of
/// their own.
final class PageCaptureTests: XCTestCase {
    static let capture = """
    当前位置：首页 > 巡察工作 > 整改公示
    中共某市农业农村局党组关于市委巡察整改进展情况的通报
    发布时间：2021-07-05 来源：某市纪委监委
    2021年7月5日
    根据市委统一部署，2021年3月1日至4月30日，市委第二巡察组对某市农业农村局党组进行了巡察。5月20日反馈了巡察意见。
    一、整改落实情况
    （一）关于理论学习不够深入的问题
    整改情况：一是制定年度学习计划，二是开展专题研讨。
    欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0591-1234567。
    中共某市农业农村局党组
    2021年7月5日
    【打印本页】【关闭窗口】
    版权所有：中共某市纪委 某市监委
    地址：某市某某大道88号 邮编：350000
    电话：0591-7654321
    网站标识码：3501000001 闽ICP备12345678号
    中共某县水利局党组关于县委巡察整改情况的通报
    根据县委统一部署，县委第一巡察组对县水利局党组进行了巡察。
    一、整改落实情况
    （一）关于河道管理不规范的问题
    整改情况：一是修订河道管理办法。
    主办单位：某县人民政府办公室
    地址：某县某某路1号
    """

    private var notices: [Notice] { NoticeParser.parse(text: Self.capture, source: "page.txt") }

    func testNothingFromTheFooterOnIsAParagraph() {
        let paragraphs = notices.flatMap(\.paragraphs)
        for word in ["版权所有", "地址", "邮编", "ICP备", "网站标识码", "主办单位", "0591-7654321"] {
            XCTAssertFalse(paragraphs.contains { $0.text.contains(word) }, "\(word) is indexed")
        }
        // The next page of the file opens with its title: its notice is whole.
        XCTAssertEqual(notices.count, 2)
        XCTAssertEqual(notices[1].paragraphs.map(\.location.line), [17, 18, 19, 20, 21])
    }

    func testTheLinesThatSignTheNoticeAreItsSignature() throws {
        let first = try XCTUnwrap(notices.first)
        let roles = Dictionary(uniqueKeysWithValues: first.paragraphs.map { ($0.location.line, $0.role) })
        XCTAssertEqual(roles[10], .signature)
        XCTAssertEqual(roles[11], .signature)
        XCTAssertEqual(roles[4], .summary, "the date under the title is no signature")
        XCTAssertEqual(roles[9], .summary, "the contact line is content")
        XCTAssertEqual(first.metadata.publishDate, "2021-07-05")
    }

    func testSignatureLines() {
        XCTAssertTrue(SignatureLines.isSignature("中共某市农业农村局党组"))
        XCTAssertTrue(SignatureLines.isSignature("漳州市台联"))
        XCTAssertTrue(SignatureLines.isSignature("2021年7月5日"))
        XCTAssertTrue(SignatureLines.isSignature("****年*月*日"))
        XCTAssertTrue(SignatureLines.isSignature("中共某县水利局党组 2021年7月5日"))
        XCTAssertFalse(SignatureLines.isSignature("（三）持续巩固整改成果"))
        XCTAssertFalse(SignatureLines.isSignature("巡察整改工作永远在路上。"))
        XCTAssertFalse(SignatureLines.isSignature("通讯地址：南宁市西乡塘区龙腾路80号"))
    }

    func testNoSignatureInTheSampleCorpusIsTakenFromItsText() {
        // The sample's notices end with their contacts or their last plans, never with a signature.
        let signatures = CorpusFixtures.notices.flatMap(\.paragraphs).filter { $0.role == .signature }
        XCTAssertEqual(signatures.map(\.location.description), [])
    }

    func testAFooterWordInsideAParagraphIsContent() {
        let text = "中共某局党组关于巡察整改情况的通报\n一、整改情况\n1.关于网站图片管理不规范的问题\n整改情况：一是清理网站图片，注明图片版权所有人。\n二是完善审核制度。"
        let paragraphs = NoticeParser.parse(text: text, source: "t.txt").flatMap(\.paragraphs)
        XCTAssertEqual(paragraphs.map(\.location.line), [1, 2, 3, 4, 5])
    }
}
