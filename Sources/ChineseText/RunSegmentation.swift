/// How a run of Chinese text is cut into words: terms of the domain lexicon
/// stay whole, ICU's dictionary words fill the rest.
///
/// Forward maximum matching: at each position the longest acceptable lexicon
/// term wins; where none starts, ICU's word is taken, cut short where an
/// acceptable term starts inside it (ICU sometimes glues a character to a
/// term: 和三|重|一大).
struct RunSegmentation {
    let lexicon: Lexicon

    /// Scalars [start, end) of a run, and the lexicon term they are, if any.
    struct Piece {
        var start: Int
        var end: Int
        var term: Int32?
    }

    /// Words of at least this many scalars, when ICU found them, are searched
    /// for lexicon terms inside, to be indexed as parts.
    static let longWordLength = 4

    /// Appends the pieces of `run` to `pieces`; `excluded` is a term never to
    /// match (used to split a term into its own parts).
    func appendPieces(of run: ChineseRun, excluding excluded: Int32? = nil, to pieces: inout [Piece]) {
        var position = 0
        while position < run.count {
            if let term = acceptedTerm(in: run, at: position, excluding: excluded) {
                let end = position + lexicon.length(of: term)
                pieces.append(Piece(start: position, end: end, term: term))
                position = end
                continue
            }
            var end = position + 1
            while !run.isBoundary[end] { end += 1 }
            var cut = position + 1
            while cut < end && acceptedTerm(in: run, at: cut, excluding: excluded) == nil { cut += 1 }
            pieces.append(Piece(start: position, end: cut, term: nil))
            position = cut
        }
    }

    /// Lexicon terms inside scalars [start, end) of a run, by plain forward
    /// maximum matching: the parts of a long word ICU found whole.
    func termsInside(_ run: ChineseRun, from start: Int, to end: Int) -> [Int32] {
        var found: [Int32] = []
        var position = start
        while position < end - 1 {
            var longest: Int32?
            lexicon.matches(in: run.scalars, at: position) { term in
                guard position + lexicon.length(of: term) <= end, !(position == start && lexicon.length(of: term) == end - start)
                else { return false }
                longest = term
                return true
            }
            if let term = longest {
                found.append(term)
                position += lexicon.length(of: term)
            } else {
                position += 1
            }
        }
        return found
    }

    private func acceptedTerm(in run: ChineseRun, at position: Int, excluding excluded: Int32?) -> Int32? {
        var accepted: Int32?
        lexicon.matches(in: run.scalars, at: position) { term in
            guard term != excluded else { return false }
            let length = lexicon.length(of: term)
            guard Self.accepts(length: length,
                               startsAtWord: run.isBoundary[position],
                               endsAtWord: run.isBoundary[position + length]) else { return false }
            accepted = term
            return true
        }
        return accepted
    }

    /// Whether a lexicon term should override ICU's boundaries.
    ///
    /// Terms of four or more characters rarely match by accident, so they
    /// always win. Shorter ones must agree with ICU at both ends, or 培训费
    /// would cut 培训费用 into 培训费|用, and 整改 would cut 调整改革 into 调|整改|革.
    static func accepts(length: Int, startsAtWord: Bool, endsAtWord: Bool) -> Bool {
        length >= 4 || (startsAtWord && endsAtWord)
    }
}
