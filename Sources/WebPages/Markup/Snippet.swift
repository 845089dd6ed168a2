import XunchaIndex

/// A paragraph's excerpt as HTML, its highlights in `<mark>`. Each piece is escaped before it is marked, so a
/// highlight never cuts an escape in half.
enum Snippet {
    static func html(_ text: String, highlights: [Range<String.Index>], whole: Bool = false) -> String {
        let excerpt = HighlightedExcerpt(text, highlights: highlights, length: whole ? nil : HighlightedExcerpt.standardLength)
        var out = excerpt.isCutBefore ? "…" : ""
        for piece in excerpt.pieces {
            out += piece.isHighlighted ? "<mark>" + HTML.escape(piece.text) + "</mark>" : HTML.escape(piece.text)
        }
        if excerpt.isCutAfter { out += "…" }
        return out
    }
}
