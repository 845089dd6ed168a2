/// Reading the plain-text data files (lexicon.txt, synonyms.txt).
///
/// `#` starts a comment that runs to the end of the line; blank lines are skipped.
/// Entries are compared in their folded, lowercased form.
enum DataFileFormat {
    /// lexicon.txt: one term per line.
    static func lexiconTerms(in text: String) -> [String] {
        contentLines(of: text).map(TextFolding.termForm)
    }

    /// synonyms.txt: one group per line, members separated by whitespace, commas or 、;
    /// the first member is the canonical form. Groups of fewer than two members are dropped.
    static func synonymGroups(in text: String) -> [[String]] {
        contentLines(of: text).compactMap { line in
            let members = TextFolding.termForm(line).unicodeScalars
                .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" })
                .map { String(String.UnicodeScalarView($0)) }
            var seen = Set<TermKey>()
            let distinct = members.filter { seen.insert(TermKey($0)).inserted }
            return distinct.count >= 2 ? distinct : nil
        }
    }

    /// Works on Unicode scalars rather than Characters: the files are read on every start, and grapheme
    /// breaking was most of that cost. A line break is `\n` (a `\r` before it is trimmed as whitespace).
    private static func contentLines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n").compactMap { line in
            let content = line.prefix(while: { $0 != "#" })
            guard let first = content.firstIndex(where: { !$0.properties.isWhitespace }),
                  let last = content.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
            return String(String.UnicodeScalarView(content[first...last]))
        }
    }
}
