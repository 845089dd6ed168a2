import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `docProps/core.xml`: the title the author gave the file. Its dates say when the file was typed, not when
/// the notice was published, and are not used.
enum CoreProperties {
    static func title(xml: Data) -> String? {
        let reader = ElementText(localName: "title")
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else { return nil }
        let title = reader.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return title.isEmpty ? nil : title
    }

    private final class ElementText: NSObject, XMLParserDelegate {
        let localName: String
        var text = ""
        private var inside = false
        init(localName: String) { self.localName = localName }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if WordXML.local(name) == localName, text.isEmpty { inside = true }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if WordXML.local(name) == localName { inside = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inside { text += string }
        }
    }
}

enum WordXML {
    /// `w:p` → `p`: parts may bind WordprocessingML to any prefix.
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The value of `w:val` (or any prefix's `val`).
    static func value(_ attributes: [String: String], _ key: String = "val") -> String? {
        for (name, value) in attributes where local(name) == key { return value }
        return nil
    }
}
