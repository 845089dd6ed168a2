import CHTML
import Foundation

/// A run of text the page shows as one block (a paragraph, a heading, a list item, a table cell), with what the
/// boilerplate rules need to know about it.
struct PageBlock {
    var text: String
    /// Characters inside links, and how many links the block holds: navigation and link lists are mostly links.
    var linkCharacters: Int
    var links: Int
    var inListItem: Bool
}

/// What the page's `<head>` says about it.
struct PageHead {
    var title: String?
    /// `<meta name=…>` and `<meta property=…>` contents by lower-case name.
    var meta: [String: String] = [:]
    var canonical: String?
}

/// Turns libxml2's walk of a page into blocks of text. Elements that never hold the article (scripts, styles,
/// forms, navigation, hidden elements, parts whose class or id names them navigation, footer or sharing) are
/// left out whole.
final class PageWalker {
    private(set) var blocks: [PageBlock] = []
    private(set) var head = PageHead()

    private var scalars: [Unicode.Scalar] = []
    private var linkCharacters = 0
    private var links = 0
    private var linkDepth = 0
    private var listItemDepth = 0
    private var preDepth = 0
    private var inTitle = false
    private var titleText = ""
    /// Element depth, and the depth of the element being left out (nil when none).
    private var depth = 0
    private var skippedFrom: Int?

    func walk(_ text: String, depthLimit: Int) -> chtml_status {
        var text = text
        text.makeContiguousUTF8()
        let context = Unmanaged.passUnretained(self).toOpaque()
        var handlers = chtml_handlers(
            context: context,
            open_element: { context, name, attributes in
                Unmanaged<PageWalker>.fromOpaque(context!).takeUnretainedValue().open(name!, attributes)
            },
            close_element: { context, name in
                Unmanaged<PageWalker>.fromOpaque(context!).takeUnretainedValue().close(name!)
            },
            text: { context, bytes, length in
                Unmanaged<PageWalker>.fromOpaque(context!).takeUnretainedValue().text(bytes!, length)
            })
        let status = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                chtml_walk(chars.baseAddress, chars.count, Int32(depthLimit), &handlers)
            }
        } ?? CHTML_NOT_PARSED
        flush()
        if let title = Self.collapse(Array(titleText.unicodeScalars)), !title.isEmpty { head.title = title }
        return status
    }

    private func open(_ name: UnsafePointer<CChar>, _ attributes: UnsafePointer<UnsafePointer<CChar>?>?) {
        depth += 1
        guard skippedFrom == nil else { return }
        let tag = String(cString: name)
        var attrs: [String: String] = [:]
        if var pointer = attributes {
            while let key = pointer.pointee, let value = pointer.advanced(by: 1).pointee {
                attrs[String(cString: key).lowercased()] = String(cString: value)
                pointer = pointer.advanced(by: 2)
            }
        }
        switch tag {
        case "meta": readMeta(attrs); return
        case "link":
            if attrs["rel"]?.lowercased() == "canonical", let href = attrs["href"], !href.isEmpty { head.canonical = href }
            return
        case "title": if head.title == nil, depthOfBody == nil { inTitle = true }; return
        case "body": depthOfBody = depth
        default: break
        }
        if Self.leftOut.contains(tag) || Self.isBoilerplateContainer(attrs) {
            flush()
            skippedFrom = depth
            return
        }
        if Self.blockElements.contains(tag) { flush() }
        switch tag {
        case "br": flush()
        case "a": linkDepth += 1; if attrs["href"] != nil { links += 1 }
        case "li", "dd", "dt": listItemDepth += 1
        case "pre": preDepth += 1
        default: break
        }
    }

    private var depthOfBody: Int?

    private func close(_ name: UnsafePointer<CChar>) {
        defer { depth -= 1 }
        if let from = skippedFrom {
            if from == depth { skippedFrom = nil }
            return
        }
        let tag = String(cString: name)
        switch tag {
        case "title": inTitle = false
        case "a": linkDepth = max(0, linkDepth - 1)
        case "li", "dd", "dt": flush(); listItemDepth = max(0, listItemDepth - 1)
        case "pre": flush(); preDepth = max(0, preDepth - 1)
        default: break
        }
        if Self.blockElements.contains(tag) { flush() }
    }

    private func text(_ bytes: UnsafePointer<CChar>, _ length: Int) {
        guard skippedFrom == nil else { return }
        let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
        if inTitle { titleText += text; return }
        if preDepth > 0 {
            var first = true
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { flush() }
                first = false
                append(Substring(line))
            }
            return
        }
        append(Substring(text))
    }

    private func append(_ text: Substring) {
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            if linkDepth > 0, !Self.isHTMLSpace(scalar) { linkCharacters += 1 }
        }
    }

    private func flush() {
        defer { scalars.removeAll(keepingCapacity: true); linkCharacters = 0; links = 0 }
        guard let text = Self.collapse(scalars), !text.isEmpty else { return }
        blocks.append(PageBlock(text: text, linkCharacters: linkCharacters, links: links, inListItem: listItemDepth > 0))
    }

    private func readMeta(_ attrs: [String: String]) {
        guard let key = (attrs["name"] ?? attrs["property"])?.lowercased(), let content = attrs["content"] else { return }
        if head.meta[key] == nil { head.meta[key] = content }
    }

    /// Whitespace as a browser shows it: a run becomes one space, or nothing where it only breaks a line between
    /// two Chinese characters; the ends trimmed, `&nbsp;` and ideographic-space indents included.
    static func collapse(_ scalars: [Unicode.Scalar]) -> String? {
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard isHTMLSpace(s) else { out.append(s); i += 1; continue }
            var j = i
            var breaksLine = false
            while j < scalars.count, isHTMLSpace(scalars[j]) { if scalars[j] == "\n" || scalars[j] == "\r" { breaksLine = true }; j += 1 }
            let before = out.last, after = j < scalars.count ? scalars[j] : nil
            if let before, let after, !(breaksLine && isWide(before) && isWide(after)) { out.append(" ") }
            i = j
        }
        let trimmed = String(out).trimmingCharacters(in: CharacterSet(charactersIn: " \u{A0}\u{3000}\u{2002}\u{2003}\u{FEFF}"))
        return trimmed
    }

    static func isHTMLSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\r" || s == "\t" || s == "\u{0C}"
    }

    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(s.value) || (0xF900...0xFAFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
    }

    /// Elements left out with everything inside them.
    static let leftOut: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "select", "button",
        "textarea", "input", "nav", "footer", "aside", "map", "audio", "video", "canvas",
    ]

    /// Elements that start and end a block of text.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td",
        "th", "tbody", "thead", "tfoot", "caption", "section", "article", "header", "main", "blockquote", "pre",
        "address", "center", "form", "fieldset", "figure", "figcaption", "hr", "body", "html", "head",
    ]

    /// Class and id words that name the parts of a site around an article.
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "topnav", "subnav", "mainnav", "breadcrumb", "breadcrumbs", "crumb",
        "crumbs", "footer", "copyright", "share", "bdsharebuttonbox", "sharebox", "related", "relate", "xgyd",
        "xglj", "xgwz", "sidebar", "toolbar", "pagenav", "prevnext",
    ]

    static func isBoilerplateContainer(_ attrs: [String: String]) -> Bool {
        if attrs["hidden"] != nil { return true }
        if let style = attrs["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        for key in ["class", "id", "role"] {
            guard let value = attrs[key]?.lowercased() else { continue }
            let words = value.split { !($0.isLetter || $0.isNumber) }
            if words.contains(where: { boilerplateWords.contains(String($0)) }) { return true }
        }
        return false
    }
}
