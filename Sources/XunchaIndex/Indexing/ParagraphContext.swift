import NoticeParsing

/// The text that gives a paragraph its meaning beyond its own words.
enum ParagraphContext {
    /// For a measure, the problem it answers; for any paragraph, the innermost heading above it.
    static func text(of paragraph: Paragraph, texts: [ParagraphLocation: String]) -> String {
        var parts: [String] = []
        if let problem = paragraph.problem, problem != paragraph.location, let text = texts[problem] {
            parts.append(text)
        }
        if let heading = paragraph.section.last { parts.append(heading) }
        return parts.joined(separator: "\n")
    }
}
