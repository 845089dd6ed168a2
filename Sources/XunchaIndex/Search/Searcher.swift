import ChineseText
import NoticeParsing
import SwiftXapian

extension NoticeIndex {
    /// Ranked retrieval (BM25) for free text; exact, grep-like results for quoted phrases; `AND`, `OR`, `NOT`,
    /// `-word` and brackets combine them. Identical paragraphs fold into one hit unless a phrase is asked for,
    /// where every paragraph holding it is listed. A query of phrases alone lists its matches in corpus order,
    /// as grep does, and stops reading as soon as the page is full; words beside the phrases rank them.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        let expression = try QueryParser.parse(request.query)
        return try reading {
            let compiled = try compiler().compile(expression)
            let plan = SearchPlan(query: compiled.query,
                                  verification: expression.needsVerification ? expression : nil,
                                  highlighter: request.highlights
                                      ? Highlighter(analyzer: analyzer, terms: compiled.highlightTerms, phrases: compiled.phrases)
                                      : nil,
                                  collapseDuplicates: compiled.phrases.isEmpty,
                                  corpusOrder: expression.isPhrasesOnly,
                                  preferredRole: request.filters.restrictsRoles ? nil : QueryIntent.preferredRole(for: request.query))
            if request.filters.isEmpty, let pairs = Self.pairTerms(of: expression) {
                let (matches, total) = try phraseMatches(pairTerms: pairs, expression: expression,
                                                         offset: request.offset, limit: request.limit)
                return try result(of: matches, total: total, plan: plan, offset: request.offset)
            }
            return try execute(plan, filters: request.filters, offset: request.offset, limit: request.limit)
        }
    }

    func compiler() -> QueryCompiler {
        let database = self.database
        return QueryCompiler(analyzer: analyzer, termExists: { (try? database.termExists($0)) ?? false })
    }

    /// A Xapian query with what is needed to check and present its matches.
    struct SearchPlan {
        var query: Query
        /// Set when candidates must be checked against the text (exact phrases, exclusions).
        var verification: QueryExpression?
        var highlighter: Highlighter?
        var collapseDuplicates: Bool
        /// Matches in the order the index holds them, unweighted: nothing to rank by.
        var corpusOrder = false
        /// Ranked matches of this role move up a little (see `QueryIntent`).
        var preferredRole: ParagraphRole?
    }

    func execute(_ plan: SearchPlan, filters: SearchFilters, offset: Int, limit: Int) throws -> SearchResult {
        let filter = try FilterCompiler(termsWithPrefix: names(withPrefix:)).compile(filters.validated())
        let filtered: (Query) -> Query = { query in filter.map { .filter(query, $0) } ?? query }
        let query = filtered(plan.query)
        let enquire = Enquire(database: database)
        try enquire.setQuery(query)
        if plan.corpusOrder {
            try enquire.setWeighting(.boolean)
            try enquire.setDocumentIDOrder(.ascending)
        } else {
            try enquire.setWeighting(LengthNormalization.weighting)
        }
        if plan.collapseDuplicates {
            try enquire.setCollapseKey(IndexSchema.Slot.duplicateKey, max: 1)
        }
        let (matches, total) = try plan.verification.map {
            try verifiedMatches(enquire, expression: $0, offset: offset, limit: limit)
        } ?? rankedMatches(enquire, preferring: plan.preferredRole, offset: offset, limit: limit)
        return try result(of: matches, total: total, plan: plan, offset: offset, explanation: query.description)
    }

    private func result(of matches: [FoundMatch], total: Int, plan: SearchPlan, offset: Int,
                        explanation: String? = nil) throws -> SearchResult {
        var hits: [SearchHit] = []
        for (index, match) in matches.enumerated() {
            // Lookups made for internal use (no highlighter) skip the notices too.
            let owner = plan.highlighter == nil ? nil : try notice(key: match.record.noticeKey)
            hits.append(SearchHit(record: match.record, notice: owner,
                                  score: match.weight, rank: offset + index + 1,
                                  highlights: plan.highlighter?.ranges(in: match.record.text) ?? [],
                                  duplicates: match.collapseCount, documentID: match.documentID))
        }
        return SearchResult(hits: hits, estimatedTotal: total, explanation: explanation ?? plan.query.description)
    }

    struct FoundMatch {
        var record: ParagraphRecord
        var weight: Double
        var collapseCount: Int
        var documentID: DocumentID
    }

    /// Xapian's ranking, with paragraphs of the preferred role moved up among the first `rerankDepth`: the
    /// bonus is decided from each match's role value, so only the page shown has its stored data decoded.
    private func rankedMatches(_ enquire: Enquire, preferring role: ParagraphRole?, offset: Int,
                               limit: Int) throws -> ([FoundMatch], Int) {
        guard let role else {
            let set = try enquire.matches(first: offset, maxItems: limit)
            return (try set.map(Self.found), set.estimatedMatches)
        }
        let depth = QueryIntent.rerankDepth
        let set = try enquire.matches(first: 0, maxItems: max(depth, offset + limit))
        let bonus = QueryIntent.preferenceBonus * (set.first?.weight ?? 0)
        var ranked: [(match: Match, weight: Double)] = []
        for (index, match) in set.enumerated() {
            let preferred = try index < depth && match.document().value(slot: IndexSchema.Slot.role) == role.rawValue
            ranked.append((match, match.weight + (preferred ? bonus : 0)))
        }
        let head = ranked.prefix(depth).enumerated().sorted {
            $0.element.weight != $1.element.weight ? $0.element.weight > $1.element.weight : $0.offset < $1.offset
        }.map(\.element)
        let page = (head + ranked.dropFirst(depth)).dropFirst(offset).prefix(limit)
        return (try page.map { var found = try Self.found($0.match); found.weight = $0.weight; return found },
                set.estimatedMatches)
    }

    private static func found(_ match: Match) throws -> FoundMatch {
        FoundMatch(record: try decodeRecord(try match.document().data), weight: match.weight,
                   collapseCount: match.collapseCount, documentID: match.documentID)
    }

    /// The character-pair terms a query of phrases alone must all have, or nil when it is not such a query
    /// or has no pairs (a one-character phrase).
    static func pairTerms(of expression: QueryExpression) -> [String]? {
        guard let phrases = expression.conjoinedPhrases else { return nil }
        let pairs = Set(phrases.flatMap { TermExtractor.bigrams(in: TextFolding.fold($0)) })
        return pairs.isEmpty ? nil : pairs.sorted().map { IndexSchema.Prefix.bigram + $0 }
    }

    /// Phrases alone, unfiltered: the paragraphs holding every character pair, read in corpus (id) order a
    /// batch at a time and checked against their text, stopping when the page is full. Xapian's matcher
    /// would go through every candidate first, to count them. Past the page the total is estimated from
    /// how far into the index the page reached; when the candidates run out it is exact.
    private func phraseMatches(pairTerms: [String], expression: QueryExpression, offset: Int,
                               limit: Int) throws -> ([FoundMatch], Int) {
        let verifier = MatchVerifier(analyzer: analyzer)
        let wanted = offset + limit
        var batch = wanted + max(8, wanted / 4)
        var accepted: [FoundMatch] = []
        var acceptedCount = 0
        var from: DocumentID = 1
        while true {
            let candidates = try database.documents(indexedByAll: pairTerms, from: from, limit: batch)
            for id in candidates {
                let data = try database.document(id).data
                guard verifier.matches(expression, foldedText: MatchVerifier.searchForm(String(StoredParagraph.text(of: data)))) else {
                    continue
                }
                acceptedCount += 1
                if acceptedCount > offset {
                    accepted.append(FoundMatch(record: try Self.decodeRecord(data), weight: 0, collapseCount: 0, documentID: id))
                }
                if acceptedCount >= wanted {
                    let share = Double(try database.lastDocumentID) / Double(id)
                    return (accepted, max(acceptedCount, Int((Double(acceptedCount) * share).rounded())))
                }
            }
            if candidates.count < batch { return (accepted, acceptedCount) }
            from = candidates[candidates.count - 1] + 1
            batch *= 2
        }
    }

    /// Pages through Xapian's candidates, keeping those the verifier accepts, until the page is full.
    /// When the candidates run out the count is exact.
    private func verifiedMatches(_ enquire: Enquire, expression: QueryExpression, offset: Int,
                                 limit: Int) throws -> ([FoundMatch], Int) {
        let verifier = MatchVerifier(analyzer: analyzer)
        let wanted = offset + limit
        // Pair candidates nearly always hold the phrase: read barely more than the page needs.
        var pageSize = wanted + max(8, wanted / 4)
        var accepted: [FoundMatch] = []
        var acceptedCount = 0
        var first = 0
        while true {
            let set = try enquire.matches(first: first, maxItems: pageSize)
            var checked = 0
            for match in set {
                checked += 1
                let data = try match.document().data
                let text = MatchVerifier.searchForm(String(StoredParagraph.text(of: data)))
                guard verifier.matches(expression, foldedText: text) else { continue }
                acceptedCount += 1
                if acceptedCount > offset {
                    accepted.append(FoundMatch(record: try Self.decodeRecord(data), weight: match.weight,
                                               collapseCount: match.collapseCount, documentID: match.documentID))
                }
                if acceptedCount >= wanted { break }
            }
            first += checked
            if set.count < pageSize && checked == set.count { return (accepted, acceptedCount) }
            if acceptedCount >= wanted {
                // The rest is not read: estimate the total from the share accepted so far.
                let share = Double(acceptedCount) / Double(first)
                return (accepted, max(acceptedCount, Int((Double(set.estimatedMatches) * share).rounded())))
            }
            pageSize *= 2
        }
    }
}
