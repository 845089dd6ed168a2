/// The identity of an analysis: it changes whenever a change of code, of
/// ICU's dictionary or of the data would split or expand text differently, so
/// that an index built with another analysis can be recognised as stale.
enum AnalysisVersion {
    /// Raise when the segmentation code changes its output.
    static let code = "seg1"

    static func of(lexiconTerms: [String], synonymGroups: [[String]]) -> String {
        var hash = FNV1a()
        hash.add(WordBreaker.icuVersion)
        // The terms' own hashes summed: the order of the lexicon does not matter, and nothing is sorted.
        var terms: UInt64 = 0
        for term in lexiconTerms {
            var termHash = FNV1a()
            termHash.add(term)
            terms &+= termHash.value
        }
        hash.add(String(terms, radix: 16))
        hash.add("\u{1}synonyms")
        for group in synonymGroups { hash.add(group.joined(separator: " ")) }
        return "\(code)-\(String(hash.value, radix: 16))"
    }
}

/// 64-bit FNV-1a: small, stable across runs and platforms (unlike Hasher).
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0) // separates consecutive strings
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
