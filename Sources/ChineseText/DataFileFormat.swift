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
    /// the first member is the canonical form. A `>` among the members marks those after it as broader
    /// terms, implied by the ones before it (三重一大 > 重大决策). Groups of fewer than two members are dropped.
    static func synonymGroups(in text: String) -> [SynonymGroup] {
        contentLines(of: text).compactMap { line in
            var seen = Set<TermKey>()
            var members: [String] = []
            var broaderStart: Int?
            for member in self.members(of: TextFolding.termForm(line)) {
                if member == SynonymGroup.broaderMark {
                    if broaderStart == nil { broaderStart = members.count }
                } else if seen.insert(TermKey(member)).inserted {
                    members.append(member)
                }
            }
            guard members.count >= 2 else { return nil }
            return SynonymGroup(members: members, broaderStart: min(max(broaderStart ?? members.count, 1), members.count))
        }
    }

    /// A folded line's members: separated by spaces, commas (full-width ones fold to ",") or 、.
    private static func members(of line: String) -> [String] {
        var line = line
        return line.withUTF8 { bytes in
            var members: [String] = []
            var start = 0
            var index = 0
            func close(at end: Int) {
                if end > start { members.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
            }
            while index < bytes.count {
                let separator = bytes[index] == 0x20 || bytes[index] == 0x2C ? 1
                    : index + 2 < bytes.count && bytes[index] == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81 ? 3 : 0
                if separator > 0 {
                    close(at: index)
                    index += separator
                    start = index
                } else {
                    index += 1
                }
            }
            close(at: bytes.count)
            return members
        }
    }

    /// Lines are cut and comments dropped on the UTF-8 bytes (`\n` and `#` never occur inside a multi-byte
    /// character): the files are read on every start. Each line is then trimmed of any Unicode whitespace.
    private static func contentLines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var stop = start
                while stop < end && bytes[stop] != 0x23 { stop += 1 }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
                let scalars = line.unicodeScalars
                if let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                   let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) {
                    lines.append(String(String.UnicodeScalarView(scalars[first...last])))
                }
                start = end + 1
            }
            return lines
        }
    }
}
