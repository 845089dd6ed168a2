import ChineseText
import SwiftXapian

/// Candidates checked against their text: how exact phrases and exclusions become grep-exact. Both ways of
/// finding candidates read them in pages and stop once the page asked for is full and the count is known
/// well enough (see `MatchCount`).
extension NoticeIndex {
    /// The character-pair terms a query of phrases alone must all have, or nil when it is not such a query
    /// or has no pairs (a one-character phrase).
    static func pairTerms(of expression: QueryExpression) -> [String]? {
        guard let phrases = expression.conjoinedPhrases else { return nil }
        let terms = PairTerms.terms(ofPhrases: phrases)
        return terms.isEmpty ? nil : terms
    }

    /// How many candidates past the page may still be checked, to count the matches exactly: only when every
    /// candidate fits within it (`CountableCandidates`), since checking fewer leaves the count a range anyway.
    static let countingBudget = 3_000

    /// Phrases alone, unfiltered: the paragraphs holding every character pair, read in corpus (id) order a
    /// batch at a time. Xapian's matcher would go through every candidate first, to count them. The first
    /// batch holds one more candidate than the page and the counting budget together: when it is full, the
    /// count cannot be settled by checking, and the page is all that is checked.
    func phraseMatches(pairTerms: [String], verifier: MatchVerifier, expression: QueryExpression, checked: SharedCandidates,
                       countingBudget: Int, offset: Int, limit: Int) throws -> ([FoundMatch], MatchCount) {
        var page = VerifiedPage(verifier: verifier, expression: expression, keepFrom: offset, wanted: offset + limit,
                                checked: checked)
        var batch = min(offset + limit + countingBudget + 1, 65_536)
        var from: DocumentID = 1
        var offered = 0
        var candidates = try database.documents(indexedByAll: pairTerms, from: from, limit: batch)
        let countsExactly = candidates.count < batch
        let firstBatch = (count: candidates.count, lastID: candidates.last ?? 0)
        while true {
            for id in candidates {
                try page.offer(id, weight: 0, collapseCount: 0) { try database.document(id) }
                offered += 1
                if page.isFull && (!countsExactly || page.checkedPastPage >= countingBudget) {
                    // The rest is not checked. The candidates left are fewer than the paragraphs left and than
                    // the rarest pair's paragraphs not yet read; about as many of them match as of those checked,
                    // and they are spread over the ids as those of the first batch are.
                    let last = Double(try database.lastDocumentID)
                    let rarest = try pairTerms.map { try database.termFrequency($0) }.min() ?? 0
                    let unread = min(Int(last) - Int(id), max(0, rarest - offered))
                    let spread = Double(firstBatch.count) * last / Double(max(1, firstBatch.lastID))
                    let estimate = Int((spread * Double(page.count) / Double(offered)).rounded())
                    return (page.accepted, MatchCount(lowerBound: page.count, upperBound: page.count + unread,
                                                      estimate: estimate))
                }
            }
            if candidates.count < batch { return (page.accepted, .exact(page.count)) }
            from = candidates[candidates.count - 1] + 1
            batch = min(batch * 2, 65_536)
            candidates = try database.documents(indexedByAll: pairTerms, from: from, limit: batch)
        }
    }

    /// Pages through Xapian's candidates, keeping those the verifier accepts, until the page is full and the
    /// counting budget is spent, or as soon as the page is full when the candidates are more than that budget
    /// (`countsExactly` false). When the candidates run out the count is exact.
    func verifiedMatches(_ enquire: Enquire, verifier: MatchVerifier, expression: QueryExpression, checked: SharedCandidates,
                         countingBudget: Int, countsExactly: Bool, keepFrom: Int,
                         wanted: Int) throws -> ([FoundMatch], MatchCount) {
        var page = VerifiedPage(verifier: verifier, expression: expression, keepFrom: keepFrom, wanted: wanted,
                                checked: checked)
        var pageSize = page.firstBatchSize
        var first = 0
        while true {
            let set = try enquire.matches(first: first, maxItems: pageSize)
            for match in set {
                try page.offer(match.documentID, weight: match.weight, collapseCount: match.collapseCount) {
                    try match.document()
                }
            }
            first += set.count
            if set.count < pageSize { return (page.accepted, .exact(page.count)) }
            if page.isFull && (!countsExactly || page.checkedPastPage >= countingBudget) {
                // The rest is not read: the candidates left match in the share those read so far did.
                let unread = max(0, set.upperBound - first)
                let share = Double(page.count) / Double(first)
                let estimate = page.count + Int((Double(max(0, set.estimatedMatches - first)) * share).rounded())
                return (page.accepted, MatchCount(lowerBound: page.count, upperBound: page.count + unread,
                                                  estimate: estimate))
            }
            pageSize = min(pageSize * 2, 65_536)
        }
    }
}

/// The matches a verifier accepts, counted from the first, kept from `keepFrom` on until `wanted` are
/// accepted; those after are only counted.
struct VerifiedPage {
    let verifier: MatchVerifier
    let expression: QueryExpression
    let keepFrom: Int
    let wanted: Int
    let checked: SharedCandidates
    private(set) var accepted: [NoticeIndex.FoundMatch] = []
    /// Accepted so far, those skipped before `keepFrom` and those past the page included.
    private(set) var count = 0
    /// Candidates checked after the page was full: only for the count.
    private(set) var checkedPastPage = 0

    init(verifier: MatchVerifier, expression: QueryExpression, keepFrom: Int, wanted: Int,
         checked: SharedCandidates = SharedCandidates()) {
        self.verifier = verifier; self.expression = expression; self.keepFrom = keepFrom; self.wanted = wanted
        self.checked = checked
    }

    var isFull: Bool { count >= wanted }

    /// Candidates nearly always hold the phrase: the first read asks for barely more than the page needs.
    var firstBatchSize: Int { min(wanted + max(8, wanted / 4), 65_536) }

    /// Offers the candidate `id`; `read` reads its document, only when it is checked or kept.
    mutating func offer(_ id: DocumentID, weight: Double, collapseCount: Int, read: () throws -> Document) throws {
        if isFull { checkedPastPage += 1 }
        var document: Document?
        let holds = try checked.accepts(id) {
            let read = try read()
            document = read
            return try accepts(read)
        }
        guard holds else { return }
        count += 1
        if count > keepFrom && count <= wanted {
            accepted.append(NoticeIndex.FoundMatch(record: try NoticeIndex.decodeRecord(try (document ?? read()).data),
                                                   weight: weight, collapseCount: collapseCount, documentID: id))
        }
    }

    /// Whether the candidate `id` holds what the query asks for, checked unless it was before.
    func accepts(_ id: DocumentID, read: () throws -> Document) throws -> Bool {
        try checked.accepts(id) { try accepts(try read()) }
    }

    /// Whether a candidate's text holds what the query asks for.
    func accepts(_ document: Document) throws -> Bool {
        let text = SearchForm.of(StoredParagraph.text(of: try document.data))
        var terms: Set<String>?
        return try verifier.matches(expression, foldedText: text) {
            if let terms { return terms }
            let read = Set(try document.terms())
            terms = read
            return read
        }
    }
}

/// The candidates of one request as its search and its facets check them against their text: each is read and
/// checked once for both. What it holds is true only of the database it was read from: when the index is
/// reopened at a new commit in between (ids may name other paragraphs there), it is forgotten.
final class SharedCandidates {
    private var database: Database?
    private var decided: [DocumentID: Bool] = [:]

    /// Itself, emptied first when what it holds was read from another database than `current`.
    func reading(_ current: Database) -> SharedCandidates {
        if database !== current {
            database = current
            decided.removeAll()
        }
        return self
    }

    /// How many candidates were checked against their text.
    var count: Int { decided.count }

    func accepts(_ id: DocumentID, deciding decide: () throws -> Bool) rethrows -> Bool {
        if let known = decided[id] { return known }
        let accepted = try decide()
        decided[id] = accepted
        return accepted
    }
}
