/// The part of a paragraph a hit list shows, cut into plain and highlighted pieces: the whole text when it is
/// short, else a window that starts a little before the first highlight. Printers style the pieces their own
/// way (terminal colours, HTML marks), so every front end cuts a paragraph alike.
public struct HighlightedExcerpt: Sendable, Equatable {
    public struct Piece: Sendable, Equatable {
        public var text: String
        public var isHighlighted: Bool
    }

    /// Characters shown of a long paragraph.
    public static let standardLength = 160
    /// Characters kept before the first highlight, so it is read in its sentence.
    static let leadIn = 30

    public var pieces: [Piece] = []
    /// Whether text was left out before the first piece or after the last.
    public var isCutBefore = false
    public var isCutAfter = false

    /// `length` nil keeps the whole text.
    public init(_ text: String, highlights: [Range<String.Index>], length: Int? = standardLength) {
        var start = text.startIndex
        var end = text.endIndex
        if let length, text.count > length {
            let anchor = highlights.first?.lowerBound ?? text.startIndex
            start = text.index(anchor, offsetBy: -min(Self.leadIn, text.distance(from: text.startIndex, to: anchor)))
            end = text.index(start, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
        }
        isCutBefore = start > text.startIndex
        isCutAfter = end < text.endIndex
        var cursor = start
        for range in highlights where range.upperBound > start && range.lowerBound < end {
            let from = max(range.lowerBound, cursor)
            let to = min(range.upperBound, end)
            guard from < to else { continue }
            append(text[cursor..<from], highlighted: false)
            append(text[from..<to], highlighted: true)
            cursor = to
        }
        append(text[cursor..<end], highlighted: false)
    }

    private mutating func append(_ text: Substring, highlighted: Bool) {
        guard !text.isEmpty else { return }
        pieces.append(Piece(text: String(text), isHighlighted: highlighted))
    }
}
