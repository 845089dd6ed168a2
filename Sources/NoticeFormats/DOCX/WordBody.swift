import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A place in a numbered list: the list instance (`w:numId`) and the level (`w:ilvl`, 0 outermost).
struct WordListLevel: Equatable {
    var numID: String
    var level: Int
}

/// One `w:p` of the body, before its automatic number is known.
struct WordParagraph {
    /// Runs joined; `w:tab` as a tab, `w:br` and `w:cr` as a line feed.
    var text = ""
    /// Direct numbering; a `w:numId` of 0 removes the numbering a style would give.
    var list: WordListLevel?
    var numberingRemoved = false
    var style: String?
}

/// Reads `word/document.xml`: every paragraph of the body, those of table cells included, in reading order.
/// Deleted revisions, field codes and the fallback copies of text boxes are left out.
enum WordBody {
    static func paragraphs(xml: Data) -> [WordParagraph]? {
        let reader = Reader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        // A document cut short must not pass for a shorter one: its root element has to close.
        guard parser.parse(), reader.closedRoot else { return nil }
        return reader.paragraphs.map { paragraph in
            var paragraph = paragraph
            if paragraph.numberingRemoved { paragraph.list = nil; paragraph.style = nil }
            return paragraph
        }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var paragraphs: [WordParagraph] = []
        private var open: [WordParagraph] = []
        private var inText = false
        private var runDepth = 0
        private var skipDepth = 0
        private var depth = 0
        private(set) var closedRoot = false
        private var numID: String?
        private var level: Int?

        private static let skipped: Set<Substring> = ["del", "delText", "instrText", "Fallback", "moveFrom"]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            depth += 1
            guard skipDepth == 0 else { return }
            let local = WordXML.local(name)
            if Self.skipped.contains(local) { skipDepth = depth; return }
            switch local {
            case "p": open.append(WordParagraph())
            case "r": runDepth += 1
            case "t": inText = true
            case "tab" where runDepth > 0: append("\t")
            case "br" where runDepth > 0:
                let type = WordXML.value(attributes, "type")
                if type == nil || type == "textWrapping" { append("\n") }
            case "cr" where runDepth > 0: append("\n")
            case "noBreakHyphen": append("-")
            case "pStyle": if !open.isEmpty { open[open.count - 1].style = WordXML.value(attributes) }
            case "numId": numID = WordXML.value(attributes)
            case "ilvl": level = WordXML.value(attributes).flatMap { Int($0) }
            case "numPr": numID = nil; level = nil
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { depth -= 1; if depth == 0 { closedRoot = true } }
            if skipDepth > 0 {
                if skipDepth == depth { skipDepth = 0 }
                return
            }
            switch WordXML.local(name) {
            case "t": inText = false
            case "r": runDepth = max(0, runDepth - 1)
            case "numPr":
                guard !open.isEmpty, let numID else { break }
                if numID == "0" { open[open.count - 1].numberingRemoved = true }
                else { open[open.count - 1].list = WordListLevel(numID: numID, level: min(max(level ?? 0, 0), 8)) }
            case "p":
                if let paragraph = open.popLast() { paragraphs.append(paragraph) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText, skipDepth == 0 { append(string) }
        }

        private func append(_ text: String) {
            guard !open.isEmpty else { return }
            open[open.count - 1].text += text
        }
    }
}
