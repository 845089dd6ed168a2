import Foundation

/// Reads the query language into a `QueryExpression`. It is forgiving: an unclosed quote runs to the end,
/// an unclosed bracket closes at the end, a stray `)` is ignored, and an operator with nothing to join is
/// read as a word. Control characters (NUL included) are dropped. Only ASCII brackets group: full-width
/// （一） is text.
struct QueryParser {
    enum Lexeme: Equatable {
        case word(String), excluded(String), phrase(String), excludedPhrase(String)
        case and, or, not, open, close
    }

    static func parse(_ query: String) throws -> QueryExpression {
        // Operators are found in the text as typed (folding would lowercase AND); words and phrases are
        // folded later, by analysis and by the verifier.
        let cleaned = String(String.UnicodeScalarView(query.replacingOccurrences(of: "＂", with: "\"").unicodeScalars.filter {
            !($0.properties.generalCategory == .control && $0 != "\t" && $0 != "\n")
        }))
        var parser = Cursor(lexemes: lex(cleaned))
        guard let expression = parser.query() else {
            throw IndexError.badQuery("'\(query.prefix(80))' has no words or phrases to search for")
        }
        return expression
    }

    static func lex(_ text: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var characters = Substring(text)
        while let first = characters.first {
            if first.isWhitespace { characters.removeFirst(); continue }
            if first == "(" { lexemes.append(.open); characters.removeFirst(); continue }
            if first == ")" { lexemes.append(.close); characters.removeFirst(); continue }
            let excluded = first == "-" && characters.count > 1
            if excluded, characters.dropFirst().first == "\"" {
                characters.removeFirst()
            }
            if characters.first == "\"" {
                characters.removeFirst()
                let end = characters.firstIndex(of: "\"") ?? characters.endIndex
                let phrase = String(characters[..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
                characters = end == characters.endIndex ? "" : characters[characters.index(after: end)...]
                if !phrase.isEmpty { lexemes.append(excluded ? .excludedPhrase(phrase) : .phrase(phrase)) }
                continue
            }
            let end = characters.firstIndex { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == "\"" } ?? characters.endIndex
            let word = String(characters[..<end])
            characters = characters[end...]
            switch word {
            case "AND", "&&": lexemes.append(.and)
            case "OR", "||": lexemes.append(.or)
            case "NOT": lexemes.append(.not)
            default:
                if word.hasPrefix("-") && word.count > 1 {
                    lexemes.append(.excluded(String(word.dropFirst())))
                } else {
                    lexemes.append(.word(word))
                }
            }
        }
        return lexemes
    }

    /// Recursive descent over the lexemes; see `QueryExpression` for the grammar.
    struct Cursor {
        var lexemes: [Lexeme]
        var position = 0
        /// Brackets nested deeper than this are read as plain grouping of nothing: bounded recursion.
        static let maximumDepth = 32
        var depth = 0

        var peek: Lexeme? { position < lexemes.count ? lexemes[position] : nil }
        mutating func next() -> Lexeme? { defer { position += 1 }; return peek }

        mutating func query(nested: Bool = false) -> QueryExpression? {
            var clauses: [QueryExpression] = []
            var exclusions: [QueryExpression] = []
            while let lexeme = peek {
                switch lexeme {
                case .close:
                    position += 1
                    if nested { return combine(clauses, exclusions) }
                case .or:
                    position += 1
                    if clauses.isEmpty || peek == nil || peek == .close { clauses.append(.text("or")) }
                case .excluded(let word):
                    position += 1
                    exclusions.append(.text(word))
                case .excludedPhrase(let phrase):
                    position += 1
                    exclusions.append(.phrase(phrase))
                default:
                    if let clause = clause() { clauses.append(clause) }
                }
            }
            return combine(clauses, exclusions)
        }

        private func combine(_ clauses: [QueryExpression], _ exclusions: [QueryExpression]) -> QueryExpression? {
            let positive: QueryExpression? = clauses.isEmpty ? nil : (clauses.count == 1 ? clauses[0] : .or(clauses))
            if exclusions.isEmpty { return positive }
            let negative = exclusions.count == 1 ? exclusions[0] : .or(exclusions)
            return .andNot(positive ?? .everything, negative)
        }

        private mutating func clause() -> QueryExpression? {
            guard var left = primary() else { return nil }
            while let lexeme = peek, lexeme == .and || lexeme == .not {
                position += 1
                guard let right = primary() else {
                    left = .or([left, .text(lexeme == .and ? "and" : "not")])
                    break
                }
                left = lexeme == .and ? .and([left, right]) : .andNot(left, right)
            }
            return left
        }

        private mutating func primary() -> QueryExpression? {
            guard let lexeme = peek else { return nil }
            switch lexeme {
            case .phrase(let phrase):
                position += 1
                return .phrase(phrase)
            case .word(let word):
                position += 1
                var words = [word]
                while case .word(let more)? = peek { words.append(more); position += 1 }
                return .text(words.joined(separator: " "))
            case .open:
                position += 1
                guard depth < Self.maximumDepth else {
                    // Too deep: further opening brackets are skipped rather than recursed into.
                    while peek == .open { position += 1 }
                    return peek == nil ? nil : primary()
                }
                depth += 1
                defer { depth -= 1 }
                return query(nested: true)
            case .and, .not:
                // An operator with nothing before it is just a word.
                position += 1
                return .text(lexeme == .and ? "and" : "not")
            case .excluded, .excludedPhrase, .or, .close:
                return nil
            }
        }
    }
}
