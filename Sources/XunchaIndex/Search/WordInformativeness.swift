import ChineseText
import Foundation

/// How much a query word tells, judged by how common it is in Chinese at large: 太, 干, 没有 and 很多 are rare
/// in a few thousand notices, so BM25's IDF alone takes them for telling words, while the language at large
/// shows they say nothing of a problem. A word's weight grows with its information, −log₂ of its share of
/// general text, from `floor` for the commonest words to 1 at `rareBits`; words the frequency list does not
/// hold (rare words, strings of no general word) count fully.
enum WordInformativeness {
    /// At or below this information (a share of 1 in 512: 没有, 问题) a word keeps only the floor.
    static let commonBits = 9.0
    /// At or above this information (1 in 16,384: 开会, 会计) a word counts fully.
    static let rareBits = 14.0
    static let floor = 0.2

    static func weight(of word: String, analyzer: ChineseAnalyzer) -> Double {
        guard let share = analyzer.generalShare(of: word), share > 0 else { return 1 }
        let bits = -log2(share)
        return min(1, max(floor, floor + (1 - floor) * (bits - commonBits) / (rareBits - commonBits)))
    }
}
