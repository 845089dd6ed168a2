import NoticeParsing

/// The boolean terms of a paragraph's document, each written the one way indexing stores it and search asks for
/// it (prefixes in `IndexSchema.Prefix`; values too long for Xapian kept within its limit the same way).
enum StoredTerms {
    private typealias P = IndexSchema.Prefix

    static func paragraph(_ location: ParagraphLocation) -> String { IndexSchema.term(P.paragraph, location.description) }
    static func file(_ source: String) -> String { IndexSchema.term(P.file, source) }
    static func notice(_ key: String) -> String { IndexSchema.term(P.notice, key) }
    static func shortID(_ id: String) -> String { IndexSchema.term(P.shortID, id) }
    static func agency(_ name: String) -> String { IndexSchema.term(P.agency, name) }
    static func region(_ place: String) -> String { IndexSchema.term(P.region, place) }
    static func inspection(_ kind: String) -> String { IndexSchema.term(P.inspection, kind) }
    static func role(_ role: ParagraphRole) -> String { IndexSchema.term(P.role, role.rawValue) }
    /// The year of the date a notice is filtered by, or the year its title names.
    static func year(_ year: Int) -> String { IndexSchema.term(P.year, String(format: "%04d", year)) }
    static func year(ofDate date: String) -> String { IndexSchema.term(P.year, String(date.prefix(4))) }
    /// A notice dated only by the year its title names.
    static func undatedYear(_ year: Int) -> String { IndexSchema.term(P.undatedYear, String(format: "%04d", year)) }
    /// The year an `undatedYear` term names, nil for any other term.
    static func year(ofUndated term: String) -> Int? {
        term.hasPrefix(P.undatedYear) ? Int(term.dropFirst(P.undatedYear.count)) : nil
    }
    /// A measure answers the problem at `problem`.
    static func answers(_ problem: ParagraphLocation) -> String { IndexSchema.term(P.answers, problem.description) }
}
