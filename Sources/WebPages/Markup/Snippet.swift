/// A paragraph's text with its matches marked: whole when short, else a window around the first match.
/// Each piece is escaped before it is marked, so a match never cuts an escape in half.
enum Snippet {
    static let length = 160

    static func html(_ text: String, highlights: [Range<String.Index>], whole: Bool = false) -> String {
        var start = text.startIndex
        var end = text.endIndex
        if !whole && text.count > length {
            let anchor = highlights.first?.lowerBound ?? text.startIndex
            start = text.index(anchor, offsetBy: -min(30, text.distance(from: text.startIndex, to: anchor)))
            end = text.index(start, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
        }
        var out = start > text.startIndex ? "…" : ""
        var cursor = start
        for range in highlights where range.upperBound > start && range.lowerBound < end {
            let from = max(range.lowerBound, cursor)
            let to = min(range.upperBound, end)
            guard from < to else { continue }
            out += HTML.escape(String(text[cursor..<from]))
            out += "<mark>" + HTML.escape(String(text[from..<to])) + "</mark>"
            cursor = to
        }
        out += HTML.escape(String(text[cursor..<end]))
        if end < text.endIndex { out += "…" }
        return out
    }
}
