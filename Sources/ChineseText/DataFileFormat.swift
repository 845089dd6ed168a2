/// Reading the plain-text data files (lexicon.txt, synonyms.txt).
///
/// `#` starts a comment that runs to the end of the line; blank lines are skipped.
/// Entries are compared in their folded, lowercased form.
enum DataFileFormat {
    /// lexicon.txt: one term per line.
    static func lexiconTerms(in text: String) -> [String] {
        contentLines(of: text).map { TextFolding.termForm(String($0)) }
    }

    /// synonyms.txt: one group per line, members separated by whitespace, commas or 、;
    /// the first member is the canonical form. Groups of fewer than two members are dropped.
    static func synonymGroups(in text: String) -> [[String]] {
        contentLines(of: text).compactMap { line in
            let members = TextFolding.termForm(String(line))
                .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" })
                .map(String.init)
            let distinct = members.reduce(into: [String]()) { kept, member in
                if !kept.contains(member) { kept.append(member) }
            }
            return distinct.count >= 2 ? distinct : nil
        }
    }

    private static func contentLines(of text: String) -> [Substring] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.prefix(while: { $0 != "#" })
                .trimmingWhitespace()
            return content.isEmpty ? nil : content
        }
    }
}

private extension Substring {
    func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
