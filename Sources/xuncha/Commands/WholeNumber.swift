import ArgumentParser

/// Whole numbers typed on the command line, checked as they are parsed: the message names the option (the
/// parser adds it) and the range it takes, a value such as -1 is read as a number (not taken for an option),
/// and nothing later has to fear an overflow.
enum WholeNumber {
    static func parser(_ range: ClosedRange<Int>) -> (String) throws -> Int {
        { text in
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                throw ValidationError("give a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
    }

    /// The most hits one page may hold, and how far paging may skip: far beyond any corpus, and small enough
    /// that an offset plus a limit stays within what Xapian counts.
    static let hitLimits = 1...100_000
    static let hitOffsets = 0...10_000_000
}
