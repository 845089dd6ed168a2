import NoticeParsing
import SwiftXapian

/// A problem another agency was told of, with the measures it took: what `xuncha measures` lists.
public struct Precedent: Codable, Sendable {
    public var problem: ParagraphRecord
    public var notice: NoticeRecord?
    public var measures: [ParagraphRecord]
    /// The rules (《…》) its measures adopted, de-duplicated, in order of appearance.
    public var institutions: [String]
    public var score: Double
}

extension NoticeIndex {
    /// The problems across notices most like the query, each with the measures that answer it, best first and
    /// one agency per precedent (an agency's best match stands for it). Best weighs how like the query the
    /// problem is and how well its measures answer it (see `AnswerModel`). `offset` skips that many of the
    /// best, for paging. `answering: false` ranks by likeness alone.
    public func precedents(for query: String, limit: Int, offset: Int = 0,
                           filters: SearchFilters = SearchFilters(), answering: Bool = true) throws -> [Precedent] {
        // Problems and measures are picked out below rather than filtered for: a filter on roles that most
        // paragraphs have costs more than the few other hits it would save.
        let offset = PageBounds.clamped(offset)
        let wanted = PageBounds.clamped(PageBounds.clamped(limit) + offset)
        var scoped = filters
        scoped.role = nil
        var request = SearchRequest(query: query, limit: max(ranking.precedentHits, wanted * ranking.precedentHitsPerResult),
                                    filters: scoped, highlights: false)
        request.followsIntent = false
        // Only the best hits are read: counting the others would cost more than the whole lookup.
        request.countingBudget = 0
        let hits = try search(request).hits
        var scores: [ParagraphLocation: Double] = [:]
        var order: [ParagraphLocation] = []
        // A measure lives in the notice of the problem it answers.
        var noticeKeys: [ParagraphLocation: String] = [:]
        for hit in hits {
            let record = hit.record
            let problem: ParagraphLocation
            let weight: Double
            switch record.role {
            case .problem:
                (problem, weight) = (record.location, 1.0)
            case .measure where record.statesProblem:
                (problem, weight) = (record.location, 1.0)
            case .measure:
                guard let answered = record.problem else { continue }
                // A measure that matches speaks for its problem, a little less than the problem itself.
                (problem, weight) = (answered, ranking.measureForProblemWeight)
            default:
                continue
            }
            if scores[problem] == nil { order.append(problem) }
            scores[problem] = max(scores[problem] ?? 0, hit.score * weight)
            noticeKeys[problem] = record.noticeKey
        }
        let ranked = order.sorted { scores[$0]! > scores[$1]! }
        // The measures found answer problems like the query's (their problem's words matched) or are worded
        // like it: how such problems were answered.
        let answers = answering && ranking.answerWeight > 0
            ? try answerModel(fromMeasures: hits.map(\.record).filter { $0.role == .measure }) : .empty
        var candidates: [Precedent] = []
        var agencies = Set<String>()
        let depth = answers.words.isEmpty ? wanted : max(wanted, ranking.answerWindow)
        for location in ranked where candidates.count < depth {
            // An agency already listed is skipped before its precedent is read.
            let key = noticeKeys[location]!
            let agency = try notice(key: key)?.metadata.agency ?? key
            guard !agencies.contains(agency),
                  let precedent = try precedent(for: location, score: scores[location]!) else { continue }
            agencies.insert(agency)
            candidates.append(precedent)
        }
        // Only the precedents most like the query are reordered, whatever the page: every page is a slice of one
        // order.
        let precedents = answers.words.isEmpty ? candidates
            : Self.reranked(Array(candidates.prefix(ranking.answerWindow)), by: answers, answerWeight: ranking.answerWeight)
                + candidates.dropFirst(ranking.answerWindow)
        return Array(precedents.prefix(wanted).dropFirst(offset))
    }

    /// Precedents ordered by how like the query their problem is and how well their measures answer it: a
    /// precedent's answer is its best measure's, counted `answerWeight` against the likeness.
    static func reranked(_ precedents: [Precedent], by answers: AnswerModel, answerWeight: Double) -> [Precedent] {
        guard let best = precedents.map(\.score).max(), best > 0 else { return precedents }
        let answered = precedents.map { precedent in precedent.measures.map { answers.score(of: $0.text) }.max() ?? 0 }
        let strongest = answered.max() ?? 0
        let combined = zip(precedents, answered).map { precedent, answer in
            precedent.score / best + answerWeight * (strongest > 0 ? answer / strongest : 0)
        }
        return precedents.indices.sorted {
            combined[$0] != combined[$1] ? combined[$0] > combined[$1] : $0 < $1
        }.map { precedents[$0] }
    }

    private func precedent(for location: ParagraphLocation, score: Double) throws -> Precedent? {
        guard let problem = try? paragraph(at: location) else { return nil }
        var measures = try measures(answering: location)
        if problem.role == .measure && !measures.contains(where: { $0.location == problem.location }) {
            measures.insert(problem, at: 0)
        }
        guard !measures.isEmpty else { return nil }
        var seen = Set<String>()
        let institutions = measures.flatMap(\.institutions).filter { seen.insert($0).inserted }
        return Precedent(problem: problem, notice: try notice(key: problem.noticeKey), measures: measures,
                         institutions: institutions, score: score)
    }
}
