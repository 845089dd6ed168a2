import ChineseText
import Foundation

/// How much a query word tells, judged by how common it is in Chinese at large: 太, 干, 没有 and 很多 are rare
/// in a few thousand notices, so BM25's IDF alone takes them for telling words, while the language at large
/// shows they say nothing of a problem. A word's weight grows with its information, −log₂ of its share of
/// general text, from `Ranking.commonWordWeight` for the commonest words to 1 at `Ranking.rareWordBits`; words
/// the frequency list does not hold (rare words, strings of no general word) count fully.
enum WordInformativeness {
    static func weight(of word: String, analyzer: ChineseAnalyzer, ranking: Ranking) -> Double {
        guard let share = analyzer.generalShare(of: word), share > 0 else { return 1 }
        let bits = -log2(share)
        let (floor, commonBits, rareBits) = (ranking.commonWordWeight, ranking.commonWordBits, ranking.rareWordBits)
        return min(1, max(floor, floor + (1 - floor) * (bits - commonBits) / (rareBits - commonBits)))
    }
}
