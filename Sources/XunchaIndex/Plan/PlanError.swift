/// What is wrong with feedback given to `plan`, each as one sentence for the user.
public enum PlanError: Error, CustomStringConvertible, Sendable, Equatable {
    case emptyFeedback
    case feedbackTooLarge(bytes: Int, limit: Int)
    case onlyNumbering(lines: Int)
    case onlyHeadings(lines: Int)
    case tooManyProblems(count: Int, limit: Int)
    case badPrecedentCount(Int)
    case notText
    case unreadableFile(source: String, reason: String)

    public var description: String {
        switch self {
        case .emptyFeedback:
            return "the feedback is empty: give the problems, one per line or numbered (1. （一） 一是…)"
        case .feedbackTooLarge(let bytes, let limit):
            return "the feedback is \(Self.size(bytes)), more than the \(Self.size(limit)) a plan takes: give the list of problems, not a whole document"
        case .onlyNumbering(let lines):
            return "the feedback's \(lines) line\(lines == 1 ? "" : "s") hold only numbering or punctuation, no problem to plan for"
        case .onlyHeadings(let lines):
            return "the feedback's \(lines) line\(lines == 1 ? " is a heading" : "s are all headings") (一、…方面), with no problem under \(lines == 1 ? "it" : "them")"
        case .tooManyProblems(let count, let limit):
            return "the feedback holds \(count) problems, more than the \(limit) a plan takes: split it into several plans"
        case .badPrecedentCount(let count):
            return "the number of precedents per problem must be between 1 and 10, not \(count)"
        case .unreadableFile(let source, let reason):
            return "cannot read the feedback in '\(source)': \(reason)"
        case .notText:
            return "the feedback is not text (UTF-8, UTF-16 or GB18030): save it as a .txt file, or paste it"
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? String(format: "%.1f MB", Double(bytes) / 1024 / 1024) : "\(bytes / 1024) KB"
    }
}
