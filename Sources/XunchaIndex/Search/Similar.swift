import SwiftXapian

extension NoticeIndex {
    /// Paragraphs in other notices most like the given one: Xapian's relevance feedback picks the terms that
    /// best characterise it, and they are searched for, weighted by how telling each is.
    public func similar(to reference: String, limit: Int, offset: Int = 0,
                        filters: SearchFilters = SearchFilters()) throws -> (paragraph: ParagraphRecord, result: SearchResult) {
        try similar(to: ParagraphReference(parsing: reference), limit: limit, offset: offset, filters: filters)
    }

    /// Paragraphs in other notices most like the one `reference` names.
    public func similar(to reference: ParagraphReference, limit: Int, offset: Int = 0,
                        filters: SearchFilters = SearchFilters()) throws -> (paragraph: ParagraphRecord, result: SearchResult) {
        let (limit, offset) = (PageBounds.clamped(limit), PageBounds.clamped(offset))
        let record = try paragraph(reference)
        return try reading {
            let unique = StoredTerms.paragraph(record.location)
            guard let id = try database.postings(for: unique).first else { throw IndexError.unknownParagraph(reference.description) }
            let enquire = Enquire(database: database)
            try enquire.setQuery(.term(unique))
            let terms = try enquire.expandTerms(maxItems: ranking.similarTerms, relevant: RelevanceSet([id]),
                                                filter: .excludingPrefixes(IndexSchema.Prefix.all))
            guard let strongest = terms.first?.weight, strongest > 0 else {
                return (record, SearchResult(hits: [], count: .exact(0)))
            }
            let wanted: Query = .or(terms.map { .scaled(.term($0.term), by: $0.weight / strongest) })
            let otherNotices: Query = .andNot(wanted, .term(StoredTerms.notice(record.noticeKey)))
            let plan = SearchPlan(query: otherNotices, verification: nil,
                                  highlighter: Highlighter(analyzer: analyzer, terms: Set(terms.map(\.term)), phrases: []),
                                  collapseDuplicates: true)
            return (record, try execute(plan, filters: filters, offset: offset, limit: limit))
        }
    }
}
