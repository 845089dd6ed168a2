/// The heading path above each paragraph: the numbered headings and problems it sits under, nested by their
/// numbering level (一、 > （一） > 1. > （1） > ①).
enum SectionPaths {
    static func compute(texts: [String], numberings: [Numbering?], roles: [ParagraphRole]) -> [[String]] {
        var stack: [(level: Numbering.Level, label: String)] = []
        var paths: [[String]] = []
        for ((text, numbering), role) in zip(zip(texts, numberings), roles) {
            if let numbering { stack.removeAll { $0.level >= numbering.level } }
            paths.append(stack.map(\.label))
            if let numbering, role == .heading || role == .problem {
                stack.append((numbering.level, label(text)))
            }
            if role == .title { stack.removeAll() }
        }
        return paths
    }

    /// A heading as shown in a path: its first sentence, at most 80 characters.
    static func label(_ text: String) -> String {
        let sentence = SentenceScan.firstSentence(of: text)
        return PlainText.count(sentence) > 80 ? PlainText.prefix(sentence, 80) + "…" : sentence
    }
}
