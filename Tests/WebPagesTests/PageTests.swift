import NoticeParsing
import XCTest
@testable import WebPages
@testable import XunchaIndex

/// Every page rendered from real library values: what it shows, and that text from the corpus never
/// becomes markup.
final class PageTests: XCTestCase {
    let context = PageContext(csrfToken: "token\"<x>", basketCount: 2, indexUpdated: "2026-12-06 20:00")
    var index: NoticeIndex { PageIndex.index }

    /// No element but the page's own: the corpus's script, img, svg and iframe are text.
    func assertInert(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        let own = "<script src=\"\(Assets.scriptPath)\" defer></script>"
        XCTAssertEqual(html.components(separatedBy: own).count, 2, file: file, line: line)
        let rest = html.replacingOccurrences(of: own, with: "")
        for tag in ["<script", "<img", "<svg", "<iframe", "</textarea", " onerror=\"", " onmouseover=\"", " onfocus=\"", "<x>"] {
            XCTAssertFalse(rest.contains(tag), "\(tag) in the page", file: file, line: line)
        }
    }

    func testAFacetGroupListsFiftyValuesAndCountsTheRestKeepingTheAppliedOne() throws {
        let agencies = (1...2_000).map { FacetValue(value: "第\($0)局", count: 2_001 - $0) }
        let parameters = try SearchParameters(parameters: [("q", "整改"), ("agency", "第1500局")])
        let html = SearchPage.facetPanel([FacetGroup(name: "agency", title: "单位", values: agencies)], parameters: parameters)
        XCTAssertEqual(html.components(separatedBy: "data-facet=\"agency\"").count - 1, 51, "fifty values and the applied one")
        XCTAssertTrue(html.contains("第50局"))
        XCTAssertFalse(html.contains("第51局"))
        XCTAssertTrue(html.contains("第1500局"), "the applied value stays listed, so it can be removed")
        XCTAssertTrue(html.contains("另有 1949 项未列出"))
        XCTAssertLessThan(html.utf8.count, 30_000)
    }

    func testTheSearchPageShowsHitsMarkedAndInert() throws {
        let parameters = try SearchParameters(parameters: [("q", "\"三重一大\""), ("inspection", "巡察")])
        let result = try index.search(SearchRequest(query: parameters.query, limit: 20, filters: parameters.filters))
        XCTAssertFalse(result.hits.isEmpty)
        let html = SearchPage.html(parameters, result: result, facets: [
            FacetGroup(name: "inspection", title: "巡视/巡察", values: [FacetValue(value: "巡察", count: 3)]),
            FacetGroup(name: "agency", title: "单位", values: [FacetValue(value: "<b>局", count: 1)]),
        ], context: context)
        assertInert(html)
        XCTAssertTrue(html.contains("<mark>三重一大</mark>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("value=\"token&quot;&lt;x&gt;\""), "the token is escaped in its field")
        XCTAssertTrue(html.contains("巡视/巡察：巡察"), "the applied filter is shown")
        XCTAssertTrue(html.contains("class=\"applied\""), "the applied facet value is marked")
        XCTAssertTrue(html.contains("在通报中查看") && html.contains("相似"))
    }

    func testEveryLinkNamesIdsNotFiles() throws {
        let result = try index.search(SearchRequest(query: "\"onerror\"", limit: 20))
        let html = SearchPage.html(SearchParameters(query: "\"onerror\""), result: result, facets: [], context: context)
        for href in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
            XCTAssertFalse(href.contains(".txt"), href)
        }
        assertInert(html)
    }

    func testTheMeasuresPageShowsOneCardPerAgencyWithAddButtons() throws {
        let precedents = try index.precedents(for: "公务用车管理不规范", limit: 10)
        XCTAssertFalse(precedents.isEmpty)
        let html = MeasuresPage.html(query: "公务用车管理不规范", page: 1, precedents: precedents, hasMore: false, context: context)
        assertInert(html)
        XCTAssertEqual(html.components(separatedBy: "<article class=\"card\">").count - 1, precedents.count)
        XCTAssertTrue(html.contains("action=\"/plan/add\""))
        XCTAssertTrue(html.contains("加入整改方案"))
    }

    func testParagraphsAlreadyInThePlanSaySoInsteadOfOfferingTheButton() throws {
        let precedents = try index.precedents(for: "公务用车管理不规范", limit: 10)
        let problem = try XCTUnwrap(precedents.first?.problem.id)
        let measures = precedents.flatMap(\.measures).map(\.id)
        XCTAssertGreaterThan(measures.count, 2)
        var basketContext = context
        basketContext.basket = [problem, measures[0].uppercased().lowercased(), measures[1]]
        let html = MeasuresPage.html(query: "公务用车管理不规范", page: 1, precedents: precedents, hasMore: false, context: basketContext)
        for id in [measures[0], measures[1]] {
            XCTAssertTrue(html.contains("<a class=\"in-plan\" href=\"/plan\" data-id=\"\(id)\" title=\"查看整改方案\">✓ 已在整改方案中</a>"), id)
            XCTAssertFalse(html.contains("name=\"id\" value=\"\(id)\""), id)
        }
        XCTAssertTrue(html.contains("data-id=\"\(problem)\" title=\"查看整改方案\">✓ 问题已在整改方案中</a>"))
        XCTAssertTrue(html.contains("name=\"id\" value=\"\(measures[2])\""), "a measure not in the plan keeps its button")
        // The search page and the notice page mark them the same way.
        let result = try index.search(SearchRequest(query: "公务用车", limit: 20))
        let addable = result.hits.filter { $0.record.role == .problem || $0.record.role == .measure }.map(\.record.id)
        XCTAssertGreaterThan(addable.count, 1)
        var inPlan = context
        inPlan.basket = [addable[0]]
        let search = SearchPage.html(SearchParameters(query: "公务用车"), result: result, facets: [], context: inPlan)
        XCTAssertEqual(search.components(separatedBy: "class=\"in-plan\"").count - 1, 1)
        XCTAssertTrue(search.contains("data-id=\"\(addable[0])\""))
        XCTAssertEqual(search.components(separatedBy: "action=\"/plan/add\"").count - 1, addable.count - 1)
    }

    func testTheNoticePageAnchorsEveryParagraphAndLinksProblemsToMeasures() throws {
        for notice in try index.notices() {
            let whole = try XCTUnwrap(try index.wholeNotice(id: notice.id))
            let html = NoticePage.html(whole, context: context)
            assertInert(html)
            for paragraph in whole.paragraphs { XCTAssertTrue(html.contains("id=\"p-\(paragraph.id)\"")) }
            for measure in whole.paragraphs where measure.role == .measure && measure.problem != nil && measure.problem != measure.location {
                let problem = try XCTUnwrap(whole.paragraphs.first { $0.location == measure.problem })
                XCTAssertTrue(html.contains("href=\"#p-\(measure.id)\""), "the problem links to its measure")
                XCTAssertTrue(html.contains("href=\"#p-\(problem.id)\""), "the measure links back")
            }
        }
    }

    func testTheNoticesTableSortsAndFilters() throws {
        var parameters = try NoticesParameters(parameters: [("sort", "paragraphs"), ("order", "asc")])
        let notices = try index.notices(filters: parameters.filters)
        let html = NoticesPage.html(notices, parameters: parameters, context: context)
        assertInert(html)
        XCTAssertEqual(parameters.sorted(notices).map(\.paragraphs), notices.map(\.paragraphs).sorted())
        parameters.descending = true
        XCTAssertEqual(parameters.sorted(notices).map(\.paragraphs), notices.map(\.paragraphs).sorted(by: >))
        XCTAssertThrowsError(try NoticesParameters(parameters: [("sort", "path")]))
    }

    func testThePlanPageListsPickedParagraphsWithTheirEdits() throws {
        let hits = try index.search(SearchRequest(query: "\"公务用车\"", limit: 20)).hits
        let measure = try XCTUnwrap(hits.first { $0.record.role == .measure }).record
        var basket = PlanBasket()
        XCTAssertTrue(basket.add(measure.id))
        let plan = try index.plan(chosen: basket.ids)
        let html = PlanPage.html(plan, context: context)
        assertInert(html)
        XCTAssertTrue(html.contains("/plan/download?format=docx"))
        XCTAssertTrue(html.contains("value=\"up\"") && html.contains("value=\"remove\""))
    }

    func testTheStatusAndErrorPagesAreInert() {
        let status = StatusPage.html(IndexStatusFacts(corpusFolders: ["<corpus>"], contents: nil, lastIndexed: nil), context: context)
        assertInert(status)
        XCTAssertTrue(status.contains("立即重建索引"))
        let error = ErrorPage.html(status: 400, sentence: "查询“<script>”有误。", context: context)
        assertInert(error)
    }

    func testBadParametersAreOneSentenceEach() {
        for parameters in [[("page", "0")], [("page", "x")], [("year", "20x1")], [("inspection", "检查")], [("role", "boss")]] {
            XCTAssertThrowsError(try SearchParameters(parameters: parameters)) { error in
                let sentence = (error as? PageError)?.sentence ?? ""
                XCTAssertTrue(sentence.hasSuffix("。"), sentence)
            }
        }
    }
}
