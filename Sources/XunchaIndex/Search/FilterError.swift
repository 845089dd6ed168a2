import NoticeParsing

/// A filter value that cannot be used, with the value and what would have been accepted. Each front end words
/// it for its users (the command line names its options).
public enum FilterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field a bad value was given for.
    public enum Field: String, Sendable {
        case agency, region, inspection, role, year, from, to
    }

    case unknownInspection(String, accepted: [String])
    case yearOutOfRange(Int, bounds: ClosedRange<Int>)
    case badDate(Field, text: String)
    case fromAfterTo(from: String, to: String)
    /// A role selects paragraphs, so it cannot narrow a list of notices.
    case roleOnNotices(ParagraphRole)

    public var description: String {
        switch self {
        case .unknownInspection(let value, let accepted):
            return "the inspection is \(accepted.joined(separator: " or ")), not '\(value)'"
        case .yearOutOfRange(let year, let bounds):
            return "the year \(year) is not from \(bounds.lowerBound) to \(bounds.upperBound)"
        case .badDate(let field, let text):
            return "the \(field.rawValue) date is not a date as YYYY-MM-DD: '\(text)'"
        case .fromAfterTo(let from, let to):
            return "the first day \(from) is after the last day \(to)"
        case .roleOnNotices(let role):
            return "the role \(role.rawValue) selects paragraphs, not notices"
        }
    }
}
