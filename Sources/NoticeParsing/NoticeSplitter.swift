/// One non-blank, non-noise line of a file, before its role is known.
struct SourceLine {
    let line: Int
    let text: String
    var page: Int? = nil
}

/// Divides a file's lines into notices: each title line opens a notice; lines before the first title belong to
/// the first notice (so a title only closes a span that already has one); a file without a title is one notice.
enum NoticeSplitter {
    struct Span {
        var lines: [SourceLine]
        /// Index in `lines` of the title, when the notice has one.
        var titleIndex: Int?
        var webFacts: [WebFact]
    }

    static func split(_ lines: [SourceLine], webFacts: [(line: Int, fact: WebFact)]) -> [Span] {
        var spans: [Span] = []
        var current = Span(lines: [], titleIndex: nil, webFacts: [])
        var previousWasTitle = false
        for line in lines {
            let isTitle = TitleLine.isTitle(line.text)
            // A second title line right after a title continues it (a title broken over two lines) rather than
            // opening a notice of its own.
            if isTitle, !previousWasTitle, current.titleIndex != nil {
                spans.append(current)
                current = Span(lines: [], titleIndex: nil, webFacts: [])
            }
            if isTitle, current.titleIndex == nil { current.titleIndex = current.lines.count }
            current.lines.append(line)
            previousWasTitle = isTitle
        }
        if !current.lines.isEmpty { spans.append(current) }
        // Web facts go to the notice whose lines surround them.
        for (line, fact) in webFacts {
            let index = spans.lastIndex { ($0.lines.first?.line ?? .max) <= line } ?? 0
            if spans.indices.contains(index) { spans[index].webFacts.append(fact) }
        }
        return spans
    }
}
