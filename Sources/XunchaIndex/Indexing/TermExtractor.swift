import ChineseText

/// Turns text into the word terms of ranked retrieval, with their frequencies. Character pairs, for exact
/// phrases, are `PairTerms`.
struct TermExtractor: Sendable {
    let analyzer: ChineseAnalyzer

    /// Word terms with their within-paragraph frequency. A lexicon term also indexes its parts, so that a
    /// query for 负责人 still finds 主要负责人.
    func wordFrequencies(in text: String, prefix: String = "", into frequencies: inout [String: Int]) {
        for token in analyzer.tokens(in: text) {
            frequencies[prefix + token.text, default: 0] += 1
            for part in token.parts where part != token.text {
                frequencies[prefix + part, default: 0] += 1
            }
        }
    }

    func wordFrequencies(in text: String) -> [String: Int] {
        var frequencies: [String: Int] = [:]
        wordFrequencies(in: text, into: &frequencies)
        return frequencies
    }
}
