import Foundation

/// Fast paths for the common text of the corpus. A string is *plain* when every scalar is a whole grapheme
/// cluster and has no canonical decomposition (ASCII, CJK ideographs and punctuation, fullwidth forms, …).
/// On plain text, counting Characters is counting scalars, and Foundation's search (which matches canonically
/// equivalent clusters) finds exactly what a byte comparison of the UTF-8 finds. Anything else takes the
/// general, slower path, so results never depend on which path was taken.
enum PlainText {
    /// Whether a scalar can neither join its neighbours into one cluster nor be canonically equivalent to others.
    @inline(__always)
    static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20...0x7E: return true
        case 0xA0...0xBF, 0xD7, 0xF7: return true          // Latin-1 signs, no letters
        case 0x2010...0x2027, 0x2030...0x205E: return true  // general punctuation, no joiners or controls
        case 0x2160...0x217F, 0x2460...0x24FF, 0x2500...0x25FF: return true  // Ⅰ, ①, box drawing and shapes
        case 0x3000...0x3029, 0x3030...0x303F: return true  // CJK punctuation, not the tone marks
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true  // CJK unified ideographs
        case 0xFF01...0xFF5E: return true                   // fullwidth ASCII
        default: return false
        }
    }

    /// Whether every scalar of the text is plain.
    static func isPlain(_ text: some StringProtocol) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isPlain($0) }) { return answer }
        return text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        plainScalarCount(bytes) != nil
    }

    /// The number of scalars when every one is plain, else nil: one pass for both questions.
    static func plainScalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 || b == 0x7F { return nil }
                i += 1
                count += 1
                continue
            }
            var v: UInt32
            if b < 0xE0 {
                guard i + 1 < n else { return nil }
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                guard i + 2 < n else { return nil }
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return nil
            }
            if !isPlain(v) { return nil }
            count += 1
        }
        return count
    }

    /// `text.count`, without grapheme breaking on plain text.
    static func count(_ text: some StringProtocol) -> Int {
        if let n = text.utf8.withContiguousStorageIfAvailable({ plainScalarCount($0) }), let n {
            return n
        }
        return text.count
    }

    /// `text.prefix(n)` as a String.
    static func prefix(_ text: String, _ n: Int) -> String {
        if let end = text.utf8.withContiguousStorageIfAvailable({ plainPrefixEnd(scalars: n, in: $0) }), let end {
            if end == text.utf8.count { return text }
            return String(text.utf8[..<text.utf8.index(text.utf8.startIndex, offsetBy: end)])!
        }
        return String(text.prefix(n))
    }

    /// Whether the scalars of `needle` occur in `text` in a row (no canonical equivalence: code points only).
    static func holdsScalars(_ text: String, _ needle: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { t in
            needle.utf8.withContiguousStorageIfAvailable { Bytes.find($0, in: t) != nil }
        }
        if let answer = answer.flatMap({ $0 }) { return answer }
        let t = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        guard t.count >= n.count else { return false }
        return (0...(t.count - n.count)).contains { t[$0..<($0 + n.count)].elementsEqual(n) }
    }

    /// Foundation's `text.contains(needle)`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        range(of: needle, in: text) != nil
    }

    /// Foundation's `text.range(of: needle)`, optionally from `start` on.
    static func range(of needle: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let from = start ?? text.startIndex
        let fast = text.utf8.withContiguousStorageIfAvailable { t -> Range<Int>?? in
            needle.utf8.withContiguousStorageIfAvailable { n -> Range<Int>?? in
                guard !n.isEmpty, isPlain(t), isPlain(n) else { return nil }
                let offset = text.utf8.distance(from: text.utf8.startIndex, to: from)
                return .some(Bytes.find(n, in: t, from: offset).map { $0..<($0 + n.count) })
            } ?? nil
        } ?? nil
        if let fast {
            guard let r = fast else { return nil }
            let u = text.utf8
            return u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)
        }
        return text.range(of: needle, range: from..<text.endIndex)
    }

    /// Byte offset after the first `n` scalars, when they and the scalar after them are plain (a plain scalar
    /// never joins the one before it, so the cut falls between Characters); else nil.
    private static func plainPrefixEnd(scalars n: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var seen = 0
        var i = 0
        while i < bytes.count {
            let start = i
            let b = bytes[i]
            var v: UInt32
            if b < 0x80 {
                v = UInt32(b); i += 1
            } else if b >= 0xC0 && b < 0xE0 && i + 1 < bytes.count {
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if b >= 0xE0 && b < 0xF0 && i + 2 < bytes.count {
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
            } else {
                return nil
            }
            guard isPlain(v) else { return nil }
            if seen == n { return start }
            seen += 1
        }
        return bytes.count
    }

    /// Trims `.whitespaces` (tab and the space separators) like Foundation's `trimmingCharacters(in:)`.
    static func trimmingWhitespaces(_ text: String) -> String {
        trimming(text) { isWhitespace($0.value) }
    }

    /// Members of `CharacterSet.whitespaces`.
    static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The text without the leading and trailing scalars `trim` selects (each one a single UTF-16 unit, as with
    /// Foundation's trimming).
    static func trimming(_ text: String, _ trim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !trim($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trim($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}

/// Byte-level search in UTF-8. Exact for code points, which is how the regular expressions match too.
enum Bytes {
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        let n = needle.count
        guard n > 0, text.count - from >= n else { return n == 0 ? from : nil }
        let first = needle[0]
        var i = from
        let last = text.count - n
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < n && text[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= prefix.count else { return false }
        for k in 0..<prefix.count where text[k] != prefix[k] { return false }
        return true
    }
}

/// A string constant kept as UTF-8 bytes, for the quick tests that decide whether a regular expression can match.
struct Literal: Sendable {
    let bytes: [UInt8]
    init(_ text: String) { bytes = Array(text.utf8) }
}

/// A text's UTF-8, as the quick tests of `Pattern` see it.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    func contains(_ literals: [Literal]) -> Bool {
        literals.contains { l in l.bytes.withUnsafeBufferPointer { Bytes.find($0, in: bytes) != nil } }
    }

    func contains(_ literal: Literal) -> Bool {
        literal.bytes.withUnsafeBufferPointer { Bytes.find($0, in: bytes) != nil }
    }

    func starts(with literals: [Literal]) -> Bool {
        literals.contains { l in l.bytes.withUnsafeBufferPointer { Bytes.hasPrefix(bytes, $0) } }
    }

    /// The first scalar, or nil for empty text.
    var firstScalar: UInt32? {
        guard let b = bytes.first else { return nil }
        if b < 0x80 { return UInt32(b) }
        if b < 0xE0, bytes.count >= 2 { return UInt32(b & 0x1F) << 6 | UInt32(bytes[1] & 0x3F) }
        if b < 0xF0, bytes.count >= 3 {
            return UInt32(b & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)
        }
        if bytes.count >= 4 {
            return UInt32(b & 0x07) << 18 | UInt32(bytes[1] & 0x3F) << 12 | UInt32(bytes[2] & 0x3F) << 6
                | UInt32(bytes[3] & 0x3F)
        }
        return nil
    }

    /// Whether the text may hold a letter that matches a Latin letter ignoring case: an ASCII letter, or any
    /// scalar from U+0080 to U+2FFF (ſ, K, İ, …; UTF-8 lead bytes C2 to E2).
    var mayHoldLatinLetter: Bool {
        bytes.contains { b in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0xC2 && b <= 0xE2 }
    }
}
