import XCTest
@testable import WebPages
@testable import XunchaIndex

/// The plan basket: a bounded cookie of ids, and edits that keep each problem with its measures.
final class PlanBasketTests: XCTestCase {
    func testTheCookieKeepsOnlyIdsAndIsBounded() {
        let basket = PlanBasket(cookie: "0123456789ab.ZZZ.../etc/passwd.0123456789AB.fedcba987654")
        XCTAssertEqual(basket.ids, ["0123456789ab", "fedcba987654"])
        var full = PlanBasket()
        for number in 0..<(PlanBasket.capacity + 5) { full.add(String(format: "%012x", number)) }
        XCTAssertEqual(full.ids.count, PlanBasket.capacity)
        XCTAssertFalse(full.add("ffffffffffff"))
        XCTAssertLessThan(full.cookieValue.utf8.count, 1000)
    }

    func testEditsMoveProblemsWithTheirMeasuresAndMeasuresWithinTheirProblem() throws {
        let index = PageIndex.index
        let problems = try index.search(SearchRequest(query: "整改", limit: 200)).hits.map(\.record)
            .filter { $0.role == .problem }
        let withMeasures = try problems.filter { try !index.measures(answering: $0.location).isEmpty }.prefix(2)
        XCTAssertEqual(withMeasures.count, 2)
        let first = try index.measures(answering: withMeasures[withMeasures.startIndex].location)
        let second = try index.measures(answering: withMeasures[withMeasures.startIndex + 1].location)
        var basket = PlanBasket(ids: [first[0].id, second[0].id] + (first.count > 1 ? [first[1].id] : []))
        var plan = try index.plan(chosen: basket.ids)
        basket.apply(.down, to: plan.entries[0].precedents[0].problem.id, in: plan)
        plan = try index.plan(chosen: basket.ids)
        XCTAssertEqual(plan.entries.map { $0.precedents[0].problem.id }, [withMeasures.last!.id, withMeasures.first!.id])
        XCTAssertEqual(plan.entries[1].precedents[0].measures.first?.id, first[0].id)
        if first.count > 1 {
            basket.apply(.up, to: first[1].id, in: plan)
            plan = try index.plan(chosen: basket.ids)
            XCTAssertEqual(plan.entries[1].precedents[0].measures.map(\.id), [first[1].id, first[0].id])
        }
        basket.apply(.remove, to: plan.entries[0].precedents[0].problem.id, in: plan)
        plan = try index.plan(chosen: basket.ids)
        XCTAssertEqual(plan.entries.count, 1)
        basket.apply(.clear, to: "", in: plan)
        XCTAssertTrue(basket.ids.isEmpty)
    }
}
