import Foundation

/// Reads the query language into a `QueryExpression`.
///
///     query    := sequence (OR sequence)*
///     sequence := unary ((AND | AND NOT | NOT | nothing) unary)*
///     unary    := (NOT | -) unary | primary
///     primary  := phrase | '(' query ')' | word+
///     phrase   := "…" | “…” | 「…」 | 『…』
///
/// Within a sequence, phrases, bracketed groups and whatever AND joins are required; bare words beside them
/// only rank the matches, and bare words alone are ranked and any of them may match. `NOT x` and `-x` exclude
/// x (a word after them is excluded as written, like a phrase) from what the rest of the query finds; a query
/// that only excludes is an error. It is forgiving where a reading is obvious: an unclosed quote runs to the
/// end, an unclosed bracket closes at the end, a stray `)` and an operator with nothing to join are ignored.
/// Control characters (NUL included) are dropped. Only ASCII brackets group: full-width （一） is text.
struct QueryParser {
    enum Lexeme: Equatable {
        case word(String), phrase(String)
        case and, or, not, minus, open, close
    }

    /// Opening quotation marks and the marks that close them.
    static let quotes: [Character: Set<Character>] = [
        "\"": ["\""], "＂": ["＂", "\""], "“": ["”", "“"], "「": ["」"], "『": ["』"],
    ]

    static func parse(_ query: String) throws -> QueryExpression {
        // Operators are found in the text as typed (folding would lowercase AND); words and phrases are
        // folded later, by analysis and by the verifier.
        let cleaned = String(String.UnicodeScalarView(query.unicodeScalars.filter {
            !($0.properties.generalCategory == .control && $0 != "\t" && $0 != "\n")
        }))
        try QueryLimits.checkLength(cleaned)
        var parser = Cursor(lexemes: lex(cleaned))
        switch parser.query() {
        case .include(let expression)?:
            try QueryLimits.checkOperands(expression)
            return expression
        case .exclude?:
            throw IndexError.badQuery("'\(query.prefix(80))' only excludes: NOT and - remove paragraphs from what "
                + "the rest of the query finds, so add a word or phrase to search for")
        case nil:
            throw IndexError.badQuery("'\(query.prefix(80))' has no words or phrases to search for")
        }
    }

    static func lex(_ text: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var characters = Substring(text)
        while let first = characters.first {
            if first.isWhitespace { characters.removeFirst(); continue }
            if first == "(" { lexemes.append(.open); characters.removeFirst(); continue }
            if first == ")" { lexemes.append(.close); characters.removeFirst(); continue }
            if first == "-", let next = characters.dropFirst().first, !next.isWhitespace {
                lexemes.append(.minus); characters.removeFirst(); continue
            }
            if let closers = quotes[first] {
                characters.removeFirst()
                let end = characters.firstIndex(where: closers.contains) ?? characters.endIndex
                let phrase = String(characters[..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
                characters = end == characters.endIndex ? "" : characters[characters.index(after: end)...]
                if !phrase.isEmpty { lexemes.append(.phrase(phrase)) }
                continue
            }
            let end = characters.firstIndex { $0.isWhitespace || $0 == "(" || $0 == ")" || quotes[$0] != nil }
                ?? characters.endIndex
            let word = String(characters[..<end])
            characters = characters[end...]
            switch word {
            case "AND", "&&": lexemes.append(.and)
            case "OR", "||": lexemes.append(.or)
            case "NOT": lexemes.append(.not)
            default: lexemes.append(.word(word))
            }
        }
        return lexemes
    }

    /// What a part of the query asks for: paragraphs matching an expression, or every paragraph but those
    /// matching it (only allowed where something else in the query includes).
    enum Signed: Equatable {
        case include(QueryExpression)
        case exclude(QueryExpression)
    }

    /// Recursive descent over the lexemes, resolving NOT by De Morgan's laws as it goes.
    struct Cursor {
        var lexemes: [Lexeme]
        var position = 0
        /// Brackets nested deeper than this are read as plain grouping of nothing: bounded recursion.
        static let maximumDepth = 32
        var depth = 0

        var peek: Lexeme? { position < lexemes.count ? lexemes[position] : nil }

        mutating func query() -> Signed? {
            var alternatives: [Signed] = []
            while let lexeme = peek {
                switch lexeme {
                case .or:
                    position += 1
                case .close:
                    position += 1
                    if depth > 0 { return Self.either(alternatives) }
                default:
                    if let alternative = sequence() { alternatives.append(alternative) }
                }
            }
            return Self.either(alternatives)
        }

        /// `a OR b`. When one side excludes, so does the whole: NOT x OR y = NOT (x AND NOT y).
        static func either(_ alternatives: [Signed]) -> Signed? {
            guard !alternatives.isEmpty else { return nil }
            if alternatives.count == 1 { return alternatives[0] }
            var included: [QueryExpression] = []
            var excluded: [QueryExpression] = []
            for alternative in alternatives {
                switch alternative {
                case .include(let expression): included.append(expression)
                case .exclude(let expression): excluded.append(expression)
                }
            }
            guard !excluded.isEmpty else { return .include(anyOf(included)) }
            let allExcluded = allOf(excluded)
            return .exclude(included.isEmpty ? allExcluded : .andNot(allExcluded, anyOf(included)))
        }

        private struct Item {
            var signed: Signed
            /// A phrase, a bracketed group, or joined by AND: it must match. Bare words only rank.
            var required: Bool
            var words: String?
        }

        /// Units up to the next OR or closing bracket, joined by AND, AND NOT, NOT or nothing.
        mutating func sequence() -> Signed? {
            var items: [Item] = []
            var joined = false
            while let lexeme = peek, lexeme != .or, lexeme != .close {
                if lexeme == .and {
                    position += 1
                    if !items.isEmpty { items[items.count - 1].required = true; joined = true }
                    continue
                }
                guard var item = unary() else { continue }
                item.required = item.required || joined
                joined = false
                items.append(item)
            }
            return Self.combine(items)
        }

        private static func combine(_ items: [Item]) -> Signed? {
            var required: [QueryExpression] = []
            var rankingWords: [String] = []
            var excluded: [QueryExpression] = []
            for item in items {
                switch item.signed {
                case .exclude(let expression): excluded.append(expression)
                case .include(let expression):
                    if let words = item.words, !item.required { rankingWords.append(words) } else { required.append(expression) }
                }
            }
            let words = rankingWords.isEmpty ? nil : rankingWords.joined(separator: " ")
            let included: QueryExpression?
            switch (required.isEmpty, words) {
            case (true, nil): included = nil
            case (true, let words?): included = .text(words)
            case (false, nil): included = allOf(required)
            case (false, let words?): included = .ranked(allOf(required), by: words)
            }
            guard !excluded.isEmpty else { return included.map { .include($0) } }
            guard let included else { return .exclude(anyOf(excluded)) }
            return .include(.andNot(included, anyOf(excluded)))
        }

        /// AND and OR of parts, a part repeated counting once (`a OR a OR …` costs what `a` does).
        static func allOf(_ parts: [QueryExpression]) -> QueryExpression {
            let distinct = withoutRepeats(parts)
            return distinct.count == 1 ? distinct[0] : .and(distinct)
        }

        static func anyOf(_ parts: [QueryExpression]) -> QueryExpression {
            let distinct = withoutRepeats(parts)
            return distinct.count == 1 ? distinct[0] : .or(distinct)
        }

        static func withoutRepeats(_ parts: [QueryExpression]) -> [QueryExpression] {
            var seen = Set<QueryExpression>()
            return parts.filter { seen.insert($0).inserted }
        }

        private mutating func unary() -> Item? {
            guard let lexeme = peek else { return nil }
            if lexeme == .not || lexeme == .minus {
                position += 1
                // NOT with nothing after it excludes nothing; NOT before words excludes the first only.
                guard let negated = peek == .not || peek == .minus ? unary() : primary(oneWord: true) else { return nil }
                switch negated.signed {
                case .include(let expression): return Item(signed: .exclude(Self.asWritten(expression)), required: true)
                case .exclude(let expression): return Item(signed: .include(expression), required: true)
                }
            }
            return primary()
        }

        /// What an exclusion removes: words as written, like phrases (NOT 学校 removes every paragraph
        /// holding 学校); words that only ranked say nothing of what is removed.
        static func asWritten(_ expression: QueryExpression) -> QueryExpression {
            switch expression {
            case .phrase: return expression
            case .text(let text): return anyOf(text.split(whereSeparator: \.isWhitespace).map { .phrase(String($0)) })
            case .and(let parts): return .and(parts.map(asWritten))
            case .or(let parts): return .or(parts.map(asWritten))
            case .andNot(let positive, let negative): return .andNot(asWritten(positive), negative)
            case .ranked(let required, _): return asWritten(required)
            }
        }

        private mutating func primary(oneWord: Bool = false) -> Item? {
            guard let lexeme = peek else { return nil }
            switch lexeme {
            case .phrase(let phrase):
                position += 1
                return Item(signed: .include(.phrase(phrase)), required: true)
            case .word(let word):
                position += 1
                var words = [word]
                while !oneWord, case .word(let more)? = peek { words.append(more); position += 1 }
                let text = words.joined(separator: " ")
                return Item(signed: .include(.text(text)), required: false, words: text)
            case .open:
                position += 1
                guard depth < Self.maximumDepth else {
                    // Too deep: further opening brackets are skipped rather than recursed into.
                    while peek == .open { position += 1 }
                    return nil
                }
                depth += 1
                defer { depth -= 1 }
                return query().map { Item(signed: $0, required: true) }
            case .and:
                // Nothing before it to join: ignored.
                position += 1
                return nil
            case .or, .close:
                // Only reached after NOT or -: left for the enclosing sequence and query to read.
                return nil
            case .not, .minus:
                return unary()
            }
        }
    }
}
