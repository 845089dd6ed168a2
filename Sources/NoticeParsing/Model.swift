/// The documents xuncha understands: a corpus file holds one or more notices; a notice is a sequence of
/// paragraphs (one non-blank, non-noise line each) with metadata and structure.

/// What a paragraph does in its notice.
public enum ParagraphRole: String, Codable, Sendable, CaseIterable {
    /// The notice's title line.
    case title
    /// Background before the body: who inspected whom and when; a chapter that only describes the unit.
    case preamble
    /// A section or category heading: `一、…`, `（一）在…方面`, `（一）…方面问题`.
    case heading
    /// A problem the inspectors fed back: `针对“…”问题`, `整改任务：…`, `1.…不到位`.
    case problem
    /// What was done about a problem: `整改情况：…`, `整改措施：…`, `一是…二是…`.
    case measure
    /// Results: `整改成效：…`, `通过整改，…`, progress in figures, discipline dealt out, reasons still open.
    case outcome
    /// Everything else: how the work was organized, next steps, closing, contacts, the date under the title.
    case summary
    /// The lines that sign the notice at its end: the organization alone, the date alone. Shown with the
    /// notice, never a hit of a ranked search.
    case signature
}

/// Where a paragraph comes from: the file relative to the corpus folder and the 1-based line number (for a file
/// that is not plain text, the paragraph's number in the file).
public struct ParagraphLocation: Hashable, Codable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public init(source: String, line: Int) { self.source = source; self.line = line }
    public var description: String { "\(source):\(line)" }
}

/// Facts about one notice, extracted from its own text. Dates are ISO `YYYY-MM-DD`; nil where the text does
/// not say or masks the value (`****年*月*日`).
public struct NoticeMetadata: Codable, Sendable, Equatable {
    public var title: String?
    public var org: String?
    public var agency: String?
    /// 巡视 or 巡察.
    public var inspection: String?
    /// Marks such as 回头看, 交叉巡察, 专项, 联动巡察, 延伸巡察 when the text states them.
    public var inspectionMarks: [String] = []
    /// The inspection group as written: 市委第三巡察组, 区党委第六巡视组, 市委巡察一组、二组、三组.
    public var inspector: String?
    /// The round as written, from the term to the round: 九届区党委第九轮, 十四届市委第十三轮.
    public var round: String?
    public var periodStart: String?
    public var periodEnd: String?
    public var feedbackDate: String?
    public var publishDate: String?
    /// The year the title names (`区市场监管局党组2022年巡察整改进展情况报告`): what dates a notice that states no date.
    public var titleYear: Int?
    /// Province, city, county as far as the text supports, broadest first.
    public var region: [String] = []
    /// The level of the committee that inspected, 省/市/县/区/乡镇 where clear; 巡视 is 省 (中央 when stated).
    public var level: String?
    /// 整改进展情况通报, 整改情况报告, 阶段性进展通报, 工作汇报, …
    public var docType: String?
    /// The page address, when the file is a web-page capture that states it.
    public var url: String?
    /// The `来源：` of a web-page capture.
    public var sourceSite: String?

    public init() {}
}

/// One paragraph with its place in the notice's structure. A paragraph is one non-blank physical line that is
/// not only noise; web-capture fact lines (`发布时间:… 来源:…`, a bare URL) are never paragraphs.
public struct Paragraph: Codable, Sendable, Equatable {
    public var location: ParagraphLocation
    /// Cleaned, normalized text: what is indexed and shown.
    public var text: String
    public var role: ParagraphRole
    /// Heading path above the paragraph, outermost first.
    public var section: [String]
    /// For a measure: the problem paragraph it answers, always one above it in the same notice; nil when the
    /// measure states its problem itself.
    public var problem: ParagraphLocation?
    /// For a measure: it opens by stating the problem it answers (`1.关于…的问题。一是…`, `针对…问题。我局…`).
    public var statesProblem: Bool
    /// For a measure: its enumerated items (一是…二是…, ①②, （1）（2）).
    public var items: [String]
    /// For a measure: the titles in 《…》 it adopted or revised, de-duplicated, without the brackets.
    public var institutions: [String]
    /// The page the paragraph starts on, for files that have pages (PDF).
    public var page: Int?

    public init(location: ParagraphLocation, text: String, role: ParagraphRole, section: [String] = [],
                problem: ParagraphLocation? = nil, statesProblem: Bool = false, items: [String] = [],
                institutions: [String] = [], page: Int? = nil) {
        self.location = location; self.text = text; self.role = role; self.section = section
        self.problem = problem; self.statesProblem = statesProblem; self.items = items; self.institutions = institutions
        self.page = page
    }
}

/// One notice: a contiguous run of lines of one file.
public struct Notice: Codable, Sendable, Equatable {
    public var source: String
    public var startLine: Int
    public var endLine: Int
    public var metadata: NoticeMetadata
    public var paragraphs: [Paragraph]

    public init(source: String, startLine: Int, endLine: Int, metadata: NoticeMetadata, paragraphs: [Paragraph]) {
        self.source = source; self.startLine = startLine; self.endLine = endLine
        self.metadata = metadata; self.paragraphs = paragraphs
    }
}
