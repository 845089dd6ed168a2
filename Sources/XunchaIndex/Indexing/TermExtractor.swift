import ChineseText

/// Turns text into index terms: analysed words (ranked retrieval) and character pairs (exact-phrase candidates).
/// Queries go through the same functions, so index and query always agree.
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

    /// Distinct overlapping pairs of the folded text's characters. Spaces and punctuation break runs: a
    /// phrase's other pairs still find its candidates, and the substring check makes the answer exact.
    /// Positions are not kept, which halves the cost of indexing them.
    static func bigrams(in foldedText: String) -> Set<String> {
        var pairs = Set<String>()
        var previous: Unicode.Scalar?
        for scalar in foldedText.unicodeScalars {
            guard isPairable(scalar) else {
                previous = nil
                continue
            }
            if let previous {
                var pair = String.UnicodeScalarView()
                pair.append(previous)
                pair.append(scalar)
                pairs.insert(String(pair))
            }
            previous = scalar
        }
        return pairs
    }

    /// Letters, digits and ideographs pair; spaces, punctuation, symbols and combining marks do not.
    static func isPairable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
                || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        }
        if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
