/// The documents xuncha understands: a corpus file holds one or more notices; a notice is a sequence of
/// paragraphs (one non-blank, non-noise line each) with metadata and structure.

/// What a paragraph does in its notice.
public enum ParagraphRole: String, Codable, Sendable, CaseIterable {
    case title, preamble, heading, problem, measure, outcome, summary
}

/// Where a paragraph comes from: the file relative to the corpus folder and the 1-based line number.
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
    /// Marks such as 回头看, 交叉巡察, 专项 when the text states them.
    public var inspectionMarks: [String] = []
    public var inspector: String?
    public var round: String?
    public var periodStart: String?
    public var periodEnd: String?
    public var feedbackDate: String?
    public var publishDate: String?
    /// Province, city, county as far as the text supports, broadest first.
    public var region: [String] = []
    /// 省/市/县/区/乡镇/单位 where clear.
    public var level: String?
    /// 整改进展情况通报, 整改情况报告, 阶段性进展通报, 工作汇报, …
    public var docType: String?
    public var url: String?
    public var sourceSite: String?

    public init() {}
}

/// One paragraph with its place in the notice's structure.
public struct Paragraph: Codable, Sendable, Equatable {
    public var location: ParagraphLocation
    /// Cleaned, normalized text: what is indexed and shown.
    public var text: String
    public var role: ParagraphRole
    /// Heading path above the paragraph, outermost first.
    public var section: [String]
    /// For a measure: the problem paragraph it answers (possibly itself).
    public var problem: ParagraphLocation?
    /// For a measure: its enumerated items (一是…二是…, ①②, （1）（2）).
    public var items: [String]
    /// For a measure: the titles in 《…》 it adopted or revised, de-duplicated, without the brackets.
    public var institutions: [String]

    public init(location: ParagraphLocation, text: String, role: ParagraphRole, section: [String] = [],
                problem: ParagraphLocation? = nil, items: [String] = [], institutions: [String] = []) {
        self.location = location; self.text = text; self.role = role; self.section = section
        self.problem = problem; self.items = items; self.institutions = institutions
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
