import SwiftXapian

extension NoticeIndex {
    /// How many hits facets count at most; a query with more counts its best-ranked this many.
    public static let facetBudget = 5_000

    /// The facets of a search: its hits, as the search lists them (filters applied, identical paragraphs
    /// folded into the copy the search shows, phrases and exclusions checked against the text), counted by
    /// agency, region, level, year, inspection and role. Only each hit's notice key and role are read (two
    /// value slots, each in one pass); the notices' metadata, cached, then adds them up.
    public func facets(for request: SearchRequest) throws -> SearchFacets {
        try facets(for: request, checked: SharedCandidates())
    }

    /// A search and its facets, as a page shows them together: each candidate that must be checked against
    /// its text is read and checked once for both.
    public func searchWithFacets(_ request: SearchRequest) throws -> (result: SearchResult, facets: SearchFacets) {
        let shared = SharedCandidates()
        return (try search(request, checked: shared), try facets(for: request, checked: shared))
    }

    /// The facets, sharing with a search of the same request the candidates checked against their text.
    func facets(for request: SearchRequest, checked shared: SharedCandidates) throws -> SearchFacets {
        let parsed = try QueryParser.parse(request.query)
        return try reading {
            let checked = shared.reading(database)
            guard let expression = try parsed.pruned(keepingPhrases: phraseOccurs) else { return SearchFacets() }
            let compiled = try compiler().compile(expression)
            let filter = try FilterCompiler(termsWithPrefix: names(withPrefix:), noticesAtLevel: noticeKeys(atLevel:))
                .compile(request.filters.validated())
            let filtered: (Query) -> Query = { query in filter.map { .filter(query, $0) } ?? query }
            let enquire = Enquire(database: database)
            try enquire.setQuery(filtered(compiled.query))
            // Ordered as the search orders them, so that folding keeps the same copy of identical paragraphs.
            if expression.isPhrasesOnly {
                try enquire.setWeighting(.boolean)
                try enquire.setDocumentIDOrder(.ascending)
            } else {
                try enquire.setWeighting(LengthNormalization.weighting(ranking.stored))
                try enquire.setSort(.relevanceThenValue(IndexSchema.Slot.tieBreak))
            }
            if compiled.phrases.isEmpty { try enquire.setCollapseKey(IndexSchema.Slot.duplicateKey, max: 1) }
            if compiled.knownOnlyThroughSynonyms {
                // The search widens such a query by its best hits' words; its facets count what it finds.
                try enquire.setQuery(filtered(try FeedbackExpansion.widen(compiled.query, using: enquire, ranking: ranking).query))
            }
            let page = expression.needsVerification(exact: QueryCompiler.isExactlyIndexed)
                ? VerifiedPage(verifier: MatchVerifier(textTerms: compiled.textTerms, phrases: expression.phrases),
                               expression: expression, keepFrom: 0, wanted: 0, checked: checked)
                : nil
            // One read of the whole budget: Xapian ranks from the first match at every read, so reading it in
            // pages would rank the first pages again for each later one.
            let set = try enquire.matches(first: 0, maxItems: Self.facetBudget)
            var hits: [DocumentID] = []
            hits.reserveCapacity(set.count)
            for match in set {
                if let page, try !page.accepts(match.documentID, read: { try match.document() }) { continue }
                hits.append(match.documentID)
            }
            // Each hit's notice and role, read along the two value slots in id order rather than hit by hit.
            var notices: [String: Int] = [:], roles: [String: Int] = [:]
            for key in try database.values(slot: IndexSchema.Slot.notice, of: hits) { notices[key, default: 0] += 1 }
            for role in try database.values(slot: IndexSchema.Slot.role, of: hits) { roles[role, default: 0] += 1 }
            let counted = hits.count
            var tally = FacetTally()
            for (key, count) in notices { tally.add(notice: try notice(key: key), count: count) }
            for (role, count) in roles { tally.add(role: role, count: count) }
            return tally.facets(counted: counted, isExact: set.count < Self.facetBudget)
        }
    }
}
