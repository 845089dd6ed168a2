/// One non-blank, non-noise line of a file, before its role is known.
struct SourceLine {
    let line: Int
    let text: String
    var page: Int? = nil
}

/// The lines of one notice, as `NoticeStream` divides a file at its titles.
struct NoticeSpan {
    var lines: [SourceLine] = []
    /// Index in `lines` of the title, when the notice has one.
    var titleIndex: Int?
    /// The fact lines (`发布时间:… 来源:…`) found among its lines, or before the first notice.
    var webFacts: [WebFact] = []
}
