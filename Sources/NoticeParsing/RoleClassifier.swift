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
        let body: String
        /// The start of `body` that the signals are tested on, computed once.
        let head: String
        /// `text.count`.
        let length: Int

        init(text: String, numbering: Numbering?) {
            self.text = text
            self.numbering = numbering
            body = numbering?.body ?? text
            head = ParagraphSignals.head(body)
            length = PlainText.count(text)
        }
    }

    let items: [Item]
    let titleIndex: Int?
    /// Answers already computed for this notice.
    let memo: Memo

    final class Memo {
        var statesOwnProblem: [Bool?]
        var startsMeasure: [Bool?]
        var isProblemStatement: [Bool?]
        init(count: Int) {
            statesOwnProblem = Array(repeating: nil, count: count)
            startsMeasure = statesOwnProblem
            isProblemStatement = statesOwnProblem
        }
    }

    /// The answer for paragraph `i`, computed once.
    func remembered(_ answers: ReferenceWritableKeyPath<Memo, [Bool?]>, _ i: Int, _ compute: () -> Bool) -> Bool {
        if let known = memo[keyPath: answers][i] { return known }
        let answer = compute()
        memo[keyPath: answers][i] = answer
        return answer
    }

    init(texts: [String], numberings: [Numbering?], titleIndex: Int?) {
        items = zip(texts, numberings).map { Item(text: $0, numbering: $1) }
        self.titleIndex = titleIndex
        memo = Memo(count: items.count)
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
        giveBareLabelsTheirBlocksRole(&roles)
        // The line under the title is its date, never a signature; the signature follows some text.
        for i in SignatureLines.trailing(items.map(\.text), after: (titleIndex ?? -1) + 2) {
            roles[i] = .signature
            own[i] = false
        }
        return (roles, own)
    }

    /// A bare `整改情况：` takes the role of the text it opens; one with no measure below it measures nothing.
    func giveBareLabelsTheirBlocksRole(_ roles: inout [ParagraphRole]) {
        for i in roles.indices.reversed() where roles[i] == .measure && isBareMeasureLabel(i) {
            let next = i + 1 < roles.count ? roles[i + 1] : nil
            if next != .measure || isBareMeasureLabel(i + 1) { roles[i] = next == .outcome ? .outcome : .summary }
        }
    }

    // MARK: Opening

    /// Title, the date line, an organization line and the background paragraphs before the first numbered line.
    /// Returns where the body starts.
    func classifyOpening(_ roles: inout [ParagraphRole]) -> Int {
        var i = 0
        while i < items.count {
            let item = items[i]
            // The title, and a title line repeated or continued right under it (web pages often do).
            if i == titleIndex || (i > 0 && roles[i - 1] == .title && TitleLine.isTitle(item.text)) {
                roles[i] = .title; i += 1; continue
            }
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

    func startsBody(_ item: Item) -> Bool {
        ParagraphSignals.measureLabel.test(item.head) || ParagraphSignals.problemLabel.test(item.head)
            || ParagraphSignals.categoryHeading.test(item.head) && item.length <= 60
    }

    func isOrganizationLine(_ text: String) -> Bool {
        PlainText.count(text) <= 40 && Self.organizationLine.test(text)
    }

    static let organizationLine = Pattern(#"^(?:中共)?[^，。：；\s]{2,40}(?:党组|党委|委员会|党支部|党总支|工委)$"#,
        quickTest: Quick.contains("党组", "党委", "委员会", "党支部", "党总支", "工委"))

    // MARK: Chapters

    struct Chapter { let range: Range<Int> }

    /// Runs of paragraphs from one 一、 line to the next (the first run may have no 一、 line).
    func chapters(from start: Int) -> [Chapter] {
        var result: [Chapter] = []
        var begin = start
        for i in start..<items.count where items[i].numbering?.level == .chapter && i > begin {
            result.append(Chapter(range: begin..<i))
            begin = i
        }
        if begin < items.count { result.append(Chapter(range: begin..<items.count)) }
        return result
    }

    func isProblemChapter(_ chapter: Chapter) -> Bool {
        let first = items[chapter.range.lowerBound]
        let heading = first.numbering?.level == .chapter ? first.body : nil
        if let heading, ParagraphSignals.nextStepsHeading.test(heading), !ParagraphSignals.measureLabel.test(heading) {
            return false
        }
        if let heading, ParagraphSignals.problemChapterHeading.test(heading) { return true }
        return chapter.range.contains { i in
            let head = items[i].head
            return ParagraphSignals.measureLabel.test(head) || ParagraphSignals.problemLabel.test(head)
                || isProblemStatement(at: i)
        }
    }

    /// Chapters about organizing the work, next steps, closing: headings stay headings, results are outcomes,
    /// the rest is summary; a chapter that only tells the unit's situation is background, like the preamble.
    func classifyOtherChapter(_ chapter: Chapter, _ roles: inout [ParagraphRole], _ own: inout [Bool]) {
        let first = items[chapter.range.lowerBound]
        let isBackground = first.numbering?.level == .chapter && ParagraphSignals.backgroundHeading.test(first.body)
        for i in chapter.range {
            let head = items[i].head
            if isHeadingLike(i) { roles[i] = .heading }
            else if statesOwnProblem(i) { roles[i] = .measure; own[i] = true }
            // `经过集中整改，…取得了阶段性成效，但…` leads into what remains to do.
            else if items[i].numbering == nil, isOutcome(i, strict: true), !PlainText.contains(head, "但") { roles[i] = .outcome }
            else { roles[i] = isBackground ? .preamble : .summary }
        }
    }

    /// A numbered line that announces what follows: short, or the 一、 line itself.
    func isHeadingLike(_ i: Int) -> Bool {
        guard let numbering = items[i].numbering else {
            return ParagraphSignals.categoryHeading.test(items[i].head) && items[i].length <= 60
        }
        if numbering.level == .chapter { return true }
        let body = numbering.body
        let sentenceEnd = SentenceScan.firstSentenceEnd(in: Substring(body), enders: ["。", "；"])
        let hasMoreAfterFirstSentence = sentenceEnd.map { PlainText.count(body[$0...]) > 2 } ?? false
        return PlainText.count(body) <= 40 && !hasMoreAfterFirstSentence
    }

    /// Results: a result label, a progress count, discipline dealt out. Outside the problem chapters the count
    /// must be what the paragraph opens with, not a remark further on.
    func isOutcome(_ i: Int, strict: Bool = false) -> Bool {
        let head = items[i].head
        if startsMeasure(at: i) && !ParagraphSignals.statusOnly.test(head) { return false }
        if ParagraphSignals.outcomeStart.test(head) || ParagraphSignals.statusOnly.test(head) { return true }
        let scope = strict ? SentenceScan.firstSentence(of: head) : head
        return ParagraphSignals.progressFigures.test(scope) || ParagraphSignals.disciplineResult.test(scope)
    }

    /// `startsMeasure` of paragraph `i`'s head.
    func startsMeasure(at i: Int) -> Bool {
        remembered(\.startsMeasure, i) { startsMeasure(items[i].head) }
    }

    /// A measure label, 一是…, or a short opening sentence that is not a shortcoming followed by 一是….
    func startsMeasure(_ head: String) -> Bool {
        if ParagraphSignals.measureStart.test(head) { return true }
        guard ParagraphSignals.leadThenEnumeration.test(head) else { return false }
        return !ParagraphSignals.shortcomingWords.test(SentenceScan.firstSentence(of: head))
    }
}
