/// The heading path above each paragraph: the numbered headings and problems it sits under, nested by their
/// numbering level (一、 > （一） > 1. > （1） > ①).
enum SectionPaths {
    static func compute(texts: [String], roles: [ParagraphRole]) -> [[String]] {
        var stack: [(level: Numbering.Level, label: String)] = []
        var paths: [[String]] = []
        for (text, role) in zip(texts, roles) {
            let numbering = Numbering.parse(text)
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
        return sentence.count > 80 ? String(sentence.prefix(80)) + "…" : sentence
    }
}
