/// Sentence boundaries that respect quotation: `关于“对支部指导不力。支部…”问题` is one statement.
enum SentenceScan {
    /// The index just after the first sentence end (`。`, `：`, `；`) that is outside quotes, or nil.
    static func firstSentenceEnd(in text: Substring, enders: Set<Character> = ["。", "：", ":", "；"]) -> Substring.Index? {
        // On plain text each scalar is a Character: scanning scalars finds the same index, faster.
        if PlainText.isPlain(text) {
            let enderScalars = enders.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
            var depth = 0
            let scalars = text.unicodeScalars
            var i = scalars.startIndex
            while i < scalars.endIndex {
                let c = scalars[i]
                if c == "“" || c == "《" { depth += 1 }
                else if (c == "”" || c == "》"), depth > 0 { depth -= 1 }
                else if depth == 0, enderScalars.contains(c) { return scalars.index(after: i) }
                i = scalars.index(after: i)
            }
            return nil
        }
        var depth = 0
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "“" || c == "《" { depth += 1 }
            else if (c == "”" || c == "》"), depth > 0 { depth -= 1 }
            else if depth == 0, enders.contains(c) { return text.index(after: i) }
            i = text.index(after: i)
        }
        return nil
    }

    /// The first sentence, trimmed of its ending punctuation.
    static func firstSentence(of text: String) -> String {
        let s = Substring(text)
        guard let end = firstSentenceEnd(in: s, enders: ["。"]) else { return text }
        return String(s[..<s.index(before: end)])
    }
}
