import XunchaIndex

extension FilterError {
    /// The error in the command line's words: the option and the value it was given.
    var sentence: String {
        switch self {
        case .unknownInspection(let value, let accepted):
            return "--inspection takes \(accepted.joined(separator: " or ")), not '\(value)'"
        case .yearOutOfRange(let year, _):
            return "--year takes a four-digit year, not '\(year)'"
        case .badDate(let field, let text):
            return "--\(field.rawValue) takes a date as YYYY-MM-DD, not '\(text)'"
        case .fromAfterTo(let from, let to):
            return "--from \(from) is after --to \(to)"
        case .roleOnNotices(let role):
            return "--role \(role.rawValue) selects paragraphs, not notices; give it to search instead"
        }
    }
}
