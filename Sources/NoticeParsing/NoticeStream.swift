/// Turns a file's paragraphs into notices as they arrive, so that a file of any size is parsed in pieces: a
/// notice is handed over as soon as the next title closes it, and the parser holds one notice at a time.
/// `NoticeParser.parse` feeds a whole document through it, so a file read in pieces and a file read whole give
/// the same notices.
public struct NoticeStream {
    /// A notice longer than this (no real one comes near: the longest in the sample is about 30 KB) is closed
    /// at the next paragraph and the rest goes on as a notice of its own, which keeps the memory a notice takes bounded.
    public static let maximumNoticeBytes = 4 << 20

    private let source: String
    private let hints: DocumentHints
    private var inFooter = false
    private var current = NoticeSpan()
    private var currentBytes = 0
    private var previousWasTitle = false
    /// Fact lines met before the first paragraph: they belong to the first notice.
    private var earlyFacts: [WebFact] = []
    private var noticesMade = 0

    public init(source: String, hints: DocumentHints = DocumentHints()) {
        self.source = source
        self.hints = hints
        if hints.publishDate != nil || hints.sourceSite != nil || hints.url != nil {
            earlyFacts.append(WebFact(publishDate: hints.publishDate, sourceSite: hints.sourceSite, url: hints.url))
        }
    }

    /// Takes the next paragraph; returns the notice it closed, if any.
    public mutating func add(_ paragraph: SourceParagraph) -> Notice? {
        switch LineCleaner.classify(paragraph.text) {
        case .content(let cleaned):
            if inFooter {
                if PageFooter.continues(with: cleaned) { return nil }
                inFooter = false
            }
            return add(SourceLine(line: paragraph.number, text: cleaned, page: paragraph.page))
        case .webFact(let fact):
            // A fact goes to the notice whose lines surround it: the one under way, else the first.
            if current.lines.isEmpty { earlyFacts.append(fact) } else { current.webFacts.append(fact) }
        case .footer: inFooter = true
        case .noise: break
        }
        return nil
    }

    /// The last notice, once every paragraph has been added.
    public mutating func finish() -> Notice? {
        close()
    }

    private mutating func add(_ line: SourceLine) -> Notice? {
        let isTitle = TitleLine.isTitle(line.text)
        var closed: Notice?
        // Each title opens a notice, except a second title line right after one (a title broken over two
        // lines); lines before the first title belong to the first notice.
        if isTitle && !previousWasTitle && current.titleIndex != nil || currentBytes > Self.maximumNoticeBytes {
            closed = close()
        }
        if current.lines.isEmpty {
            current.webFacts = earlyFacts + current.webFacts
            earlyFacts = []
        }
        if isTitle, current.titleIndex == nil { current.titleIndex = current.lines.count }
        current.lines.append(line)
        currentBytes += line.text.utf8.count
        previousWasTitle = isTitle
        return closed
    }

    private mutating func close() -> Notice? {
        guard !current.lines.isEmpty else { return nil }
        let span = current
        current = NoticeSpan()
        currentBytes = 0
        var notice = NoticeParser.build(span: span, source: source)
        if noticesMade == 0, notice.metadata.title == nil, let title = hints.title { notice.metadata.title = title }
        noticesMade += 1
        return notice
    }
}
