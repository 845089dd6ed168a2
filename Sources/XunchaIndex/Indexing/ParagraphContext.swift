import NoticeParsing

/// The text that gives a paragraph its meaning beyond its own words.
enum ParagraphContext {
    /// For a measure, the problem it answers; for a problem, the heading above it (its category). Other
    /// paragraphs stand on their own words.
    static func text(of paragraph: Paragraph, texts: [ParagraphLocation: String]) -> String {
        switch paragraph.role {
        case .measure:
            guard let problem = paragraph.problem, problem != paragraph.location else { return "" }
            return texts[problem] ?? ""
        case .problem:
            return paragraph.section.last ?? ""
        default:
            return ""
        }
    }
}
