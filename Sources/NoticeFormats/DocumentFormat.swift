import Foundation
import NoticeParsing

/// A kind of file notices arrive in, and how to read it into the paragraphs the parser takes. A new format is a
/// type conforming to this protocol plus one line in `DocumentFormats.all`.
public protocol DocumentFormat: Sendable {
    /// The short name counted in index summaries: `text`, `html`, `docx`, ….
    var name: String { get }
    /// File name extensions, lower-case, without the dot.
    var extensions: Set<String> { get }
    /// Whether the file's first bytes show that it is in this format, whatever its name says.
    func recognizes(head: Data) -> Bool
    /// The file's paragraphs in reading order. Throws `CorpusFileError` with a one-sentence reason.
    func read(_ data: Data, source: String) throws -> SourceDocument
}

/// The formats xuncha reads, and the choice of one for a file: by its content when the first bytes say, else by
/// its extension.
public enum DocumentFormats {
    public static let all: [any DocumentFormat] = [
        TextFormat(),
        HTMLFormat(),
        DOCXFormat(),
        PDFFormat(),
        OfficeFormat(),
    ]

    /// Whether files with this extension (any case, no dot) are notice files.
    public static func handles(extension ext: String) -> Bool {
        format(forExtension: ext) != nil
    }

    public static func format(forExtension ext: String) -> (any DocumentFormat)? {
        let ext = ext.lowercased()
        return all.first { $0.extensions.contains(ext) }
    }

    /// The format to read a file with: the one its content shows, else the one its extension names.
    public static func format(for data: Data, extension ext: String) -> (any DocumentFormat)? {
        let head = data.prefix(4096)
        return all.first { $0.recognizes(head: head) } ?? format(forExtension: ext)
    }

    /// Whether the format is plain text, which can be read in pieces.
    public static func isPlainText(_ format: any DocumentFormat) -> Bool { format is TextFormat }

    /// Reads a file with the format its content and extension call for.
    public static func read(_ data: Data, source: String) throws -> (format: String, document: SourceDocument) {
        let ext = (source as NSString).pathExtension
        guard let format = format(for: data, extension: ext) else {
            throw CorpusFileError(source: source, reason: "not a format xuncha reads")
        }
        return (format.name, try format.read(data, source: source))
    }
}

/// Plain text: one paragraph per line.
struct TextFormat: DocumentFormat {
    let name = "text"
    let extensions: Set<String> = ["txt", "text", "md"]
    func recognizes(head: Data) -> Bool { false }
    func read(_ data: Data, source: String) throws -> SourceDocument {
        try PlainTextReader.read(data, source: source)
    }
}
