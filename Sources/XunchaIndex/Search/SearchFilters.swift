import Foundation
import NoticeParsing
import SwiftXapian

/// Restrictions on which notices' paragraphs a search returns.
public struct SearchFilters: Sendable, Hashable {
    /// Part of the agency's name, e.g. 大数据 or 南京市大数据管理局, written any of its usual ways (市场监管局 finds
    /// 市场监督管理局; 中共…党组 and a leading 区/县/市 are ignored).
    public var agency: String?
    /// The agency's name exactly as its notices give it (as facets count agencies), with no other wording.
    public var exactAgency: String?
    /// Part of a province, city or county name, e.g. 江苏 or 南京市.
    public var region: String?
    /// 巡视 or 巡察.
    public var inspection: String?
    /// The level of the inspected body as the notice's metadata gives it (e.g. 县, 市, 省), matched whole.
    public var level: String?
    public var role: ParagraphRole?
    /// Paragraphs of any of these roles (used where several roles are wanted at once).
    var anyOfRoles: [ParagraphRole] = []
    /// Inclusive ISO dates (`YYYY-MM-DD`) on the notice's publish date, else its feedback date, else the year its
    /// title names (a notice of 2022 is in any range that meets 2022).
    public var from: String?
    public var to: String?
    /// The year of that date (or of the title): a term lookup, cheaper than a date range.
    public var year: Int?

    public init(agency: String? = nil, region: String? = nil, inspection: String? = nil, role: ParagraphRole? = nil,
                from: String? = nil, to: String? = nil, year: Int? = nil, level: String? = nil) {
        self.agency = agency; self.region = region; self.inspection = inspection; self.role = role
        self.from = from; self.to = to; self.year = year; self.level = level
    }

    public var isEmpty: Bool { self == SearchFilters() }

    /// Whether only some roles are asked for, so that preferring one of them means nothing.
    var restrictsRoles: Bool { role != nil || !anyOfRoles.isEmpty }

    public static let inspections = ["巡视", "巡察"]
    /// The years a notice may be dated in: from the first inspections to far ahead.
    public static let years = 1949...2200
    /// The years a `from` or `to` day may fall in, a little wider so that a range may start before any notice.
    public static let dateYears = 1900...2200

    /// Checks the values a user typed; a bad one throws a `FilterError` with the value.
    public func validated() throws -> SearchFilters {
        if let inspection, !Self.inspections.contains(inspection) {
            throw FilterError.unknownInspection(inspection, accepted: Self.inspections)
        }
        if let year, !Self.years.contains(year) {
            throw FilterError.yearOutOfRange(year, bounds: Self.years)
        }
        var checked = self
        checked.from = try from.map { try Self.isoDate($0, field: .from) }
        checked.to = try to.map { try Self.isoDate($0, field: .to) }
        if let from = checked.from, let to = checked.to, from > to {
            throw FilterError.fromAfterTo(from: from, to: to)
        }
        return checked
    }

    /// Accepts YYYY-MM-DD (also YYYY/MM/DD, YYYYMMDD) of a real calendar date.
    static func isoDate(_ text: String, field: FilterError.Field) throws -> String {
        let digits = text.filter(\.isNumber)
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        let fields: [Int]?
        if parts.count == 3 { fields = parts.map { Int($0) }.allSatisfy { $0 != nil } ? parts.map { Int($0)! } : nil }
        else if digits.count == 8 && digits.count == text.count {
            fields = [Int(digits.prefix(4))!, Int(digits.dropFirst(4).prefix(2))!, Int(digits.suffix(2))!]
        } else { fields = nil }
        guard let fields, Self.dateYears.contains(fields[0]), (1...12).contains(fields[1]),
              (1...Self.daysIn(month: fields[1], year: fields[0])).contains(fields[2]) else {
            throw FilterError.badDate(field, text: text)
        }
        return String(format: "%04d-%02d-%02d", fields[0], fields[1], fields[2])
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Builds the Xapian filter for `SearchFilters`. Name filters match parts of names, so they are resolved
/// against the names the index holds (its boolean terms) first.
struct FilterCompiler {
    /// The boolean terms of a prefix, e.g. every agency name the index holds.
    let termsWithPrefix: (String) throws -> [String]
    /// The keys of the notices at a level. The level is not indexed as a term: it is read from the notices'
    /// metadata, so that filtering by it needs no new index.
    var noticesAtLevel: (String) throws -> [String] = { _ in [] }

    /// nil when nothing is filtered; `.matchNothing` when a name filter matches no notice.
    func compile(_ filters: SearchFilters) throws -> Query? {
        typealias P = IndexSchema.Prefix
        var parts: [Query] = []
        if let agency = filters.agency {
            // 市场监管局 finds 市场监督管理局: any way of writing the agency (agency-aliases.txt) may be in its name.
            parts.append(try names(P.agency, containingAnyOf: AgencyAliases.shared.variants(of: agency)))
        }
        if let exactAgency = filters.exactAgency { parts.append(.term(StoredTerms.agency(exactAgency))) }
        if let region = filters.region { parts.append(try names(P.region, containingAnyOf: [region])) }
        if let inspection = filters.inspection { parts.append(.term(StoredTerms.inspection(inspection))) }
        if let level = filters.level {
            let keys = try noticesAtLevel(level)
            parts.append(keys.isEmpty ? .matchNothing : .or(keys.map { .term(StoredTerms.notice($0)) }))
        }
        if let role = filters.role { parts.append(.term(StoredTerms.role(role))) }
        if !filters.anyOfRoles.isEmpty {
            parts.append(.or(filters.anyOfRoles.map { .term(StoredTerms.role($0)) }))
        }
        if let year = filters.year { parts.append(.term(StoredTerms.year(year))) }
        if filters.from != nil || filters.to != nil {
            let from = (filters.from ?? "0000-00-00").replacingOccurrences(of: "-", with: "")
            let to = (filters.to ?? "9999-99-99").replacingOccurrences(of: "-", with: "")
            let dated = Query.valueRange(slot: IndexSchema.Slot.date, from: from, to: to)
            // A notice dated only by the year its title names is in the range when that year meets it.
            let years = (Int(from.prefix(4)) ?? 0)...(Int(to.prefix(4)) ?? 9999)
            let undated = try termsWithPrefix(P.undatedYear).filter { term in
                StoredTerms.year(ofUndated: term).map(years.contains) ?? false
            }
            parts.append(undated.isEmpty ? dated : .or([dated] + undated.map { .term($0) }))
        }
        guard !parts.isEmpty else { return nil }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private func names(_ prefix: String, containingAnyOf texts: [String]) throws -> Query {
        // Compared as UTF-8 bytes: a substring of valid UTF-8 is found only at character boundaries, and it is
        // many times faster than Foundation's search over the thousands of names a large index holds.
        let wanted = texts.map { Array($0.trimmingCharacters(in: .whitespacesAndNewlines).utf8) }
        let skip = prefix.utf8.count
        let matching = try termsWithPrefix(prefix).filter { term in
            var term = term
            return term.withUTF8 { bytes in
                let name = UnsafeBufferPointer(rebasing: bytes.dropFirst(skip))
                return wanted.contains { Self.contains(name, $0) }
            }
        }
        guard !matching.isEmpty else { return .matchNothing }
        return matching.count == 1 ? .term(matching[0]) : .or(matching.map { .term($0) })
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
