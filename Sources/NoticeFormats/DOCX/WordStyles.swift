import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `word/styles.xml`, for the numbering a paragraph style carries (headings numbered 一、 by their style).
struct WordStyles {
    private var numbering: [String: WordListLevel] = [:]
    private var basedOn: [String: String] = [:]

    init() {}

    init(xml: Data) {
        let reader = Reader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        if parser.parse() {
            numbering = reader.numbering
            basedOn = reader.basedOn
        }
    }

    /// The list level a style numbers its paragraphs at, following `w:basedOn`.
    func list(ofStyle style: String) -> WordListLevel? {
        var current: String? = style
        var seen = Set<String>()
        while let id = current, seen.insert(id).inserted {
            if let list = numbering[id] { return list.numID == "0" ? nil : list }
            current = basedOn[id]
        }
        return nil
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var numbering: [String: WordListLevel] = [:]
        var basedOn: [String: String] = [:]
        private var style: String?
        private var numID: String?
        private var level: Int?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch WordXML.local(name) {
            case "style": style = WordXML.value(attributes, "styleId"); numID = nil; level = nil
            case "basedOn": if let style, let parent = WordXML.value(attributes) { basedOn[style] = parent }
            case "numId": numID = WordXML.value(attributes)
            case "ilvl": level = WordXML.value(attributes).flatMap { Int($0) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if WordXML.local(name) == "style" {
                if let style, let numID { numbering[style] = WordListLevel(numID: numID, level: min(max(level ?? 0, 0), 8)) }
                style = nil
            }
        }
    }
}
