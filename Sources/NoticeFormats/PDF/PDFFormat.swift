import CPDF
import Foundation
import NoticeParsing

/// PDF files with a text layer: lines read with poppler, joined back into the paragraphs they were wrapped from.
struct PDFFormat: DocumentFormat {
    let name = "pdf"
    let extensions: Set<String> = ["pdf"]

    static let sizeLimit = 64 << 20

    func recognizes(head: Data) -> Bool {
        head.starts(with: Array("%PDF-".utf8))
    }

    func read(_ data: Data, source: String) throws -> SourceDocument {
        guard data.count <= Self.sizeLimit else {
            throw CorpusFileError(source: source, reason: "PDF larger than \(Self.sizeLimit >> 20) MB")
        }
        let pages = try data.withUnsafeBytes { raw -> [PDFPage] in
            var document: OpaquePointer?
            let status = cpdf_open(raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count, &document)
            switch status {
            case CPDF_OK: break
            case CPDF_ENCRYPTED: throw CorpusFileError(source: source, reason: "PDF is encrypted and needs a password")
            default: throw CorpusFileError(source: source, reason: "not a PDF poppler can open")
            }
            defer { cpdf_close(document) }
            return try (0..<cpdf_page_count(document)).map { index in
                let page = PDFPage(number: Int(index) + 1)
                var width = 0.0, height = 0.0
                let status = cpdf_page_lines(document, index, &width, &height, Unmanaged.passUnretained(page).toOpaque()) { context, line in
                    let page = Unmanaged<PDFPage>.fromOpaque(context!).takeUnretainedValue()
                    let line = line!.pointee
                    let text = String(decoding: UnsafeRawBufferPointer(start: line.utf8, count: line.length), as: UTF8.self)
                    page.lines.append(PDFLine(text: text, left: line.left, right: line.right, top: line.top, bottom: line.bottom))
                }
                guard status == CPDF_OK else {
                    throw CorpusFileError(source: source, reason: "PDF page \(index + 1) cannot be read")
                }
                page.width = width
                page.height = height
                return page
            }
        }
        guard pages.contains(where: { $0.lines.contains { !$0.text.allSatisfy(\.isWhitespace) } }) else {
            throw CorpusFileError(source: source, reason: "PDF has no text layer (scanned pages need OCR first)")
        }
        return WrappedLines.paragraphs(of: pages)
    }
}

/// A line of a PDF page, in points from the top left corner.
struct PDFLine {
    var text: String
    var left, right, top, bottom: Double
    var height: Double { bottom - top }
}

final class PDFPage {
    let number: Int
    var lines: [PDFLine] = []
    var width = 0.0
    var height = 0.0
    init(number: Int) { self.number = number }
}
