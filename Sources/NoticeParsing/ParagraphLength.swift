/// How long a paragraph may be. No notice has a line anywhere near it (the longest in the sample is about
/// 15 KB); a longer one is a file without line breaks, and is kept to its beginning so that one line cannot
/// take memory without bound. The indexer names every file so shortened.
public enum ParagraphLength {
    public static let maximumBytes = 256 << 10

    /// The text itself when it fits, else its longest beginning of whole scalars that does.
    static func capped(_ text: String) -> String {
        guard text.utf8.count > maximumBytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: maximumBytes)
        while !text.unicodeScalars.indices.contains(end) && end > text.startIndex {
            end = text.utf8.index(before: end)
        }
        return String(text.unicodeScalars[..<end])
    }
}
