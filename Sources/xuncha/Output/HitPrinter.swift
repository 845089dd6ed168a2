import XunchaIndex

/// Formats hits for people, ripgrep-style: `source:line  agency · date · title`, then the paragraph (or a
/// snippet around its matches) with the matches highlighted. The snippet is cut from the paragraph before its
/// control characters are escaped, so an escape shown is never cut in half.
struct HitPrinter {
    let style: Style
    /// Paragraphs longer than this are shown as a snippet around their first match.
    var snippetLength = 160

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
        var start = text.startIndex
        var end = text.endIndex
        if text.count > snippetLength {
            let anchor = highlights.first?.lowerBound ?? text.startIndex
            start = text.index(anchor, offsetBy: -min(30, text.distance(from: text.startIndex, to: anchor)))
            end = text.index(start, offsetBy: snippetLength, limitedBy: text.endIndex) ?? text.endIndex
        }
        var result = start > text.startIndex ? "…" : ""
        var cursor = start
        for range in highlights where range.upperBound > start && range.lowerBound < end {
            let from = max(range.lowerBound, cursor)
            let to = min(range.upperBound, end)
            guard from < to else { continue }
            result += style.plain(String(text[cursor..<from]))
            result += style.match(String(text[from..<to]))
            cursor = to
        }
        result += style.plain(String(text[cursor..<end]))
        if end < text.endIndex { result += "…" }
        return result
    }
}
