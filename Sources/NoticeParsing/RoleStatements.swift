import Foundation

/// What a paragraph states, and what the paragraph after it says of it: the look-ahead and wording tests the
/// role rules are made of.
extension RoleClassifier {
        /// `isProblemStatement` of paragraph `i`'s head.
    func isProblemStatement(at i: Int) -> Bool {
        remembered(\.isProblemStatement, i) { isProblemStatement(items[i].head) }
    }

    /// `针对“…”问题`, `关于“…”问题的整改`, but not `针对巡察反馈的问题` (all of them).
    func isProblemStatement(_ head: String) -> Bool {
        let h = Self.stripOrdinal(head)
        if ParagraphSignals.measureLabel.test(h) { return false }
        return ParagraphSignals.problemStatement.test(h) && !ParagraphSignals.genericProblemReference.test(h)
    }

    /// `1.关于“…”问题的整改。一是…`, `针对…的问题。我局…`: the problem and what was done, in one paragraph.
    func statesOwnProblem(_ i: Int) -> Bool {
        // Asked several times per paragraph by the role rules; the answer depends on the paragraphs only.
        remembered(\.statesOwnProblem, i) { computeStatesOwnProblem(i) }
    }

    private func computeStatesOwnProblem(_ i: Int) -> Bool {
        // Under a bare `整改情况：` the problem is the one the label answers: `一是关于…问题。…` lists its parts.
        if followsBareMeasureLabel(i) { return false }
        let body = Substring(PlainText.prefix(Self.stripOrdinal(items[i].body), 500))
        let head = PlainText.prefix(String(body), 400)
        if ParagraphSignals.measureLabel.test(head) || ParagraphSignals.problemLabel.test(head) { return false }
        // `整改内容方面：一是关于…问题：…` enumerates parts of the problem above; its lead names no problem.
        if ParagraphSignals.aspectThenEnumeration.test(head) { return false }
        guard isProblemStatement(head) else { return false }
        guard let end = SentenceScan.firstSentenceEnd(in: body) else { return false }
        let rest = body[end...]
        let restLength = PlainText.count(rest)
        if restLength >= 8 && ParagraphSignals.measureEvidence.test(PlainText.prefix(String(rest), 60)) { return true }
        // A long statement that goes on is told with its measures, unless they follow under a label.
        return restLength >= 15 && !nextIsLabel(after: i) && !nextStartsMeasure(after: i)
    }

    /// `一是针对…问题。` → `针对…问题。`
    static func stripOrdinal(_ text: String) -> String {
        guard let m = ordinal.firstMatch(in: PlainText.prefix(text, 6)) else { return text }
        return String((text as NSString).substring(from: m.range.length))
    }
    static let ordinal = Pattern(#"^[一二三四五六七八九十]+是"#,
        quickTest: Quick.all(Quick.startsWithHanNumeral, Quick.contains("是")))

    /// The paragraph above is a measure label alone on its line (`整改情况：`): this one opens the measures.
    func followsBareMeasureLabel(_ i: Int) -> Bool {
        i > 0 && isBareMeasureLabel(i - 1)
    }

    func isBareMeasureLabel(_ i: Int) -> Bool {
        items[i].length <= 24 && MeasureDetails.isBareLabel(items[i].text)
    }

    /// The next paragraph opens with 整改情况： or 整改成效： and the like: the line above it is what they answer.
    func nextIsLabel(after i: Int) -> Bool {
        guard i + 1 < items.count else { return false }
        let next = ParagraphSignals.head(items[i + 1].text)
        return ParagraphSignals.measureLabel.test(next) || ParagraphSignals.outcomeLabel.test(next)
    }

    /// Answered directly by the next paragraph: a labelled measure or result, or a deeper or unnumbered 一是….
    func answeredBelow(_ i: Int) -> Bool {
        nextIsLabel(after: i) || nextStartsMeasure(after: i)
    }

    func nextStartsMeasure(after i: Int) -> Bool {
        guard i + 1 < items.count else { return false }
        let next = items[i + 1]
        if next.numbering != nil {
            return startsMeasure(at: i + 1)
                && (next.numbering!.level > (items[i].numbering?.level ?? .chapter))
        }
        return startsMeasure(at: i + 1)
    }

    /// Whether deeper-numbered lines follow before the next line at this line's level or above.
    func hasNumberedChildren(_ i: Int) -> Bool {
        guard let level = items[i].numbering?.level else { return false }
        for j in (i + 1)..<min(items.count, i + 40) {
            guard let n = items[j].numbering else { continue }
            if n.level <= level { return false }
            if !ParagraphSignals.measureStart.test(ParagraphSignals.head(n.body)) { return true }
        }
        return false
    }
}
