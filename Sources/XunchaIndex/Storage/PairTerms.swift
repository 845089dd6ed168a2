import ChineseText

/// The overlapping character pairs of a paragraph's text, stored as boolean terms (prefix `K`): they select the
/// candidates for an exact phrase, which the text then confirms. Positions are not kept, which halves the cost
/// of indexing them. Indexing and search take pairs only from here, so the two always agree.
enum PairTerms {
    /// Distinct overlapping pairs of text already in search form (`SearchForm`). Spaces and punctuation break
    /// runs: a phrase's other pairs still find its candidates, and the check on the text makes the answer exact.
    static func pairs(inSearchForm text: String) -> Set<String> {
        var pairs = Set<String>()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
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

    /// The pair terms of a paragraph whose text in search form is `text`.
    static func terms(inSearchForm text: String) -> [String] {
        pairs(inSearchForm: text).map { IndexSchema.Prefix.bigram + $0 }
    }

    /// The pair terms every paragraph holding `phrase` (as typed) has, sorted: none for a phrase of one character.
    static func terms(ofPhrase phrase: String) -> [String] {
        terms(ofPhrases: [phrase])
    }

    /// The pair terms a paragraph holding every one of `phrases` has, sorted.
    static func terms(ofPhrases phrases: [String]) -> [String] {
        let pairs = phrases.reduce(into: Set<String>()) { $0.formUnion(self.pairs(inSearchForm: SearchForm.of($1))) }
        return pairs.sorted().map { IndexSchema.Prefix.bigram + $0 }
    }

    /// A phrase that is a single pair: its term alone says exactly which paragraphs hold it.
    static func isOnePair(_ phrase: String) -> Bool {
        let scalars = Array(SearchForm.of(phrase).unicodeScalars)
        return scalars.count == 2 && scalars.allSatisfy(isPairable)
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
