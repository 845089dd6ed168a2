import Foundation

/// A corpus file as a format reader hands it to the parser: its paragraphs in reading order, each with its
/// number, and the facts the file states about itself outside its text. Everything after this point is the same
/// for every format.
public struct SourceDocument: Sendable, Equatable {
    public var paragraphs: [SourceParagraph]
    public var hints: DocumentHints

    public init(paragraphs: [SourceParagraph], hints: DocumentHints = DocumentHints()) {
        self.paragraphs = paragraphs
        self.hints = hints
    }
}

/// One paragraph as read from a file, before noise is removed. `number` is its locator: the line of a text file,
/// the paragraph's position (1-based) in any other format. Numbers rise through the file and may skip.
public struct SourceParagraph: Sendable, Equatable {
    public var number: Int
    public var text: String
    /// The page it starts on, for formats that have pages.
    public var page: Int?

    public init(number: Int, text: String, page: Int? = nil) {
        self.number = number; self.text = text; self.page = page
    }
}

/// Facts a file states about itself outside its paragraphs: a web page's `<title>`, publish date, site and
/// canonical address; a Word file's core properties. They fill what the notice's own text leaves open.
public struct DocumentHints: Sendable, Equatable {
    public var title: String?
    /// ISO `YYYY-MM-DD`.
    public var publishDate: String?
    public var sourceSite: String?
    public var url: String?

    public init(title: String? = nil, publishDate: String? = nil, sourceSite: String? = nil, url: String? = nil) {
        self.title = title; self.publishDate = publishDate; self.sourceSite = sourceSite; self.url = url
    }

    public var isEmpty: Bool { title == nil && publishDate == nil && sourceSite == nil && url == nil }
}

/// The reader of plain text files: decoding (UTF-8, UTF-16 with a BOM, GB18030) and one paragraph per physical line.
public enum PlainTextReader {
    public static func read(_ data: Data, source: String) throws -> SourceDocument {
        let text = try TextDecoding.decode(data, source: source)
        return document(text: text)
    }

    public static func document(text: String) -> SourceDocument {
        SourceDocument(paragraphs: PhysicalLines.split(text).enumerated().map {
            SourceParagraph(number: $0.offset + 1, text: $0.element)
        })
    }

    /// GB18030 (GBK, GB2312) text, when every byte sequence is well formed.
    public static func decodeGB18030(_ data: Data) -> String? {
        TextDecoding.decodeGB18030(data)
    }

    /// Dates as they are written in web pages and document properties (`2021-07-05`, `2021年7月5日`), in ISO form.
    public static func isoDate(_ text: String) -> String? {
        DateMentions.isoDate(fromNumeric: text)
    }
}
