import Foundation

/// The enumerated items of a measure: 一是…二是…三是…, else ①②③, else （1）（2）, else 1. 2. inside the text.
enum MeasureItems {
    static func split(_ text: String) -> [String] {
        for scheme in schemes {
            let starts = sequence(of: scheme, in: text)
            if starts.count >= (scheme.acceptsSingle ? 1 : 2) { return cut(text, at: starts) }
        }
        return []
    }

    struct Scheme: Sendable {
        let pattern: Pattern
        let ordinal: @Sendable (String) -> Int?
        let acceptsSingle: Bool
    }

    /// A marker counts only where an item can begin: at the start, or after punctuation.
    private static let boundary = #"(?:^|(?<=[。；;，,：:、！？\s）)”]))"#
    static let schemes: [Scheme] = [
        Scheme(pattern: Pattern(boundary + "([一二三四五六七八九十]{1,3})是", quickTest: Quick.contains("是")),
               ordinal: { DateMentions.number($0) },
               acceptsSingle: false),
        Scheme(pattern: Pattern("([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])", quickTest: Quick.contains(
                   "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳")), ordinal: { circled.firstIndex(of: Character($0)).map { $0 + 1 } },
               acceptsSingle: false),
        Scheme(pattern: Pattern(boundary + #"[（(](\d{1,2})[）)]"#, quickTest: Quick.contains("（", "(")),
               ordinal: { Int($0) }, acceptsSingle: false),
        Scheme(pattern: Pattern(boundary + #"(\d{1,2})[.．、](?!\d)"#, quickTest: Quick.contains(".", "．", "、")),
               ordinal: { Int($0) }, acceptsSingle: false),
    ]
    private static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    /// Marker positions (UTF-16 ranges) that count 1, 2, 3… in order; a repeated number (二是…二是) is kept.
    private static func sequence(of scheme: Scheme, in text: String) -> [NSRange] {
        var result: [NSRange] = []
        var expected = 1
        for m in scheme.pattern.matches(in: text) {
            guard let raw = m.group(1), let n = scheme.ordinal(raw) else { continue }
            if n == expected || (n == expected - 1 && n > 1) {
                result.append(m.range)
                expected = n + 1
            }
        }
        return result
    }

    private static func isItemSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "；" || s == ";" || s == "，" || s == "," || s == " " || s == "\u{3000}"
    }

    private static func cut(_ text: String, at starts: [NSRange]) -> [String] {
        let length = text.utf16.count
        var items: [String] = []
        for (k, start) in starts.enumerated() {
            let from = start.location + start.length
            let to = k + 1 < starts.count ? starts[k + 1].location : length
            guard to > from else { continue }
            let piece = PlainText.trimming(UTF16Slicing.substring(of: text, NSRange(location: from, length: to - from)),
                                           isItemSeparator)
            if !piece.isEmpty { items.append(piece) }
        }
        return items
    }
}
