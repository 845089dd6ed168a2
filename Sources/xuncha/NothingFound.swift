import XunchaIndex

/// A reading command that found nothing: one line on stderr and exit status 1, whichever command it was.
struct NothingFound: Error, CustomStringConvertible {
    let description: String

    static let paragraphs = NothingFound(description: "no paragraphs match")
    static let precedents = NothingFound(description: "no precedents match")
    static let notices = NothingFound(description: "no notices match")

    /// The exit status of an error, the same across commands as in grep: 1 when what was asked for is not
    /// there (no hit, an unknown paragraph), 2 for everything else (usage, an index that cannot be read).
    static func status(of error: Error) -> Int32 {
        switch error {
        case is NothingFound: return 1
        case IndexError.unknownParagraph: return 1
        default: return 2
        }
    }
}
