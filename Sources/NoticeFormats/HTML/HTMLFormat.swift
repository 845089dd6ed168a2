import CHTML
import Foundation
import NoticeParsing

/// Web pages saved from a site (.html, .htm, .shtml): the article's paragraphs, without the site around it.
struct HTMLFormat: DocumentFormat {
    let name = "html"
    let extensions: Set<String> = ["html", "htm", "shtml", "xhtml"]

    /// A page larger than this is not a notice: refused before parsing, so memory stays bounded.
    static let sizeLimit = 16 << 20
    /// Deeper nesting than any real page has; a file that nests further is refused, not walked.
    static let depthLimit = 240

    func recognizes(head: Data) -> Bool {
        var bytes = head.prefix(1024)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let start = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let opening = String(decoding: start.prefix(15), as: UTF8.self).lowercased()
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
    }

    func read(_ data: Data, source: String) throws -> SourceDocument {
        guard data.count <= Self.sizeLimit else {
            throw CorpusFileError(source: source, reason: "web page larger than \(Self.sizeLimit >> 20) MB")
        }
        if data.contains(0), !HTMLCharset.hasUTF16BOM(data) {
            throw CorpusFileError(source: source, reason: "not a web page: contains NUL bytes")
        }
        guard let text = HTMLCharset.decode(data) else {
            throw CorpusFileError(source: source, reason: "web page not valid in its charset, UTF-8 or GB18030")
        }
        let walker = PageWalker()
        let status = walker.walk(text, depthLimit: Self.depthLimit)
        switch status {
        case CHTML_TOO_DEEP:
            throw CorpusFileError(source: source, reason: "web page nests elements deeper than \(Self.depthLimit)")
        case CHTML_NOT_PARSED:
            throw CorpusFileError(source: source, reason: "not a web page libxml2 can parse")
        default:
            break
        }
        return PageBoilerplate.article(of: walker.blocks, head: walker.head)
    }
}
