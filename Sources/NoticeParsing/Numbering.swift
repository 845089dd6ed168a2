import Foundation

/// The outline numbering of Chinese official documents, outermost first: 一、 > （一） > 1. > （1） > ①.
struct Numbering: Equatable {
    enum Level: Int, Comparable {
        case chapter = 1     // 一、
        case section = 2     // （一）
        case item = 3        // 1.  1．  1、
        case subitem = 4     // （1）  (1)
        case circled = 5     // ①
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    var level: Level
    /// The marker as written, e.g. `（一）` or `1.`.
    var marker: String
    /// The text after the marker, trimmed.
    var body: String

    static func parse(_ text: String) -> Numbering? {
        guard mayBeNumbered(text) else { return nil }
        let head = PlainText.prefix(text, 12)
        for (level, pattern) in patterns {
            if let m = pattern.firstMatch(in: head) {
                // The match ends on a scalar boundary: its UTF-16 length is where the body starts.
                let end = text.utf16.index(text.utf16.startIndex, offsetBy: m.range.length)
                let body = PlainText.trimmingWhitespaces(String(text.unicodeScalars[end...]))
                let marker = PlainText.trimmingWhitespaces(String(text.unicodeScalars[..<end]))
                return Numbering(level: level, marker: marker, body: body)
            }
        }
        return nil
    }

    /// Every marker starts with a Chinese numeral, a bracket, a digit or a circled number, after optional
    /// whitespace. Only a first scalar that is plain and none of these rules a marker out without the patterns.
    private static func mayBeNumbered(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        let v = first.value
        guard PlainText.isPlain(v) else { return true }
        switch v {
        case 0x09, 0x20, 0xA0, 0x3000: return true                  // whitespace before the marker
        case 0x30...0x39, 0xFF10...0xFF19: return true              // digits (\d)
        case 0x28, 0xFF08: return true                              // ( （
        case 0x2460...0x2473: return true                           // ① … ⑳
        default: return Quick.hanNumerals.contains(v)
        }
    }

    private static let han = "[一二三四五六七八九十]{1,3}"
    private static let patterns: [(Level, Pattern)] = [
        (.chapter, Pattern("^\\s*\(han)\\s*[、．.]")),
        (.section, Pattern("^\\s*[（(]\\s*\(han)\\s*[）)]\\s*[、．.]?")),
        // `1.` but not a decimal (`1.5级`) nor a date or figure (`2020年`).
        (.item, Pattern(#"^\s*\d{1,2}\s*(?:[、．]|\.(?!\d))\s*"#)),
        (.subitem, Pattern(#"^\s*[（(]\s*\d{1,2}\s*[）)]\s*[、．.]?"#)),
        (.circled, Pattern(#"^\s*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"#)),
    ]
}
