import Foundation

/// Cleaning of one line of a corpus file, shared by parsing, indexing and querying: noise removed, whitespace
/// normalized, the document's own punctuation kept.
public enum NoticeText {
    /// The line's text as it is indexed and shown, or nil when nothing but noise or whitespace is left.
    /// Web-capture fact lines (`发布时间:… 来源:…`, a bare URL) also give nil: they feed metadata, not content.
    public static func clean(line: String) -> String? {
        if case .content(let text) = LineCleaner.classify(line) { return text }
        return nil
    }

    /// Trims the ends and collapses internal runs of whitespace (including the ideographic space) to one space.
    public static func normalizeWhitespace(_ text: String) -> String {
        // Built as UTF-8 bytes: appending to a String.UnicodeScalarView one scalar at a time is slow.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{00A0}" || s == "\u{FEFF}" || s == "\u{000C}"
            || s == "\u{2002}" || s == "\u{2003}" || s == "\u{200B}"
    }

    /// The text with every kind of whitespace removed: how noise fragments are recognized whatever spaces were
    /// slipped into them.
    static func squeezed(_ text: Substring) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isSpace($0) }))
    }
}
