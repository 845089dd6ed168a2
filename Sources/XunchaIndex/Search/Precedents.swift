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
    /// one agency per precedent (an agency's best match stands for it). `offset` skips that many of the best,
    /// for paging.
    public func precedents(for query: String, limit: Int, offset: Int = 0,
                           filters: SearchFilters = SearchFilters()) throws -> [Precedent] {
        // Problems and measures are picked out below rather than filtered for: a filter on roles that most
        // paragraphs have costs more than the few other hits it would save.
        let offset = PageBounds.clamped(offset)
        let wanted = PageBounds.clamped(PageBounds.clamped(limit) + offset)
        var scoped = filters
        scoped.role = nil
        var request = SearchRequest(query: query, limit: max(30, wanted * 6), filters: scoped, highlights: false)
        request.followsIntent = false
        let hits = try search(request).hits
        var scores: [ParagraphLocation: Double] = [:]
        var order: [ParagraphLocation] = []
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
                (problem, weight) = (answered, 0.6)
            default:
                continue
            }
            if scores[problem] == nil { order.append(problem) }
            scores[problem] = max(scores[problem] ?? 0, hit.score * weight)
        }
        let ranked = order.sorted { scores[$0]! > scores[$1]! }
        var precedents: [Precedent] = []
        var agencies = Set<String>()
        for location in ranked where precedents.count < wanted {
            guard let precedent = try precedent(for: location, score: scores[location]!) else { continue }
            let agency = precedent.notice?.metadata.agency ?? precedent.problem.noticeKey
            guard agencies.insert(agency).inserted else { continue }
            precedents.append(precedent)
        }
        return Array(precedents.dropFirst(offset))
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
