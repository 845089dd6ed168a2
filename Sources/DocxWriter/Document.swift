/// A small word-processing document: a title, then headings, paragraphs and tables in order.
/// It says what the text is, not how it looks; `DocxWriter` gives each kind its typography.
public struct Document: Sendable, Equatable {
    public var title: String
    public var blocks: [Block]
    public var orientation: Orientation

    public init(title: String, blocks: [Block] = [], orientation: Orientation = .portrait) {
        self.title = title
        self.blocks = blocks
        self.orientation = orientation
    }

    public enum Orientation: Sendable, Equatable {
        case portrait, landscape
    }

    public enum Block: Sendable, Equatable {
        /// A heading; level 1 is the outermost.
        case heading(String, level: Int)
        case paragraph(Paragraph)
        case table(Table)
        /// Starts the next block on a new page.
        case pageBreak
    }
}

/// A paragraph: runs of text, each plain or bold.
public struct Paragraph: Sendable, Equatable {
    public var runs: [Run]
    public var alignment: Alignment
    public var size: Size

    public init(_ runs: [Run], alignment: Alignment = .leading, size: Size = .body) {
        self.runs = runs
        self.alignment = alignment
        self.size = size
    }

    public init(_ text: String, bold: Bool = false, alignment: Alignment = .leading, size: Size = .body) {
        self.init([Run(text, bold: bold)], alignment: alignment, size: size)
    }

    public enum Alignment: Sendable, Equatable {
        case leading, center
    }

    /// Body text, or the smaller text of tables and notes.
    public enum Size: Sendable, Equatable {
        case body, small
    }

    /// The text of all runs, for tests and plain renderings.
    public var text: String { runs.map(\.text).joined() }
}

public struct Run: Sendable, Equatable {
    public var text: String
    public var bold: Bool

    public init(_ text: String, bold: Bool = false) {
        self.text = text
        self.bold = bold
    }
}

/// A table with one header row, repeated at the top of every page the table runs onto.
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public struct Column: Sendable, Equatable {
        public var title: String
        /// The column's share of the table's width; shares are relative to each other.
        public var share: Double

        public init(_ title: String, share: Double = 1) {
            self.title = title
            self.share = share
        }
    }

    /// A cell holds paragraphs; an empty cell is left for the reader to fill in.
    public struct Cell: Sendable, Equatable {
        public var paragraphs: [Paragraph]

        public init(_ paragraphs: [Paragraph]) { self.paragraphs = paragraphs }
        public init(_ text: String, bold: Bool = false) { self.paragraphs = text.isEmpty ? [] : [Paragraph(text, bold: bold)] }

        public static let empty = Cell([])
    }
}
