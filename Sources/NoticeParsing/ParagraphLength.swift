/// How long a line of a text file read in pieces may be: twice the longest seen in real notices (8 MB, a page
/// saved without line breaks). A longer one is kept to its beginning, so that one line cannot take memory
/// without bound; the indexer names every file so shortened.
public enum ParagraphLength {
    public static let maximumBytes = 16 << 20

    /// The text itself when it fits in `maximum` bytes, else its longest beginning of whole scalars that does.
    static func capped(_ text: String, to maximum: Int = maximumBytes) -> String {
        guard text.utf8.count > maximum else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: maximum)
        while !text.unicodeScalars.indices.contains(end) && end > text.startIndex {
            end = text.utf8.index(before: end)
        }
        return String(text.unicodeScalars[..<end])
    }
}
