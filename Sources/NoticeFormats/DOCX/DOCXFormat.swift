import Foundation
import NoticeParsing
import ZIPFoundation

/// Word files (.docx): the body's paragraphs and table cells in reading order, automatic numbering written out
/// as the markers it shows (一、 （一） 1. （1）); headers, footers, comments and notes are other parts, never read.
struct DOCXFormat: DocumentFormat {
    let name = "docx"
    let extensions: Set<String> = ["docx", "docm", "dotx"]

    /// No part of a notice's Word file inflates past this; a larger one is a zip bomb or not a notice.
    static let partLimit = 64 << 20

    func recognizes(head: Data) -> Bool {
        // Zip archives; OpenDocument files (a zip too) say so in their first, stored entry.
        head.starts(with: [0x50, 0x4B, 0x03, 0x04])
            && head.range(of: Data("application/vnd.oasis.opendocument".utf8)) == nil
    }

    func read(_ data: Data, source: String) throws -> SourceDocument {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw CorpusFileError(source: source, reason: "not a Word file: not a complete zip archive")
        }
        guard let body = try part("word/document.xml", of: archive, source: source) else {
            throw CorpusFileError(source: source, reason: "a zip archive but not a Word file: it has no word/document.xml")
        }
        let numbering = try part("word/numbering.xml", of: archive, source: source).map(WordNumbering.init(xml:)) ?? WordNumbering()
        let styles = try part("word/styles.xml", of: archive, source: source).map(WordStyles.init(xml:)) ?? WordStyles()
        guard let paragraphs = WordBody.paragraphs(xml: body) else {
            throw CorpusFileError(source: source, reason: "Word file's document.xml is not well-formed XML")
        }
        var counters = numbering.counters()
        var texts: [String] = []
        for paragraph in paragraphs {
            var text = paragraph.text
            if let list = paragraph.list ?? paragraph.style.flatMap(styles.list(ofStyle:)),
               let marker = counters.next(list) {
                text = marker + text
            }
            texts.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        var hints = DocumentHints()
        if let core = try part("docProps/core.xml", of: archive, source: source) {
            hints.title = CoreProperties.title(xml: core)
        }
        let numbered = texts.enumerated().map { SourceParagraph(number: $0.offset + 1, text: $0.element) }
        return SourceDocument(paragraphs: numbered, hints: hints)
    }

    /// The inflated bytes of one part, stopping at `partLimit` whatever the archive claims.
    private func part(_ path: String, of archive: Archive, source: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(Self.partLimit) { throw tooLarge(path, source) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= Self.partLimit else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw tooLarge(path, source)
        } catch {
            throw CorpusFileError(source: source, reason: "Word file damaged: \(path) cannot be inflated")
        }
        return data
    }

    private struct PartTooLarge: Error {}

    private func tooLarge(_ path: String, _ source: String) -> CorpusFileError {
        CorpusFileError(source: source, reason: "Word file's \(path) inflates past \(Self.partLimit >> 20) MB (a zip bomb?)")
    }
}
