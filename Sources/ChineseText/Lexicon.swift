/// The domain terms to keep whole, indexed for matching at any position of a text.
///
/// Only terms made of ideographs take part: matching happens inside runs of
/// Chinese words, and Latin or digit runs are single tokens anyway.
struct Lexicon: Sendable {
    /// The terms, each with its scalars; a term's index is its identity.
    let terms: [String]
    private let termScalars: [[UInt32]]
    private let indexByTerm: [TermKey: Int32]
    /// Term indices by their first two scalars, longest term first.
    private let candidatesByOpening: [UInt64: [Int32]]
    /// One bit per scalar that opens some term: a cheap test before the dictionary.
    private let openingBits: [UInt64]

    init(terms candidates: some Sequence<String>) {
        var terms: [String] = []
        var indexByTerm: [TermKey: Int32] = [:]
        for term in candidates where Self.isMatchable(term) {
            let key = TermKey(term)
            guard indexByTerm[key] == nil else { continue }
            indexByTerm[key] = Int32(terms.count)
            terms.append(term)
        }
        let termScalars = terms.map { $0.unicodeScalars.map(\.value) }

        var candidatesByOpening: [UInt64: [Int32]] = [:]
        var openingBits = [UInt64](repeating: 0, count: Self.openingBitWords)
        for (index, scalars) in termScalars.enumerated() {
            candidatesByOpening[Self.opening(scalars[0], scalars[1]), default: []].append(Int32(index))
            if scalars[0] < Self.openingBitLimit {
                openingBits[Int(scalars[0] >> 6)] |= 1 << UInt64(scalars[0] & 63)
            }
        }
        for key in candidatesByOpening.keys {
            candidatesByOpening[key]!.sort { termScalars[Int($0)].count > termScalars[Int($1)].count }
        }

        self.terms = terms
        self.termScalars = termScalars
        self.indexByTerm = indexByTerm
        self.candidatesByOpening = candidatesByOpening
        self.openingBits = openingBits
    }

    var count: Int { terms.count }

    func index(of term: String) -> Int32? { indexByTerm[TermKey(term)] }

    func length(of term: Int32) -> Int { termScalars[Int(term)].count }

    /// The terms that occur in `scalars` at `position`, longest first.
    @inline(__always)
    func matches(in scalars: [UInt32], at position: Int, _ visit: (Int32) -> Bool) {
        guard position + 1 < scalars.count else { return }
        let first = scalars[position]
        guard first < Self.openingBitLimit,
              openingBits[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0,
              let candidates = candidatesByOpening[Self.opening(first, scalars[position + 1])]
        else { return }
        for candidate in candidates {
            let term = termScalars[Int(candidate)]
            guard position + term.count <= scalars.count else { continue }
            var offset = 2
            while offset < term.count && term[offset] == scalars[position + offset] { offset += 1 }
            if offset == term.count && visit(candidate) { return }
        }
    }

    /// Ideographs only, at least two of them.
    private static func isMatchable(_ term: String) -> Bool {
        // The common ideographs are checked by range before the slower property lookup.
        term.unicodeScalars.count >= 2
            && term.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || $0.properties.isIdeographic }
    }

    private static func opening(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }

    /// Ideographs lie below U+40000 (planes 0–3).
    private static let openingBitLimit: UInt32 = 0x40000
    private static let openingBitWords = Int(openingBitLimit) / 64
}
