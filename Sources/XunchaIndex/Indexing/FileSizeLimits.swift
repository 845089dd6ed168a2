import NoticeParsing

/// Which files are read whole and which in pieces. A text file of any size is indexed in pieces, never held
/// whole; a file of another format (a Word file, a PDF, a web page) has to be parsed whole, so one larger than
/// `wholeFileBytes` is skipped with a sentence naming the limit, and what the index held of it is kept.
public struct FileSizeLimits: Sendable {
    /// Text files larger than this are read in pieces.
    public var textInPiecesAbove: Int64 = 8 << 20
    /// The largest file of another format that is read.
    public var wholeFileBytes: Int64 = 64 << 20

    /// Bytes read at a time from a file read in pieces.
    var pieceBytes = 4 << 20
    /// Text of the notices analysed together, in parallel, from a file read in pieces.
    var batchBytes = 2 << 20
    /// The longest line of a file read in pieces; a longer one is indexed as far as that.
    var longestLine = ParagraphLength.maximumBytes

    public init() {}

    /// "64 MB", "1.5 MB", "2 KB": how a size is named in the sentence that skips a file.
    static func size(_ bytes: Int64) -> String {
        if bytes < 1 << 20 { return "\(Int((Double(bytes) / 1024).rounded())) KB" }
        let value = Double(bytes) / 1_048_576
        return value >= 100 ? "\(Int(value.rounded())) MB" : String(format: "%.1f MB", value)
    }
}
