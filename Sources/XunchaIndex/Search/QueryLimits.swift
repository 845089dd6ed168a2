/// How much one query may ask for, so that every accepted query answers quickly: a query past these limits
/// is refused with a sentence rather than left to run for minutes. A repeated part counts once
/// (`a OR a OR …` is `a`).
enum QueryLimits {
    /// Characters of query text: a long pasted paragraph or two fit.
    static let maximumLength = 10_000
    /// Phrases and runs of free words that operators and brackets join: each is matched on its own.
    static let maximumOperands = 64

    static func checkLength(_ query: String) throws {
        let length = query.count
        guard length <= maximumLength else {
            throw IndexError.badQuery("the query is \(length) characters long; at most \(maximumLength) can be "
                + "searched for at once, so shorten it")
        }
    }

    static func checkOperands(_ expression: QueryExpression) throws {
        let operands = expression.operandCount
        guard operands <= maximumOperands else {
            throw IndexError.badQuery("the query joins \(operands) phrases and words; at most \(maximumOperands) "
                + "can be combined in one query, so shorten it")
        }
    }
}
