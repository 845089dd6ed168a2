import Foundation
/// The smaller words inside each lexicon term, found by segmenting the term
/// as if it were not in the lexicon, and so on down: 中央八项规定精神 →
/// [中央, 八项规定, 八项, 规定, 精神]. Indexed with the term, they let a search
/// for 规定 find 八项规定. Single characters are left out: alone they mean little.
enum TermParts {
    /// The parts of one lexicon term, from `cache` or worked out (and remembered) now: start-up then costs
    /// nothing for the thousands of terms a search never meets.
    static func parts(of term: Int32, lexicon: Lexicon, walk: WordWalk, cache: PartsCache) -> [String] {
        if let parts = cache[term] { return parts }
        var words: [Word] = []
        var text = lexicon.terms[Int(term)]
        text.withUTF8 { bytes in
            walk.forEachWord(in: bytes, excluding: term) { words.append($0) }
        }
        var found: [String] = []
        for word in words where word.text.unicodeScalars.count >= 2 {
            found.append(word.text)
            if let inner = word.term {
                found += parts(of: inner, lexicon: lexicon, walk: walk, cache: cache)
            } else {
                for inner in word.innerTerms {
                    found += [lexicon.terms[Int(inner)]] + parts(of: inner, lexicon: lexicon, walk: walk, cache: cache)
                }
            }
        }
        let parts = distinct(found.filter { $0 != lexicon.terms[Int(term)] })
        cache[term] = parts
        return parts
    }

    static func distinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}

/// Parts of lexicon terms already worked out, shared by every thread that analyses text.
final class PartsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [Int32: [String]] = [:]

    subscript(term: Int32) -> [String]? {
        get { lock.withLock { known[term] } }
        set { lock.withLock { known[term] = newValue } }
    }
}
