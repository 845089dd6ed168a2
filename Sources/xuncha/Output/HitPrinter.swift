import XunchaIndex

/// Formats hits for people, ripgrep-style: `source:line  agency · date · title`, then the paragraph (or a
/// snippet around its matches) with the matches highlighted. The snippet is cut from the paragraph before its
/// control characters are escaped, so an escape shown is never cut in half.
struct HitPrinter {
    let style: Style
    /// Paragraphs longer than this are shown as a snippet around their first match.
    var snippetLength = HighlightedExcerpt.standardLength

    func lines(for hit: SearchHit) -> [String] {
        let record = hit.record
        var facts: [String] = []
        if let agency = hit.notice?.metadata.agency { facts.append(agency) }
        if let date = hit.notice.flatMap({ $0.metadata.indexDate }) { facts.append(date) }
        if let title = hit.notice?.metadata.title { facts.append(title) }
        let header = style.path(record.source) + ":" + style.lineNumber(String(record.line))
            + "  " + style.dim(facts.joined(separator: " · ") + "  [\(record.role.rawValue)]")
            + (hit.duplicates > 0 ? style.dim("  (+\(hit.duplicates) identical)") : "")
        return [header, "    " + snippet(record.text, highlights: hit.highlights)]
    }

    /// The text, cut to a window around the first highlight when long, with highlights styled.
    func snippet(_ text: String, highlights: [Range<String.Index>]) -> String {
        let excerpt = HighlightedExcerpt(text, highlights: highlights, length: snippetLength)
        var result = excerpt.isCutBefore ? "…" : ""
        for piece in excerpt.pieces {
            result += piece.isHighlighted ? style.match(piece.text) : style.plain(piece.text)
        }
        if excerpt.isCutAfter { result += "…" }
        return result
    }
}
