import Foundation

/// Roles inside a chapter that reports on the inspectors' problems: numbered and unnumbered problems, the
/// measures and results answering them, category headings, and the plans of a `下一步` part.
extension RoleClassifier {
    func classifyProblemChapter(_ chapter: Chapter, _ roles: inout [ParagraphRole], _ own: inout [Bool]) {
        /// Levels of the numbered problems open above the current paragraph.
        var openProblemLevels: [Numbering.Level] = []
        var problemSinceHeading = false
        /// Inside a `（二）下一步整改措施` part: plans, not measures answering a problem.
        var nextStepsLevel: Numbering.Level?
        /// A chapter that lists problems without any rectification (a report before the inspection, such as
        /// `三、当前存在的突出问题及原因分析`) has no measures: its 一是… lines analyse causes.
        let chapterHeading = items[chapter.range.lowerBound].body
        let reportsMeasures = chapter.range.contains { ParagraphSignals.measureLabel.test(items[$0].head) }
            || PlainText.contains(chapterHeading, "整改") || !ParagraphSignals.problemChapterHeading.test(chapterHeading)
        for i in chapter.range {
            let item = items[i]
            var role: ParagraphRole

            if let numbering = item.numbering {
                openProblemLevels.removeAll { $0 >= numbering.level }
                if let level = nextStepsLevel, numbering.level <= level { nextStepsLevel = nil }
                role = numberedRole(i, numbering: numbering, hasOpenProblem: !openProblemLevels.isEmpty)
                if role == .problem { openProblemLevels.append(numbering.level) }
                if role == .heading, numbering.level != .chapter, Self.nextSteps.test(numbering.body) {
                    nextStepsLevel = numbering.level
                }
            } else {
                role = unnumberedRole(i, problemAbove: problemSinceHeading,
                                      previous: i > chapter.range.lowerBound ? roles[i - 1] : nil)
            }
            if nextStepsLevel != nil, role != .heading { role = .summary }
            if !reportsMeasures, role == .measure { role = .summary }
            if role == .measure, statesOwnProblem(i) { own[i] = true }
            if DateMentions.dateLine(item.text) != nil { role = .summary }

            roles[i] = role
            switch role {
            case .heading:
                problemSinceHeading = false
                if item.numbering?.level ?? .chapter <= .section { openProblemLevels.removeAll() }
            case .problem: problemSinceHeading = true
            case .measure where own[i]: problemSinceHeading = true
            default: break
            }
        }
    }

    func numberedRole(_ i: Int, numbering: Numbering, hasOpenProblem: Bool) -> ParagraphRole {
        let body = numbering.body
        let head = ParagraphSignals.head(body)
        if numbering.level == .chapter { return .heading }
        if ParagraphSignals.statusOnly.test(head) { return .outcome }
        // `整改措施：` alone, then `1.…`: the numbered lines under the problem are its measures.
        if followsBareMeasureLabel(i), hasOpenProblem, !isProblemStatement(at: i),
           !ParagraphSignals.outcomeLabel.test(head) {
            return .measure
        }
        if startsMeasure(at: i) { return .measure }
        if ParagraphSignals.outcomeStart.test(head) { return .outcome }
        if ParagraphSignals.summaryStart.test(head) { return isHeadingLike(i) ? .heading : .summary }
        if statesOwnProblem(i) { return .measure }
        // `（二）下一步整改措施` announces plans.
        if Self.nextSteps.test(body), isHeadingLike(i) { return .heading }
        // Whatever is answered directly by a measure or a result is the problem it answers.
        if answeredBelow(i) { return .problem }
        if ParagraphSignals.categoryHeading.test(ParagraphSignals.head(SentenceScan.firstSentence(of: body)))
            && PlainText.count(body) <= 80 {
            return .heading
        }
        if numbering.level <= .section {
            // （一） lines group problems.
            return isHeadingLike(i) || hasNumberedChildren(i) ? .heading : .summary
        }
        if hasNumberedChildren(i) { return .problem }
        if hasOpenProblem, !isProblemStatement(at: i), PlainText.count(body) > 60 || ParagraphSignals.measureEvidence.test(head) {
            return .measure
        }
        return .problem
    }

    func unnumberedRole(_ i: Int, problemAbove: Bool, previous: ParagraphRole?) -> ParagraphRole {
        let item = items[i]
        let head = item.head
        let opensWithLabel = startsMeasure(at: i) || ParagraphSignals.outcomeStart.test(head)
        let isLabelledMeasure = ParagraphSignals.measureLabel.test(head)
        // The text under a bare `整改情况：` is what the label announces, whatever words it opens with.
        if followsBareMeasureLabel(i), !ParagraphSignals.outcomeLabel.test(head), !ParagraphSignals.statusOnly.test(head) {
            return .measure
        }
        if ParagraphSignals.summaryStart.test(head) || !isLabelledMeasure && Self.nextSteps.test(PlainText.prefix(head, 30)) {
            // `下一步，将持续抓好以下3项工作：一是…` under a problem still answers it.
            return problemAbove && Self.nextStepsWork.test(head) ? .measure : .summary
        }
        if !opensWithLabel, nextIsLabel(after: i) { return .problem }
        if statesOwnProblem(i) { return .measure }
        if isOutcome(i) { return .outcome }
        if startsMeasure(at: i) { return .measure }
        if ParagraphSignals.problemLabel.test(head) { return .problem }
        if ParagraphSignals.categoryHeading.test(head) && item.length <= 60 { return .heading }
        if isProblemStatement(at: i) && item.length <= 160 { return .problem }
        if item.length <= 50, !item.text.dropLast().contains("。"), previous != .problem, nextStartsMeasure(after: i) {
            return .problem
        }
        guard problemAbove else { return .summary }
        if previous == .outcome { return .outcome }
        return .measure
    }

    static let nextSteps = Pattern(#"下一步|下阶段|今后"#,
        quickTest: Quick.contains("下一步", "下阶段", "今后"))
    static let nextStepsWork = Pattern(#"^下一步[^。]{0,20}以下[^。]{0,12}[：:]\s*一是"#,
        quickTest: Quick.all(Quick.starts("下一步"), Quick.contains("一是")))
}
