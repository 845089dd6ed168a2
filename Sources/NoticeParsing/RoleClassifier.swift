import Foundation

/// Decides what each paragraph of one notice does: title, preamble, heading, problem, measure, outcome, summary.
///
/// The notice is read as the documents are written: an opening (title, date, background), then chapters
/// numbered 一、二、三. A chapter that reports on the inspectors' problems holds problems and the measures
/// answering them; the other chapters (how the work was organized, next steps) and the closing are summary.
struct RoleClassifier {
    struct Item {
        let text: String
        let numbering: Numbering?
        /// `text` without its numbering marker.
        var body: String { numbering?.body ?? text }
        var head: String { ParagraphSignals.head(body) }
    }

    let items: [Item]
    let titleIndex: Int?

    init(texts: [String], titleIndex: Int?) {
        items = texts.map { Item(text: $0, numbering: Numbering.parse($0)) }
        self.titleIndex = titleIndex
    }

    /// The role of every paragraph, and for measures that state their own problem, the mark that they do.
    func classify() -> (roles: [ParagraphRole], statesOwnProblem: [Bool]) {
        var roles = [ParagraphRole](repeating: .summary, count: items.count)
        var own = [Bool](repeating: false, count: items.count)
        let bodyStart = classifyOpening(&roles)
        for chapter in chapters(from: bodyStart) {
            if isProblemChapter(chapter) {
                classifyProblemChapter(chapter, &roles, &own)
            } else {
                classifyOtherChapter(chapter, &roles, &own)
            }
        }
        return (roles, own)
    }

    // MARK: Opening

    /// Title, the date line, an organization line and the background paragraphs before the first numbered line.
    /// Returns where the body starts.
    private func classifyOpening(_ roles: inout [ParagraphRole]) -> Int {
        var i = 0
        while i < items.count {
            let item = items[i]
            if i == titleIndex { roles[i] = .title; i += 1; continue }
            if item.numbering != nil || startsBody(item) { break }
            if DateMentions.dateLine(item.text) != nil || ParagraphSignals.summaryStart.test(item.head)
                || isOrganizationLine(item.text) {
                roles[i] = .summary
            } else {
                roles[i] = .preamble
            }
            i += 1
        }
        return i
    }

    private func startsBody(_ item: Item) -> Bool {
        ParagraphSignals.measureLabel.test(item.head) || ParagraphSignals.problemLabel.test(item.head)
            || ParagraphSignals.categoryHeading.test(item.head) && item.text.count <= 60
    }

    private func isOrganizationLine(_ text: String) -> Bool {
        text.count <= 40 && Self.organizationLine.test(text)
    }

    private static let organizationLine = Pattern(#"^(?:中共)?[^，。：；\s]{2,40}(?:党组|党委|委员会|党支部|党总支|工委)$"#)

    // MARK: Chapters

    private struct Chapter { let range: Range<Int> }

    /// Runs of paragraphs from one 一、 line to the next (the first run may have no 一、 line).
    private func chapters(from start: Int) -> [Chapter] {
        var result: [Chapter] = []
        var begin = start
        for i in start..<items.count where items[i].numbering?.level == .chapter && i > begin {
            result.append(Chapter(range: begin..<i))
            begin = i
        }
        if begin < items.count { result.append(Chapter(range: begin..<items.count)) }
        return result
    }

    private func isProblemChapter(_ chapter: Chapter) -> Bool {
        let first = items[chapter.range.lowerBound]
        let heading = first.numbering?.level == .chapter ? first.body : nil
        if let heading, ParagraphSignals.nextStepsHeading.test(heading), !ParagraphSignals.measureLabel.test(heading) {
            return false
        }
        if let heading, ParagraphSignals.problemChapterHeading.test(heading) { return true }
        return chapter.range.contains { i in
            let head = items[i].head
            return ParagraphSignals.measureLabel.test(head) || ParagraphSignals.problemLabel.test(head)
                || isProblemStatement(head)
        }
    }

    /// Chapters about organizing the work, next steps, closing: headings stay headings, results are outcomes,
    /// the rest is summary; a chapter that only tells the unit's situation is background, like the preamble.
    private func classifyOtherChapter(_ chapter: Chapter, _ roles: inout [ParagraphRole], _ own: inout [Bool]) {
        let first = items[chapter.range.lowerBound]
        let isBackground = first.numbering?.level == .chapter && ParagraphSignals.backgroundHeading.test(first.body)
        for i in chapter.range {
            let head = items[i].head
            if isHeadingLike(i) { roles[i] = .heading }
            else if statesOwnProblem(i) { roles[i] = .measure; own[i] = true }
            // `经过集中整改，…取得了阶段性成效，但…` leads into what remains to do.
            else if items[i].numbering == nil, isOutcome(head, strict: true), !head.contains("但") { roles[i] = .outcome }
            else { roles[i] = isBackground ? .preamble : .summary }
        }
    }

    /// A numbered line that announces what follows: short, or the 一、 line itself.
    private func isHeadingLike(_ i: Int) -> Bool {
        guard let numbering = items[i].numbering else {
            return ParagraphSignals.categoryHeading.test(items[i].head) && items[i].text.count <= 60
        }
        if numbering.level == .chapter { return true }
        let body = numbering.body
        let sentenceEnd = SentenceScan.firstSentenceEnd(in: Substring(body), enders: ["。", "；"])
        let hasMoreAfterFirstSentence = sentenceEnd.map { body[$0...].count > 2 } ?? false
        return body.count <= 40 && !hasMoreAfterFirstSentence
    }

    /// Results: a result label, a progress count, discipline dealt out. Outside the problem chapters the count
    /// must be what the paragraph opens with, not a remark further on.
    private func isOutcome(_ head: String, strict: Bool = false) -> Bool {
        if startsMeasure(head) && !ParagraphSignals.statusOnly.test(head) { return false }
        if ParagraphSignals.outcomeStart.test(head) || ParagraphSignals.statusOnly.test(head) { return true }
        let scope = strict ? SentenceScan.firstSentence(of: head) : head
        return ParagraphSignals.progressFigures.test(scope) || ParagraphSignals.disciplineResult.test(scope)
    }

    /// A measure label, 一是…, or a short lead sentence that is not a shortcoming followed by 一是….
    func startsMeasure(_ head: String) -> Bool {
        if ParagraphSignals.measureStart.test(head) { return true }
        guard ParagraphSignals.leadThenEnumeration.test(head) else { return false }
        return !ParagraphSignals.shortcomingWords.test(SentenceScan.firstSentence(of: head))
    }

    // MARK: Problem chapters

    private func classifyProblemChapter(_ chapter: Chapter, _ roles: inout [ParagraphRole], _ own: inout [Bool]) {
        /// Levels of the numbered problems open above the current paragraph.
        var openProblemLevels: [Numbering.Level] = []
        var problemSinceHeading = false
        /// Inside a `（二）下一步整改措施` part: plans, not measures answering a problem.
        var nextStepsLevel: Numbering.Level?
        for i in chapter.range {
            let item = items[i]
            let head = item.head
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

    private func numberedRole(_ i: Int, numbering: Numbering, hasOpenProblem: Bool) -> ParagraphRole {
        let body = numbering.body
        let head = ParagraphSignals.head(body)
        if numbering.level == .chapter { return .heading }
        if ParagraphSignals.statusOnly.test(head) { return .outcome }
        if startsMeasure(head) { return .measure }
        if ParagraphSignals.outcomeStart.test(head) { return .outcome }
        if ParagraphSignals.summaryStart.test(head) { return isHeadingLike(i) ? .heading : .summary }
        if statesOwnProblem(i) { return .measure }
        // `（二）下一步整改措施` announces plans.
        if Self.nextSteps.test(body), isHeadingLike(i) { return .heading }
        // Whatever is answered directly by a measure or a result is the problem it answers.
        if answeredBelow(i) { return .problem }
        if ParagraphSignals.categoryHeading.test(ParagraphSignals.head(SentenceScan.firstSentence(of: body)))
            && body.count <= 80 {
            return .heading
        }
        if numbering.level <= .section {
            // （一） lines group problems.
            return isHeadingLike(i) || hasNumberedChildren(i) ? .heading : .summary
        }
        if hasNumberedChildren(i) { return .problem }
        if hasOpenProblem, !isProblemStatement(head), body.count > 60 || ParagraphSignals.measureEvidence.test(head) {
            return .measure
        }
        return .problem
    }

    private func unnumberedRole(_ i: Int, problemAbove: Bool, previous: ParagraphRole?) -> ParagraphRole {
        let item = items[i]
        let head = item.head
        let opensWithLabel = startsMeasure(head) || ParagraphSignals.outcomeStart.test(head)
        let isLabelledMeasure = ParagraphSignals.measureLabel.test(head)
        if ParagraphSignals.summaryStart.test(head) || !isLabelledMeasure && Self.nextSteps.test(String(head.prefix(30))) {
            // `下一步，将持续抓好以下3项工作：一是…` under a problem still answers it.
            return problemAbove && Self.nextStepsWork.test(head) ? .measure : .summary
        }
        if !opensWithLabel, nextIsLabel(after: i) { return .problem }
        if statesOwnProblem(i) { return .measure }
        if isOutcome(head) { return .outcome }
        if startsMeasure(head) { return .measure }
        if ParagraphSignals.problemLabel.test(head) { return .problem }
        if ParagraphSignals.categoryHeading.test(head) && item.text.count <= 60 { return .heading }
        if isProblemStatement(head) && item.text.count <= 160 { return .problem }
        if item.text.count <= 50, !item.text.dropLast().contains("。"), previous != .problem, nextStartsMeasure(after: i) {
            return .problem
        }
        guard problemAbove else { return .summary }
        if previous == .outcome { return .outcome }
        return .measure
    }

    private static let nextSteps = Pattern(#"下一步|下阶段|今后"#)
    private static let nextStepsWork = Pattern(#"^下一步[^。]{0,20}以下[^。]{0,12}[：:]\s*一是"#)

    // MARK: Signals

    /// `针对“…”问题`, `关于“…”问题的整改`, but not `针对巡察反馈的问题` (all of them).
    func isProblemStatement(_ head: String) -> Bool {
        let h = Self.stripOrdinal(head)
        if ParagraphSignals.measureLabel.test(h) { return false }
        return ParagraphSignals.problemStatement.test(h) && !ParagraphSignals.genericProblemReference.test(h)
    }

    /// `1.关于“…”问题的整改。一是…`, `针对…的问题。我局…`: the problem and what was done, in one paragraph.
    func statesOwnProblem(_ i: Int) -> Bool {
        let body = Substring(Self.stripOrdinal(items[i].body).prefix(500))
        let head = String(body.prefix(400))
        if ParagraphSignals.measureLabel.test(head) || ParagraphSignals.problemLabel.test(head) { return false }
        guard isProblemStatement(head) else { return false }
        guard let end = SentenceScan.firstSentenceEnd(in: body) else { return false }
        let rest = body[end...]
        if ParagraphSignals.measureEvidence.test(String(rest.prefix(60))) && rest.count >= 8 { return true }
        // A long statement that goes on is told with its measures, unless they follow under a label.
        return rest.count >= 15 && !nextIsLabel(after: i) && !nextStartsMeasure(after: i)
    }

    /// `一是针对…问题。` → `针对…问题。`
    static func stripOrdinal(_ text: String) -> String {
        guard let m = ordinal.firstMatch(in: String(text.prefix(6))) else { return text }
        return String((text as NSString).substring(from: m.range.length))
    }
    private static let ordinal = Pattern(#"^[一二三四五六七八九十]+是"#)

    /// The next paragraph opens with 整改情况： or 整改成效： and the like: the line above it is what they answer.
    private func nextIsLabel(after i: Int) -> Bool {
        guard i + 1 < items.count else { return false }
        let next = ParagraphSignals.head(items[i + 1].text)
        return ParagraphSignals.measureLabel.test(next) || ParagraphSignals.outcomeLabel.test(next)
    }

    /// Answered directly by the next paragraph: a labelled measure or result, or a deeper or unnumbered 一是….
    private func answeredBelow(_ i: Int) -> Bool {
        nextIsLabel(after: i) || nextStartsMeasure(after: i)
    }

    private func nextStartsMeasure(after i: Int) -> Bool {
        guard i + 1 < items.count else { return false }
        let next = items[i + 1]
        if next.numbering != nil {
            return startsMeasure(ParagraphSignals.head(next.body))
                && (next.numbering!.level > (items[i].numbering?.level ?? .chapter))
        }
        return startsMeasure(next.head)
    }

    /// Whether deeper-numbered lines follow before the next line at this line's level or above.
    private func hasNumberedChildren(_ i: Int) -> Bool {
        guard let level = items[i].numbering?.level else { return false }
        for j in (i + 1)..<min(items.count, i + 40) {
            guard let n = items[j].numbering else { continue }
            if n.level <= level { return false }
            if !ParagraphSignals.measureStart.test(ParagraphSignals.head(n.body)) { return true }
        }
        return false
    }
}
