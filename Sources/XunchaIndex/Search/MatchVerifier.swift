import ChineseText
import Foundation

/// Decides, on a candidate's text, whether it really matches the query's exact phrases and exclusions.
/// Xapian finds candidates from unpositioned terms; this check is what makes phrases grep-exact.
struct MatchVerifier {
    /// For each free text of the query, the index terms any of which makes a paragraph match it.
    let textTerms: [String: Set<String>]
    /// Each phrase of the query in the form paragraphs are compared in, folded once rather than per paragraph.
    private var searchForms: [String: [UInt8]] = [:]

    init(textTerms: [String: Set<String>], phrases: [String] = []) {
        self.textTerms = textTerms
        for phrase in phrases { searchForms[phrase] = Array(SearchForm.of(phrase).utf8) }
    }

    /// `terms` gives the candidate's index terms, read only if free text has to be decided.
    func matches(_ expression: QueryExpression, foldedText: String, terms: () throws -> Set<String>) rethrows -> Bool {
        switch expression {
        case .phrase(let phrase):
            return Self.bytes(of: foldedText, contain: searchForms[phrase] ?? Array(SearchForm.of(phrase).utf8))
        case .text(let text):
            // Free text matches as Xapian matched it: by a word of the paragraph or of its context.
            guard let wanted = textTerms[text], !wanted.isEmpty else { return false }
            return try !wanted.isDisjoint(with: terms())
        case .and(let parts):
            return try parts.allSatisfy { try matches($0, foldedText: foldedText, terms: terms) }
        case .or(let parts):
            return try parts.contains { try matches($0, foldedText: foldedText, terms: terms) }
        case .andNot(let positive, let negative):
            return try matches(positive, foldedText: foldedText, terms: terms)
                && !matches(negative, foldedText: foldedText, terms: terms)
        case .ranked(let required, _):
            return try matches(required, foldedText: foldedText, terms: terms)
        }
    }

    /// Whether the UTF-8 of `text` contains `phrase`'s, as `grep -F` compares (both are in search form).
    static func bytes(of text: String, contain phrase: [UInt8]) -> Bool {
        guard !phrase.isEmpty else { return true }
        var text = text
        return text.withUTF8 { haystack in
            phrase.withUnsafeBufferPointer { needle in
                guard let start = haystack.baseAddress, let wanted = needle.baseAddress,
                      needle.count <= haystack.count else { return false }
                // Each place the first byte occurs (memchr), compared in full (memcmp).
                var offset = 0
                let lastStart = haystack.count - needle.count
                while offset <= lastStart {
                    guard let found = memchr(start + offset, Int32(wanted.pointee), lastStart - offset + 1) else { return false }
                    let position = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(start + position, wanted, needle.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
