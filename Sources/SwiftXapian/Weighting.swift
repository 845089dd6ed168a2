/// How matching documents are scored.
public enum Weighting: Equatable, Sendable {
    /// Okapi BM25, Xapian's default, with Xapian's default parameters.
    case bm25(k1: Double = 1, k2: Double = 0, k3: Double = 1, b: Double = 0.5,
              minNormalizedLength: Double = 0.5)
    /// Every match weighs 0: for pure filtering, usually sorted otherwise.
    case boolean
}
