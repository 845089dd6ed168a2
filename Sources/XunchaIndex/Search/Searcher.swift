import ChineseText
import SwiftXapian

extension NoticeIndex {
    /// Ranked retrieval (BM25) for free text; exact, grep-like results for quoted phrases; `AND`, `OR`, `NOT`,
    /// `-word` and brackets combine them. Identical paragraphs fold into one hit unless a phrase is asked for,
    /// where every paragraph holding it is listed.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        let expression = try QueryParser.parse(request.query)
        return try reading {
            let database = self.database
            let compiler = QueryCompiler(analyzer: analyzer, termExists: { (try? database.termExists($0)) ?? false })
            let compiled = try compiler.compile(expression)
            var query = compiled.query
            if let filter = try FilterCompiler(database: database).compile(request.filters.validated()) {
                query = .filter(query, filter)
            }
            let enquire = Enquire(database: database)
            try enquire.setQuery(query)
            try enquire.setWeighting(.bm25())
            if compiled.phrases.isEmpty {
                try enquire.setCollapseKey(IndexSchema.Slot.duplicateKey, max: 1)
            }
            let highlighter = Highlighter(analyzer: analyzer, terms: compiled.highlightTerms, phrases: compiled.phrases)
            let (matches, total) = expression.needsVerification
                ? try verifiedMatches(enquire, expression: expression, offset: request.offset, limit: request.limit)
                : try rankedMatches(enquire, offset: request.offset, limit: request.limit)
            var hits: [SearchHit] = []
            for (index, match) in matches.enumerated() {
                let record = try Self.decodeRecord(match.data)
                hits.append(SearchHit(record: record, notice: try notice(key: record.noticeKey), score: match.weight,
                                      rank: request.offset + index + 1, highlights: highlighter.ranges(in: record.text),
                                      duplicates: match.collapseCount))
            }
            return SearchResult(hits: hits, estimatedTotal: total)
        }
    }

    struct FoundMatch {
        var data: String
        var weight: Double
        var collapseCount: Int
    }

    private func rankedMatches(_ enquire: Enquire, offset: Int, limit: Int) throws -> ([FoundMatch], Int) {
        let set = try enquire.matches(first: offset, maxItems: limit)
        let matches = try set.map { FoundMatch(data: try $0.document().data, weight: $0.weight, collapseCount: $0.collapseCount) }
        return (matches, set.estimatedMatches)
    }

    /// Pages through Xapian's candidates, keeping those the verifier accepts, until the page is full.
    /// When the candidates run out the count is exact.
    private func verifiedMatches(_ enquire: Enquire, expression: QueryExpression, offset: Int,
                                 limit: Int) throws -> ([FoundMatch], Int) {
        let verifier = MatchVerifier(analyzer: analyzer)
        let pageSize = max(200, (offset + limit) * 2)
        var accepted: [FoundMatch] = []
        var acceptedCount = 0
        var first = 0
        while true {
            let set = try enquire.matches(first: first, maxItems: pageSize)
            for match in set {
                let data = try match.document().data
                let text = try Self.decodeRecord(data).text
                guard verifier.matches(expression, foldedText: MatchVerifier.searchForm(text)) else { continue }
                acceptedCount += 1
                if acceptedCount > offset && accepted.count < limit {
                    accepted.append(FoundMatch(data: data, weight: match.weight, collapseCount: match.collapseCount))
                }
            }
            first += set.count
            if set.count < pageSize { return (accepted, acceptedCount) }
            if accepted.count >= limit {
                // The rest is not read: estimate the total from the share accepted so far.
                let share = Double(acceptedCount) / Double(first)
                return (accepted, max(acceptedCount, Int((Double(set.estimatedMatches) * share).rounded())))
            }
        }
    }
}
