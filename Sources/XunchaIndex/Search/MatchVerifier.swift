import ChineseText

/// Decides, on a candidate's text, whether it really matches the query's exact phrases and exclusions.
/// Xapian finds candidates from unpositioned terms; this check is what makes phrases grep-exact.
struct MatchVerifier {
    let analyzer: ChineseAnalyzer

    func matches(_ expression: QueryExpression, foldedText: String) -> Bool {
        switch expression {
        case .everything:
            return true
        case .phrase(let phrase):
            return foldedText.contains(Self.normalizedPhrase(phrase))
        case .text(let text):
            // A word counts when the text holds it or one of its synonyms.
            return QueryCompiler.searchWords(in: text, analyzer: analyzer).contains { word in
                ([word] + analyzer.synonyms(of: word)).contains { foldedText.contains($0) }
            }
        case .and(let parts):
            return parts.allSatisfy { matches($0, foldedText: foldedText) }
        case .or(let parts):
            return parts.contains { matches($0, foldedText: foldedText) }
        case .andNot(let positive, let negative):
            return matches(positive, foldedText: foldedText) && !matches(negative, foldedText: foldedText)
        }
    }

    static func normalizedPhrase(_ phrase: String) -> String { searchForm(phrase) }

    /// Folded, with every run of spaces made one: the form phrases and paragraphs are compared in.
    static func searchForm(_ text: String) -> String {
        TextFolding.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
