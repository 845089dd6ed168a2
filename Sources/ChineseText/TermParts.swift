/// The smaller words inside each lexicon term, found by segmenting the term
/// as if it were not in the lexicon, and so on down: 中央八项规定精神 →
/// [中央, 八项规定, 八项, 规定, 精神]. Indexed with the term, they let a search
/// for 规定 find 八项规定. Single characters are left out: alone they mean little.
enum TermParts {
    static func compute(for lexicon: Lexicon, walk: WordWalk) -> [[String]] {
        var known = [[String]?](repeating: nil, count: lexicon.count)

        func parts(of term: Int32) -> [String] {
            if let parts = known[Int(term)] { return parts }
            var words: [Word] = []
            var text = lexicon.terms[Int(term)]
            text.withUTF8 { bytes in
                walk.forEachWord(in: bytes, excluding: term) { words.append($0) }
            }
            var found: [String] = []
            for word in words where word.text.unicodeScalars.count >= 2 {
                found.append(word.text)
                if let inner = word.term {
                    found += parts(of: inner)
                } else {
                    for inner in word.innerTerms { found += [lexicon.terms[Int(inner)]] + parts(of: inner) }
                }
            }
            let parts = distinct(found.filter { $0 != lexicon.terms[Int(term)] })
            known[Int(term)] = parts
            return parts
        }

        return (0..<lexicon.count).map { parts(of: Int32($0)) }
    }

    static func distinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
