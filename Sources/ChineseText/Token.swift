/// One searchable word of a text.
public struct Token: Equatable, Sendable {
    /// The term: folded and lowercased; a Chinese word, a lexicon term, or a run of Latin letters and digits.
    public let text: String
    /// Where the word stands in the analysed (original, unfolded) string, for highlighting.
    public let range: Range<String.Index>
    /// Whether the word is a term of the domain lexicon, kept whole.
    public let isLexiconTerm: Bool
    /// For a lexicon term or a long word: the smaller words inside it (主要负责人 → [主要, 负责人]),
    /// so that they can be indexed too; single characters are left out. [] otherwise.
    public let parts: [String]

    public init(text: String, range: Range<String.Index>, isLexiconTerm: Bool, parts: [String]) {
        self.text = text
        self.range = range
        self.isLexiconTerm = isLexiconTerm
        self.parts = parts
    }
}
