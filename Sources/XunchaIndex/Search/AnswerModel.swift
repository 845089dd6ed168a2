import Foundation
import NoticeParsing

/// Which words a measure uses when it answers a problem like the query's, learned from the notices' own
/// problem→measure links.
///
/// Every measure is indexed under the words of the problem it answers (prefix `X`) as well as its own, so a
/// search for a problem finds the measures other notices linked to problems worded like it. The words that set
/// the best of those measures apart from the whole index are the words of an answer: each word is weighed by
/// the Robertson–Spärck Jones relevance weight, its share among them against its share of all paragraphs (a
/// co-occurrence association of the query's problem words with measure words over the links). A measure that
/// holds many of them answers the query's problem, whatever words its own problem was put in. The links and the
/// word counts are the index's own, so the association grows with the corpus and follows every incremental
/// update; nothing else is stored.
/// How many measures it is drawn from and how many words it keeps are `Ranking.answerMeasures` and
/// `Ranking.answerWords`.
struct AnswerModel {
    /// Answer words and their weights, strongest first.
    let words: [(word: String, weight: Double)]
    /// Each word's UTF-8, looked for in a measure's as `grep -F` would: Foundation's `contains` compares
    /// characters through locale-aware folding, and made most of a `measures` query's time.
    private let utf8Words: [[UInt8]]

    init(words: [(word: String, weight: Double)]) {
        self.words = words
        self.utf8Words = words.map { Array($0.word.utf8) }
    }

    static let empty = AnswerModel(words: [])

    /// The share of the answer words' weight that the text holds, 0 to 1.
    func score(of text: String) -> Double {
        let total = words.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        var held = 0.0
        for (word, bytes) in zip(words, utf8Words) where MatchVerifier.bytes(of: text, contain: bytes) {
            held += word.weight
        }
        return held / total
    }

    /// The relevance weight of a word found in `relevant` of `linked` measures and in `frequency` of `paragraphs`.
    static func weight(relevant: Int, linked: Int, frequency: Int, paragraphs: Int) -> Double {
        let (r, big, n, total) = (Double(relevant), Double(linked), Double(frequency), Double(paragraphs))
        let odds = ((r + 0.5) * (total - n - big + r + 0.5)) / ((n - r + 0.5) * (big - r + 0.5))
        return odds > 1 ? r * log(odds) : 0
    }
}

extension NoticeIndex {
    /// The answer words of the measures a search found, best first: no second search.
    func answerModel(fromMeasures measures: [ParagraphRecord]) throws -> AnswerModel {
        let linked = measures.prefix(ranking.answerMeasures)
        guard !linked.isEmpty else { return .empty }
        var found: [String: Int] = [:]
        for measure in linked {
            // Single characters are fragments of unknown words: they tell little and are in most texts.
            let words = Set(analyzer.tokens(in: measure.text).map(\.text)).filter { $0.count > 1 && !analyzer.isStopWord($0) }
            for word in words { found[word, default: 0] += 1 }
        }
        return try reading {
            let paragraphs = try database.documentCount
            var weighed: [(word: String, weight: Double)] = []
            for (word, relevant) in found {
                let frequency = try database.termFrequency(word)
                guard frequency > 0 else { continue }
                let weight = AnswerModel.weight(relevant: relevant, linked: linked.count, frequency: frequency,
                                                paragraphs: paragraphs)
                if weight > 0 { weighed.append((word, weight)) }
            }
            // Ties go by the word, so every reader of the same index draws the same words.
            let strongest = weighed.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.word < $1.word }
            return AnswerModel(words: Array(strongest.prefix(ranking.answerWords)))
        }
    }
}
