import ChineseText
import NoticeParsing
import SwiftXapian

extension NoticeIndex {
    /// Ranked retrieval (BM25) for free text; exact, grep-like results for quoted phrases; `AND`, `OR`, `NOT`,
    /// `-word` and brackets combine them. Identical paragraphs fold into one hit unless a phrase is asked for,
    /// where every paragraph holding it is listed. A query of phrases alone lists its matches in corpus order,
    /// as grep does, and stops reading as soon as the page is full; words beside the phrases rank them.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try search(request, checked: SharedCandidates())
    }

    /// The search, sharing with the facets of the same request the candidates checked against their text.
    func search(_ request: SearchRequest, checked shared: SharedCandidates) throws -> SearchResult {
        var request = request
        request.limit = PageBounds.clamped(request.limit)
        request.offset = PageBounds.clamped(request.offset)
        let parsed = try QueryParser.parse(request.query)
        return try reading {
            let checked = shared.reading(database)
            guard let expression = try parsed.pruned(keepingPhrases: phraseOccurs) else {
                // A phrase it requires is in no paragraph.
                return SearchResult(hits: [], count: .exact(0), explanation: Query.matchNothing.description)
            }
            let compiled = try compiler().compile(expression)
            let plan = SearchPlan(query: compiled.query,
                                  verification: expression.needsVerification(exact: QueryCompiler.isExactlyIndexed)
                                      ? expression : nil,
                                  verifier: MatchVerifier(textTerms: compiled.textTerms, phrases: expression.phrases),
                                  highlighter: request.highlights
                                      ? Highlighter(analyzer: analyzer, terms: compiled.highlightTerms, phrases: compiled.phrases)
                                      : nil,
                                  collapseDuplicates: compiled.phrases.isEmpty,
                                  corpusOrder: expression.isPhrasesOnly,
                                  preferredRole: !request.followsIntent || request.filters.restrictsRoles
                                      ? nil : QueryIntent.preferredRole(for: request.query),
                                  widenedByFeedback: compiled.knownOnlyThroughSynonyms,
                                  checked: checked)
            if request.filters.isEmpty, let pairs = Self.pairTerms(of: expression) {
                let (matches, count) = try phraseMatches(pairTerms: pairs, verifier: plan.verifier, expression: expression,
                                                         checked: checked,
                                                         countingBudget: request.countingBudget,
                                                         offset: request.offset, limit: request.limit)
                return try result(of: matches, count: count, plan: plan, offset: request.offset)
            }
            var counted = plan
            counted.countingBudget = request.countingBudget
            return try execute(counted, filters: request.filters, offset: request.offset, limit: request.limit)
        }
    }

    /// Whether some paragraph may hold the phrase: one holding all its character pairs exists.
    func phraseOccurs(_ phrase: String) throws -> Bool {
        let pairs = PairTerms.terms(ofPhrase: phrase)
        guard !pairs.isEmpty else { return true }
        return try !database.documents(indexedByAll: pairs, limit: 1).isEmpty
    }

    func compiler() -> QueryCompiler {
        let database = self.database
        return QueryCompiler(analyzer: analyzer, termExists: database.termExists, ranking: ranking)
    }

    /// A Xapian query with what is needed to check and present its matches.
    struct SearchPlan {
        var query: Query
        /// Set when candidates must be checked against the text (exact phrases, exclusions).
        var verification: QueryExpression?
        var verifier = MatchVerifier(textTerms: [:])
        var highlighter: Highlighter?
        var collapseDuplicates: Bool
        /// Matches in the order the index holds them, unweighted: nothing to rank by.
        var corpusOrder = false
        /// Ranked matches of this role move up a little (see `QueryIntent`).
        var preferredRole: ParagraphRole?
        /// The query takes in the words of its best hits before it runs (see `FeedbackExpansion`).
        var widenedByFeedback = false
        /// How many candidates are looked at, past the page, to count the matches.
        var countingBudget = NoticeIndex.countingBudget
        /// The candidates checked against their text so far.
        var checked = SharedCandidates()
    }

    func execute(_ plan: SearchPlan, filters: SearchFilters, offset: Int, limit: Int) throws -> SearchResult {
        let filter = try FilterCompiler(termsWithPrefix: names(withPrefix:), noticesAtLevel: noticeKeys(atLevel:)).compile(filters.validated())
        let filtered: (Query) -> Query = { query in filter.map { .filter(query, $0) } ?? query }
        var query = filtered(plan.query)
        let enquire = Enquire(database: database)
        try enquire.setQuery(query)
        if plan.corpusOrder {
            try enquire.setWeighting(.boolean)
            try enquire.setDocumentIDOrder(.ascending)
        } else {
            try enquire.setWeighting(LengthNormalization.weighting(ranking.stored))
            try enquire.setSort(.relevanceThenValue(IndexSchema.Slot.tieBreak))
        }
        if plan.collapseDuplicates {
            try enquire.setCollapseKey(IndexSchema.Slot.duplicateKey, max: 1)
        }
        var plan = plan
        if plan.widenedByFeedback {
            // After the collapse is set: copies of one paragraph would stand for ten hits.
            let widened = try FeedbackExpansion.widen(plan.query, using: enquire, ranking: ranking)
            query = filtered(widened.query)
            try enquire.setQuery(query)
            // The added words are highlighted too: they are why the paragraphs they bring in matched.
            plan.highlighter = plan.highlighter.map {
                Highlighter(analyzer: $0.analyzer, terms: $0.terms.union(widened.words), phrases: $0.phrases)
            }
        }
        let (matches, count): ([FoundMatch], MatchCount)
        if let verification = plan.verification {
            // Reranking looks at the first `rerankDepth` matches, whatever the page.
            let role = plan.corpusOrder ? nil : plan.preferredRole
            let wanted = role == nil ? offset + limit : max(ranking.rerankDepth, offset + limit)
            let countsExactly = try plan.countingBudget > 0
                && candidates(of: query, fitWithin: wanted + plan.countingBudget)
            let (found, verifiedCount) = try verifiedMatches(enquire, verifier: plan.verifier, expression: verification,
                                                             checked: plan.checked,
                                                             countingBudget: plan.countingBudget,
                                                             countsExactly: countsExactly,
                                                             keepFrom: role == nil ? offset : 0, wanted: wanted)
            matches = role.map { Array(reranked(found, preferring: $0).dropFirst(offset).prefix(limit)) } ?? found
            count = verifiedCount
        } else {
            // Xapian counts exactly only the candidates it checks: more than the budget and the count stays a
            // range, so none are checked past the page.
            let countable = offset + limit + plan.countingBudget
            let countsExactly = try plan.countingBudget > 0 && candidates(of: query, fitWithin: countable)
            (matches, count) = try rankedMatches(enquire, preferring: plan.preferredRole,
                                                 countingBudget: countsExactly ? countable : 0,
                                                 offset: offset, limit: limit)
        }
        let counted = try countingDuplicates(matches, of: query, collapsed: plan.collapseDuplicates && plan.verification == nil)
        return try result(of: counted, count: count, plan: plan, offset: offset, explanation: query.description)
    }

    private func result(of matches: [FoundMatch], count: MatchCount, plan: SearchPlan, offset: Int,
                        explanation: String? = nil) throws -> SearchResult {
        var hits: [SearchHit] = []
        for (index, match) in matches.enumerated() {
            // Lookups made for internal use (no highlighter) skip the notices too.
            let owner = plan.highlighter == nil ? nil : try notice(key: match.record.noticeKey, of: match.documentID)
            hits.append(SearchHit(record: match.record, notice: owner,
                                  score: match.weight, rank: offset + index + 1,
                                  highlights: plan.highlighter?.ranges(in: match.record.text) ?? [],
                                  duplicates: match.collapseCount, documentID: match.documentID,
                                  index: partName(of: match.documentID), missing: missingParts))
        }
        return SearchResult(hits: hits, count: count, explanation: explanation ?? plan.query.description)
    }

    struct FoundMatch {
        var record: ParagraphRecord
        var weight: Double
        var collapseCount: Int
        var documentID: DocumentID
    }

    /// Xapian's ranking, with paragraphs of the preferred role moved up among the first `rerankDepth`: the
    /// bonus is decided from each match's role value, so only the page shown has its stored data decoded.
    /// Xapian counts exactly up to `countingBudget` matches, and gives bounds beyond.
    private func rankedMatches(_ enquire: Enquire, preferring role: ParagraphRole?, countingBudget: Int, offset: Int,
                               limit: Int) throws -> ([FoundMatch], MatchCount) {
        guard let role else {
            let set = try enquire.matches(first: offset, maxItems: limit, checkAtLeast: countingBudget)
            return (try set.map(Self.found), Self.count(of: set, budget: countingBudget))
        }
        let depth = ranking.rerankDepth
        let set = try enquire.matches(first: 0, maxItems: max(depth, offset + limit), checkAtLeast: countingBudget)
        let bonus = ranking.preferenceBonus * (set.first?.weight ?? 0)
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
                Self.count(of: set, budget: countingBudget))
    }

    /// The same preference over matches already read (those checked against their text).
    func reranked(_ matches: [FoundMatch], preferring role: ParagraphRole) -> [FoundMatch] {
        let depth = ranking.rerankDepth
        let bonus = ranking.preferenceBonus * (matches.first?.weight ?? 0)
        let head = matches.prefix(depth).map { match -> FoundMatch in
            var match = match
            if match.record.role == role { match.weight += bonus }
            return match
        }.enumerated().sorted {
            $0.element.weight != $1.element.weight ? $0.element.weight > $1.element.weight : $0.offset < $1.offset
        }.map(\.element)
        return head + matches.dropFirst(depth)
    }

    /// Xapian's bounds. With duplicates folded its upper bound still counts every copy; but when that bound is
    /// within the counting budget every candidate was looked at, and the lower bound is the exact count.
    private static func count(of set: MatchSet, budget: Int) -> MatchCount {
        if set.upperBound <= budget { return .exact(set.lowerBound) }
        return MatchCount(lowerBound: set.lowerBound, upperBound: set.upperBound, estimate: set.estimatedMatches)
    }

    private static func found(_ match: Match) throws -> FoundMatch {
        FoundMatch(record: try decodeRecord(try match.document().data), weight: match.weight,
                   collapseCount: match.collapseCount, documentID: match.documentID)
    }
}
