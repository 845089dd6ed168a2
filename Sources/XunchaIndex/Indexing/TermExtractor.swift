import ChineseText

/// Turns text into index terms: analysed words (ranked retrieval) and character pairs (exact-phrase candidates).
/// Queries go through the same functions, so index and query always agree.
struct TermExtractor: Sendable {
    let analyzer: ChineseAnalyzer

    /// Word terms with their within-paragraph frequency. A lexicon term also indexes its parts, so that a
    /// query for 负责人 still finds 主要负责人.
    func wordFrequencies(in text: String) -> [String: Int] {
        var frequencies: [String: Int] = [:]
        for token in analyzer.tokens(in: text) {
            frequencies[token.text, default: 0] += 1
            for part in token.parts where part != token.text {
                frequencies[part, default: 0] += 1
            }
        }
        return frequencies
    }

    /// Distinct overlapping character pairs of the folded text, spaces breaking runs. Positions are not kept:
    /// a phrase's pairs find its candidates and a substring check makes the answer exact.
    static func bigrams(in foldedText: String) -> Set<String> {
        var pairs = Set<String>()
        var previous: Character?
        for character in foldedText {
            if character.isWhitespace {
                previous = nil
                continue
            }
            if let previous { pairs.insert(String([previous, character])) }
            previous = character
        }
        return pairs
    }
}
