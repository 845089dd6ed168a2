/// A query word excluded with a leading minus (`-三重一大`) looks like a short option to the argument parser,
/// which would refuse it as unknown. An argument whose minus is followed by a character that no option can
/// start with (anything outside ASCII, or a quote) is a query term: a leading space keeps the parser from
/// reading it as an option, and the query joins and trims its words anyway.
enum QueryArguments {
    static func protectingExclusions(_ arguments: [String]) -> [String] {
        var protected: [String] = []
        var afterTerminator = false
        for argument in arguments {
            if argument == "--" { afterTerminator = true }
            protected.append(!afterTerminator && isExclusion(argument) ? " " + argument : argument)
        }
        return protected
    }

    static func isExclusion(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), let next = argument.unicodeScalars.dropFirst().first else { return false }
        return !next.isASCII || next == "\"" || next == "'"
    }
}

extension Array where Element == String {
    /// The query as the user typed it: the words joined with spaces, without the space that
    /// `protectingExclusions` put before an excluded word.
    var queryText: String {
        map { $0.hasPrefix(" -") ? String($0.dropFirst()) : $0 }.joined(separator: " ")
    }
}
