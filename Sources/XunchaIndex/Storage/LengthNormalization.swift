import SwiftXapian

/// BM25's length normalisation, applied once when a paragraph is indexed instead of on every query.
///
/// BM25 scores a word by `(k1 + 1) · f / (K + f)` with `K = k1 · (1 − b + b · length / averageLength)`.
/// Dividing the frequency `f` by `(1 − b + b · length / averageLength)` at indexing time gives the same score
/// with `b = 0` at query time, and then Xapian never reads a document's length: at 900,000 paragraphs those
/// reads were most of a query's time. Frequencies are stored multiplied by `scale` so that the rounding to
/// whole numbers costs little; `k1` is multiplied by the same factor to keep the curve's shape.
/// Its settings are `Ranking.StoredWeights`.
public enum LengthNormalization {
    /// The within-document frequency to store for a word seen `frequency` times in a paragraph of `length`
    /// words: at least 1, so that every word stays findable.
    static func storedFrequency(_ frequency: Int, paragraphLength length: Int, weights: Ranking.StoredWeights) -> Int {
        let normalizedLength = max(Double(length) / weights.pivotLength, weights.minimumNormalizedLength)
        let divisor = 1 - weights.b + weights.b * normalizedLength
        return max(1, Int((weights.scale * Double(frequency) / divisor).rounded()))
    }

    /// The query-time weighting that goes with frequencies stored with `weights`.
    static func weighting(_ weights: Ranking.StoredWeights) -> Weighting {
        .bm25(k1: weights.k1 * weights.scale, b: 0)
    }
}
