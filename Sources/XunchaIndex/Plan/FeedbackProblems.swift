import Foundation
import NoticeParsing

/// One problem of the inspectors' feedback, as the user gave it, under the heading it came under.
public struct FeedbackProblem: Codable, Sendable, Equatable {
    public var text: String
    /// The heading it came under (一、…方面), if any.
    public var category: String?

    public init(text: String, category: String? = nil) {
        self.text = text
        self.category = category
    }
}

/// Splits feedback text into problems: one per line, or per numbered item (1. （一） ① …), with lines that
/// start with 一是/二是 cut into their items; headings (一、…, …方面, Markdown #) become categories.
public enum FeedbackProblems {
    /// More than this is not a list of problems but a pasted document.
    public static let maximumBytes = 512 * 1024
    public static let maximumProblems = 300

    public static func split(_ text: String) throws -> [FeedbackProblem] {
        let bytes = text.utf8.count
        guard bytes <= maximumBytes else { throw PlanError.feedbackTooLarge(bytes: bytes, limit: maximumBytes) }
        let lines = text.components(separatedBy: .newlines).map(FeedbackLine.init).filter { !$0.isBlank }
        guard !lines.isEmpty else { throw PlanError.emptyFeedback }
        let meaningful = lines.filter(\.hasWords)
        guard !meaningful.isEmpty else { throw PlanError.onlyNumbering(lines: lines.count) }

        // 一、 numbers chapters; it is a heading only when something else in the text is a problem.
        let chaptersAreHeadings = meaningful.contains { !$0.isChapter && !$0.isHeadingByWording }
        var problems: [FeedbackProblem] = []
        var category: String?
        for line in meaningful {
            if line.isHeadingByWording || (line.isChapter && chaptersAreHeadings) {
                category = line.body
                continue
            }
            for item in line.problems {
                problems.append(FeedbackProblem(text: item, category: category))
            }
        }
        guard !problems.isEmpty else { throw PlanError.onlyHeadings(lines: meaningful.count) }
        guard problems.count <= maximumProblems else {
            throw PlanError.tooManyProblems(count: problems.count, limit: maximumProblems)
        }
        return problems
    }
}

/// One non-blank line of feedback: its outline number, if any, and the words after it.
struct FeedbackLine {
    let raw: String
    /// The line without its outline number, bullet or Markdown marks.
    let body: String
    let isChapter: Bool
    let isMarkdownHeading: Bool

    init(_ line: String) {
        // Control and bidirectional-override characters have no place in a problem and could upset a terminal.
        let visible = String(String.UnicodeScalarView(line.unicodeScalars.filter {
            $0.properties.generalCategory != .control && $0.properties.generalCategory != .format
        }))
        raw = visible.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}")))
        var rest = raw
        isMarkdownHeading = rest.hasPrefix("#")
        rest = String(rest.drop { $0 == "#" || $0 == ">" || $0 == "*" || $0 == "-" || $0 == "•" || $0 == "·" || $0 == " " })
        isChapter = FeedbackLine.chapter.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) != nil
        for marker in FeedbackLine.markers {
            if let match = marker.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)),
               let range = Range(match.range, in: rest) {
                rest = String(rest[range.upperBound...])
                break
            }
        }
        body = rest.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
    }

    var isBlank: Bool { raw.isEmpty }

    /// Whether anything is left besides numbering and punctuation.
    var hasWords: Bool { body.unicodeScalars.contains { $0.properties.isAlphabetic } }

    /// A heading by its wording rather than its number: Markdown #, or a short line naming an area (…方面).
    var isHeadingByWording: Bool {
        if isMarkdownHeading { return true }
        let stripped = body.trimmingCharacters(in: CharacterSet(charactersIn: "：:。 "))
        return stripped.count <= 40 && (stripped.hasSuffix("方面") || stripped.hasSuffix("方面问题") || stripped.hasSuffix("方面存在的问题"))
    }

    /// The problems on the line: its items when it starts with 一是, else the line whole.
    var problems: [String] {
        if body.hasPrefix("一是") {
            let items = MeasureDetails.items(in: body)
            if items.count > 1 { return items }
        }
        return [body]
    }

    private static let han = "[一二三四五六七八九十]{1,3}"
    private static let chapter = try! NSRegularExpression(pattern: "^\\s*\(han)\\s*[、．.]")
    /// Outline numbers, outermost first, as official documents write them.
    private static let markers: [NSRegularExpression] = [
        "^\\s*\(han)\\s*[、．.]",
        "^\\s*[（(]\\s*\(han)\\s*[）)]\\s*[、．.]?",
        #"^\s*\d{1,3}\s*(?:[、．]|\.(?!\d)|[）)])\s*"#,
        #"^\s*[（(]\s*\d{1,3}\s*[）)]\s*[、．.]?"#,
        #"^\s*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"#,
        "^\\s*第\(han)[条项点]\\s*[、：:．.]?",
    ].map { try! NSRegularExpression(pattern: $0) }
}
