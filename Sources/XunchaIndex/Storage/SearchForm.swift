import ChineseText

/// The form a paragraph's text is compared in, and its character pairs and duplicate key are taken from: folded
/// (full-width and half-width, capitals and small letters alike), every run of spaces made one. Phrases are put
/// in the same form before they are looked for.
enum SearchForm {
    static func of<Text: StringProtocol>(_ text: Text) -> String {
        if let bytes = utf8(of: text) { return String(decoding: bytes, as: UTF8.self) }
        return bySpaces(String(text))
    }

    /// The definition: folded, split at every whitespace character (a grapheme cluster whose first scalar is
    /// white space), joined by one space.
    static func bySpaces(_ text: String) -> String {
        TextFolding.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same form written scalar by scalar, without Characters: every search checks candidates' text in it,
    /// thousands of paragraphs a search. It holds only for text whose every scalar is a character on its own
    /// (no combining mark, joiner or Hangul jamo could join it to the next): nil for any other text, which
    /// takes the definition.
    static func utf8<Text: StringProtocol>(of text: Text) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar.value) else { return nil }
            let folded = TextFolding.folded(scalar)
            if isWhitespace(folded.value) {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(0x20)
                space = false
            }
            UTF8.encode(folded) { out.append($0) }
        }
        return out
    }

    /// Unicode's White_Space, as `Character.isWhitespace` reads a character's first scalar.
    private static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Scalars that are always a grapheme cluster of their own (CR LF aside, both white space): ASCII,
    /// Latin-1, general punctuation, symbols, CJK ideographs and punctuation, full-width forms.
    private static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F, 0xA0...0xFF, 0x2000...0x200A, 0x2010...0x2029, 0x202F...0x205F, 0x2100...0x27BF,
             0x2E80...0x2FDF, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF01...0xFF65, 0xFFE0...0xFFE6, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }
}
