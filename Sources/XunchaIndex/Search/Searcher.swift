import ChineseText
import NoticeParsing
import SwiftXapian

extension NoticeIndex {
    /// Ranked retrieval (BM25) for free text; exact, grep-like results for quoted phrases; `AND`, `OR`, `NOT`,
    /// `-word` and brackets combine them. Identical paragraphs fold into one hit unless a phrase is asked for,
    /// where every paragraph holding it is listed. A query of phrases alone lists its matches in corpus order,
    /// as grep does, and stops reading as soon as the page is full; words beside the phrases rank them.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        var request = request
        request.limit = PageBounds.clamped(request.limit)
        request.offset = PageBounds.clamped(request.offset)
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
                                  preferredRole: !request.followsIntent || request.filters.restrictsRoles
                                      ? nil : QueryIntent.preferredRole(for: request.query),
                                  widenedByFeedback: compiled.knownOnlyThroughSynonyms)
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
        /// The query takes in the words of its best hits before it runs (see `FeedbackExpansion`).
        var widenedByFeedback = false
    }

    func execute(_ plan: SearchPlan, filters: SearchFilters, offset: Int, limit: Int) throws -> SearchResult {
        let filter = try FilterCompiler(termsWithPrefix: names(withPrefix:)).compile(filters.validated())
        let filtered: (Query) -> Query = { query in filter.map { .filter(query, $0) } ?? query }
        var query = filtered(plan.query)
        let enquire = Enquire(database: database)
        try enquire.setQuery(query)
        if plan.corpusOrder {
            try enquire.setWeighting(.boolean)
            try enquire.setDocumentIDOrder(.ascending)
        } else {
            try enquire.setWeighting(LengthNormalization.weighting)
            try enquire.setSort(.relevanceThenValue(IndexSchema.Slot.tieBreak))
        }
        if plan.collapseDuplicates {
            try enquire.setCollapseKey(IndexSchema.Slot.duplicateKey, max: 1)
        }
        var plan = plan
        if plan.widenedByFeedback {
            // After the collapse is set: copies of one paragraph would stand for ten hits.
            let widened = try FeedbackExpansion.widen(plan.query, using: enquire)
            query = filtered(widened.query)
            try enquire.setQuery(query)
            // The added words are highlighted too: they are why the paragraphs they bring in matched.
            plan.highlighter = plan.highlighter.map {
                Highlighter(analyzer: $0.analyzer, terms: $0.terms.union(widened.words), phrases: $0.phrases)
            }
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
}
