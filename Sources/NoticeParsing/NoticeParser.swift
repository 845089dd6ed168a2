import Foundation

/// Reads one corpus file into its notices. Entry point of the NoticeParsing module.
///
/// The steps, each in a file of its own: decoding (TextDecoding), physical lines (PhysicalLines), noise removal
/// (LineCleaner, WebBoilerplate, WebFact), splitting at titles (NoticeStream, TitleLine), metadata
/// (MetadataExtractor and the files it calls), then paragraph structure (RoleClassifier, SectionPaths,
/// ProblemLinks, MeasureItems, Institutions).
///
/// Web-capture fact lines (`发布时间:… 来源:…`, a bare URL) are never paragraphs: they only feed
/// `publishDate`, `sourceSite` and `url`. Nothing from a page's footer on is a paragraph (PageFooter).
public enum NoticeParser {
    /// Decodes, cleans, splits and structures one file. `source` is the path relative to the corpus folder.
    /// Throws `CorpusFileError` when the bytes cannot be decoded as text.
    public static func parse(fileData: Data, source: String) throws -> [Notice] {
        parse(document: try PlainTextReader.read(fileData, source: source), source: source)
    }

    /// The same for text already decoded.
    public static func parse(text: String, source: String) -> [Notice] {
        parse(document: PlainTextReader.document(text: text), source: source)
    }

    /// The same for the paragraphs a format reader made of a file. The parser never knows the format.
    public static func parse(document: SourceDocument, source: String) -> [Notice] {
        var stream = NoticeStream(source: source, hints: document.hints)
        var notices = document.paragraphs.compactMap { stream.add($0) }
        if let last = stream.finish() { notices.append(last) }
        return notices
    }

    /// One notice from its lines. A notice runs from its first paragraph to its last: blank and noise lines
    /// around it are not part of it.
    static func build(span: NoticeSpan, source: String) -> Notice {
        let texts = span.lines.map(\.text)
        let metadata = MetadataExtractor.extract(lines: texts, titleIndex: span.titleIndex, webFacts: span.webFacts)
        let numberings = texts.map(Numbering.parse)
        let (roles, statesOwnProblem) = RoleClassifier(texts: texts, numberings: numberings,
                                                       titleIndex: span.titleIndex).classify()
        let sections = SectionPaths.compute(texts: texts, numberings: numberings, roles: roles)
        let links = ProblemLinks.compute(roles: roles, statesOwnProblem: statesOwnProblem)
        let paragraphs = span.lines.indices.map { i -> Paragraph in
            let location = ParagraphLocation(source: source, line: span.lines[i].line)
            let isMeasure = roles[i] == .measure
            return Paragraph(
                location: location, text: texts[i], role: roles[i], section: sections[i],
                problem: links[i].map { ParagraphLocation(source: source, line: span.lines[$0].line) },
                statesProblem: isMeasure && statesOwnProblem[i],
                items: isMeasure ? MeasureDetails.items(in: texts[i]) : [],
                institutions: isMeasure ? MeasureDetails.institutions(in: texts[i]) : [],
                page: span.lines[i].page)
        }
        return Notice(source: source, startLine: span.lines.first!.line, endLine: span.lines.last!.line,
                      metadata: metadata, paragraphs: paragraphs)
    }
}

/// Why a corpus file could not be read as notices.
public struct CorpusFileError: Error, CustomStringConvertible, Sendable {
    public var source: String
    public var reason: String
    public init(source: String, reason: String) { self.source = source; self.reason = reason }
    public var description: String { "\(source): \(reason)" }
}
