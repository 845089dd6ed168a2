import ChineseText

/// Decides, on a candidate's text, whether it really matches the query's exact phrases and exclusions.
/// Xapian finds candidates from unpositioned terms; this check is what makes phrases grep-exact.
struct MatchVerifier {
    /// For each free text of the query, the index terms any of which makes a paragraph match it.
    let textTerms: [String: Set<String>]

    /// `terms` gives the candidate's index terms, read only if free text has to be decided.
    func matches(_ expression: QueryExpression, foldedText: String, terms: () -> Set<String>) -> Bool {
        switch expression {
        case .phrase(let phrase):
            return foldedText.contains(Self.normalizedPhrase(phrase))
        case .text(let text):
            // Free text matches as Xapian matched it: by a word of the paragraph or of its context.
            guard let wanted = textTerms[text], !wanted.isEmpty else { return false }
            return !wanted.isDisjoint(with: terms())
        case .and(let parts):
            return parts.allSatisfy { matches($0, foldedText: foldedText, terms: terms) }
        case .or(let parts):
            return parts.contains { matches($0, foldedText: foldedText, terms: terms) }
        case .andNot(let positive, let negative):
            return matches(positive, foldedText: foldedText, terms: terms)
                && !matches(negative, foldedText: foldedText, terms: terms)
        case .ranked(let required, _):
            return matches(required, foldedText: foldedText, terms: terms)
        }
    }

    static func normalizedPhrase(_ phrase: String) -> String { searchForm(phrase) }

    /// Folded, with every run of spaces made one: the form phrases and paragraphs are compared in.
    static func searchForm(_ text: String) -> String {
        TextFolding.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
