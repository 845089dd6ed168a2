import Foundation
import NoticeParsing

/// A paragraph as a user names it: `SOURCE:LINE`, or a hit's short id. A front end parses what was typed once,
/// with `init(parsing:)`; the library then works with the location or id, never with the text again.
public struct ParagraphReference: Hashable, Sendable, CustomStringConvertible {
    public enum Target: Hashable, Sendable {
        case location(ParagraphLocation)
        /// A short id, as typed; ids are matched without regard to case.
        case id(String)
    }

    public let target: Target
    /// The reference as it was written (spaces around it dropped), for messages.
    public let description: String

    /// `SOURCE:LINE` when the text ends in `:` and a number (the source may hold colons itself), else an id.
    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        description = trimmed
        if let colon = trimmed.lastIndex(of: ":"), let line = Int(trimmed[trimmed.index(after: colon)...]) {
            target = .location(ParagraphLocation(source: String(trimmed[..<colon]), line: line))
        } else {
            target = .id(trimmed)
        }
    }

    public init(_ location: ParagraphLocation) {
        target = .location(location)
        description = location.description
    }

    /// The unique term of the paragraph in the index.
    var term: String {
        switch target {
        case .location(let location): StoredTerms.paragraph(location)
        case .id(let id): StoredTerms.shortID(id.lowercased())
        }
    }
}
