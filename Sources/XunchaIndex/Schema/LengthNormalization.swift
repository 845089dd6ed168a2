import SwiftXapian

/// BM25's length normalisation, applied once when a paragraph is indexed instead of on every query.
///
/// BM25 scores a word by `(k1 + 1) · f / (K + f)` with `K = k1 · (1 − b + b · length / averageLength)`.
/// Dividing the frequency `f` by `(1 − b + b · length / averageLength)` at indexing time gives the same score
/// with `b = 0` at query time, and then Xapian never reads a document's length: at 900,000 paragraphs those
/// reads were most of a query's time. Frequencies are stored multiplied by `scale` so that the rounding to
/// whole numbers costs little; `k1` is multiplied by the same factor to keep the curve's shape.
public enum LengthNormalization {
    /// BM25's `b`: how much a long paragraph's words count for less.
    static let b = 0.5
    /// BM25's `k1`: how soon repeating a word stops adding to its score.
    static let k1 = 1.0
    /// The average paragraph length (words, context words included) the index is normalised against. It is
    /// the sample corpus's average, fixed so that adding files never changes stored frequencies.
    static let pivotLength = 84.0
    /// As in Xapian's BM25: a very short paragraph counts as half the average, not less.
    static let minimumNormalizedLength = 0.5
    /// Stored frequencies are this many times the normalised frequency.
    static let scale = 8.0

    /// The within-document frequency to store for a word seen `frequency` times in a paragraph of `length`
    /// words: at least 1, so that every word stays findable.
    static func storedFrequency(_ frequency: Int, paragraphLength length: Int) -> Int {
        let normalizedLength = max(Double(length) / pivotLength, minimumNormalizedLength)
        let divisor = 1 - b + b * normalizedLength
        return max(1, Int((scale * Double(frequency) / divisor).rounded()))
    }

    /// The query-time weighting that goes with stored frequencies.
    static let weighting = Weighting.bm25(k1: k1 * scale, b: 0)
}
