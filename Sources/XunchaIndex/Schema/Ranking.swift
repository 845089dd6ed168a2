/// Every setting that decides how hits are ranked, in one value, handed to the index that reads or writes with
/// it. Those that shape what the index stores (BM25's length normalisation, applied when a paragraph is indexed)
/// are part of the analysis signature, so changing one rebuilds existing indexes rather than leaving them scored
/// by the old values; all others are read at query time and need no rebuild.
public struct Ranking: Sendable, Equatable {
    /// BM25's length normalisation, stored with each word's frequency (see `LengthNormalization`).
    public struct StoredWeights: Sendable, Equatable {
        /// BM25's `b`: how much a long paragraph's words count for less.
        public var b = 0.5
        /// BM25's `k1`: how soon repeating a word stops adding to its score.
        public var k1 = 1.0
        /// The average paragraph length (words, context words included) the index is normalised against: the
        /// sample corpus's average, fixed so that adding files never changes stored frequencies.
        public var pivotLength = 84.0
        /// As in Xapian's BM25: a very short paragraph counts as half the average, not less.
        public var minimumNormalizedLength = 0.5
        /// Stored frequencies are this many times the normalised frequency, so rounding them costs little.
        public var scale = 8.0

        /// The weights as the analysis signature records them.
        var signature: String { "bm25 b=\(b) k1=\(k1) pivot=\(pivotLength) min=\(minimumNormalizedLength) scale=\(scale)" }
    }

    public var stored = StoredWeights()

    // Query time: the compiler (`QueryCompiler`).
    /// A query of more words than this scores only its `eliteSetSize` most telling ones.
    public var eliteSetThreshold = 6
    public var eliteSetSize = 6
    /// The words of a paragraph's context (its problem, its heading) against its own words: a paragraph matched
    /// only through its heading counts for less than one that says the word itself.
    public var contextWeight = 0.5
    /// The parts of a compound the index lacks, when some part of it is known, against whole words.
    public var knownPartWeight = 0.3
    /// A broader term brought in by a synonym group (三重一大 → 重大决策) against the query's own word and its
    /// equivalents.
    public var broaderWeight = 0.3
    /// For a term searched alone, the share of its score that only its own wording earns; its equivalents
    /// share the rest with it, so that a paragraph that says the term ranks above one that says an equivalent.
    public var ownWordingShare = 0.5

    // Query time: how much a word tells, by how common it is in Chinese at large (`WordInformativeness`).
    /// At or below this information, −log₂ of the word's share of general text (1 in 512: 没有, 问题), a word
    /// keeps only `commonWordWeight`.
    public var commonWordBits = 9.0
    /// At or above this information (1 in 16,384: 开会, 会计) a word counts fully.
    public var rareWordBits = 14.0
    /// The weight of the commonest words.
    public var commonWordWeight = 0.2

    // Query time: intent (`QueryIntent`).
    /// How far down the ranking the preferred role reaches, and how much it adds: a share of the best score,
    /// so that it reorders close hits without lifting a paragraph that barely matches over one that matches well.
    public var rerankDepth = 20
    public var preferenceBonus = 0.2

    // Query time: feedback (`FeedbackExpansion`).
    /// How many top hits are taken as relevant, how many of their characteristic words join the query, and
    /// the added words' weight against the query's own.
    public var feedbackDocuments = 10
    public var expansionTerms = 10
    public var feedbackWeight = 0.4

    // Query time: similar paragraphs.
    /// The characteristic words of a paragraph searched for its similar ones.
    public var similarTerms = 24

    // Query time: precedents (`precedents(for:)`, `AnswerModel`).
    /// How many hits are read to find precedents: at least `precedentHits`, and `precedentHitsPerResult` for
    /// each precedent asked for.
    public var precedentHits = 30
    public var precedentHitsPerResult = 6
    /// A measure that matches speaks for its problem, for this share of its score.
    public var measureForProblemWeight = 0.6
    /// How much the answer model counts against the likeness of the problems (both scaled to the best); 0 ranks
    /// by likeness alone.
    public var answerWeight = 0.5
    /// How many of the precedents most like the query the answer model reorders: a page of ten and three more.
    public var answerWindow = 13
    /// How many of the measures found, best first, the answer model is drawn from, and how many answer words
    /// it keeps.
    public var answerMeasures = 5
    public var answerWords = 20

    public init() {}

    /// The settings xuncha ranks with.
    public static let standard = Ranking()
}
