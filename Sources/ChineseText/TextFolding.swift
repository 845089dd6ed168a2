/// Folding of character variants that should read and search alike.
///
/// Each Unicode scalar maps to exactly one scalar, so every Character maps to
/// exactly one Character and character offsets survive folding.
public enum TextFolding {
    /// Full-width ASCII forms (U+FF01–FF5E) become ASCII, ideographic and other
    /// horizontal spaces become " ", ASCII letters are lowercased.
    /// Also used on queries, so "," and "，" search alike.
    public static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { folded($0) != $0 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(folded(scalar)) }
        return String(result)
    }

    /// The form in which terms are compared and stored: folded, and lowercased
    /// beyond ASCII too (Latin with accents, Greek, Cyrillic).
    static func termForm(_ text: String) -> String {
        let folded = fold(text)
        // CJK text has no case: lowercasing it (slow) is skipped unless a cased scalar is there.
        let cased = folded.unicodeScalars.contains { scalar in
            scalar.value >= 0x80 && !(0x3000...0x9FFF).contains(scalar.value) && !(0xF900...0xFFEF).contains(scalar.value)
                && scalar.properties.changesWhenLowercased
        }
        return cased ? folded.lowercased() : folded
    }

    public static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            return Unicode.Scalar(value + 0x20)!
        case 0xFF21...0xFF3A: // full-width capitals
            return Unicode.Scalar(value - 0xFEE0 + 0x20)!
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(value - 0xFEE0)!
        case 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return " "
        default:
            return scalar
        }
    }
}
