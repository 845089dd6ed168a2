import ChineseText
import SwiftXapian

/// Candidates checked against their text: how exact phrases and exclusions become grep-exact. Both ways of
/// finding candidates read them in pages and stop as soon as the page asked for is full.
extension NoticeIndex {
    /// The character-pair terms a query of phrases alone must all have, or nil when it is not such a query
    /// or has no pairs (a one-character phrase).
    static func pairTerms(of expression: QueryExpression) -> [String]? {
        guard let phrases = expression.conjoinedPhrases else { return nil }
        let pairs = Set(phrases.flatMap { TermExtractor.bigrams(in: TextFolding.fold($0)) })
        return pairs.isEmpty ? nil : pairs.sorted().map { IndexSchema.Prefix.bigram + $0 }
    }

    /// Phrases alone, unfiltered: the paragraphs holding every character pair, read in corpus (id) order a
    /// batch at a time, stopping when the page is full. Xapian's matcher would go through every candidate
    /// first, to count them. Past the page the total is estimated from how far into the index the page
    /// reached; when the candidates run out it is exact.
    func phraseMatches(pairTerms: [String], expression: QueryExpression, offset: Int,
                       limit: Int) throws -> ([FoundMatch], Int) {
        var page = VerifiedPage(verifier: MatchVerifier(analyzer: analyzer), expression: expression,
                                offset: offset, limit: limit)
        var batch = page.firstBatchSize
        var from: DocumentID = 1
        while true {
            let candidates = try database.documents(indexedByAll: pairTerms, from: from, limit: batch)
            for id in candidates {
                try page.offer(try database.document(id).data, weight: 0, collapseCount: 0, documentID: id)
                if page.isFull {
                    let share = Double(try database.lastDocumentID) / Double(id)
                    return (page.accepted, max(page.count, Int((Double(page.count) * share).rounded())))
                }
            }
            if candidates.count < batch { return (page.accepted, page.count) }
            from = candidates[candidates.count - 1] + 1
            batch *= 2
        }
    }

    /// Pages through Xapian's candidates, keeping those the verifier accepts, until the page is full.
    /// When the candidates run out the count is exact.
    func verifiedMatches(_ enquire: Enquire, expression: QueryExpression, offset: Int,
                         limit: Int) throws -> ([FoundMatch], Int) {
        var page = VerifiedPage(verifier: MatchVerifier(analyzer: analyzer), expression: expression,
                                offset: offset, limit: limit)
        var pageSize = page.firstBatchSize
        var first = 0
        while true {
            let set = try enquire.matches(first: first, maxItems: pageSize)
            var checked = 0
            for match in set where !page.isFull {
                checked += 1
                try page.offer(try match.document().data, weight: match.weight, collapseCount: match.collapseCount,
                               documentID: match.documentID)
            }
            first += checked
            if set.count < pageSize && checked == set.count { return (page.accepted, page.count) }
            if page.isFull {
                // The rest is not read: estimate the total from the share accepted so far.
                let share = Double(page.count) / Double(first)
                return (page.accepted, max(page.count, Int((Double(set.estimatedMatches) * share).rounded())))
            }
            pageSize *= 2
        }
    }
}

/// The matches a verifier accepts, counted from the first, kept from `offset` on until `limit` are kept.
struct VerifiedPage {
    let verifier: MatchVerifier
    let expression: QueryExpression
    let offset: Int
    let limit: Int
    private(set) var accepted: [NoticeIndex.FoundMatch] = []
    /// Accepted so far, those skipped before `offset` included.
    private(set) var count = 0

    var isFull: Bool { count >= offset + limit }

    /// Candidates nearly always hold the phrase: the first read asks for barely more than the page needs.
    var firstBatchSize: Int { offset + limit + max(8, (offset + limit) / 4) }

    mutating func offer(_ data: String, weight: Double, collapseCount: Int, documentID: DocumentID) throws {
        let text = MatchVerifier.searchForm(String(StoredParagraph.text(of: data)))
        guard verifier.matches(expression, foldedText: text) else { return }
        count += 1
        if count > offset {
            accepted.append(NoticeIndex.FoundMatch(record: try NoticeIndex.decodeRecord(data), weight: weight,
                                                   collapseCount: collapseCount, documentID: documentID))
        }
    }
}
