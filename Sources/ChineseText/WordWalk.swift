import CSegmenter

/// A word of a text as segmentation finds it, before it becomes a Token.
struct Word {
    /// UTF-8 offsets in the text.
    var bytes: Range<Int>
    /// Folded and lowercased.
    var text: String
    /// The lexicon term the word is, if any.
    var term: Int32?
    /// For a long word that is no lexicon term: the lexicon terms inside it.
    var innerTerms: [Int32]
}

/// Walks the words of UTF-8 text: ICU segments the text; spaces and
/// punctuation are dropped, Latin and digit runs are single words, and runs of
/// Chinese words are cut again with the lexicon.
struct WordWalk {
    let segmentation: RunSegmentation

    func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, excluding excluded: Int32? = nil, _ visit: (Word) -> Void) {
        let segments = WordBreaker.segments(of: bytes)
        var run = ChineseRun()
        var pieces: [RunSegmentation.Piece] = []
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            switch segment.kind {
            case WordBreaker.ideographic:
                var runEnd = index + 1
                while runEnd < segments.count && segments[runEnd].kind == WordBreaker.ideographic { runEnd += 1 }
                run.load(segments[index..<runEnd], of: bytes)
                pieces.removeAll(keepingCapacity: true)
                segmentation.appendPieces(of: run, excluding: excluded, to: &pieces)
                for piece in pieces { visit(word(piece, of: run, in: bytes)) }
                index = runEnd
            case WordBreaker.none:
                index += 1
            default:
                let range = Int(segment.start)..<Int(segment.end)
                visit(Word(bytes: range, text: TextFolding.termForm(Self.string(range, of: bytes)), term: nil, innerTerms: []))
                index += 1
            }
        }
    }

    private func word(_ piece: RunSegmentation.Piece, of run: ChineseRun, in bytes: UnsafeBufferPointer<UInt8>) -> Word {
        let range = run.byteOffsets[piece.start]..<run.byteOffsets[piece.end]
        if let term = piece.term {
            return Word(bytes: range, text: segmentation.lexicon.terms[Int(term)], term: term, innerTerms: [])
        }
        let isLong = piece.end - piece.start >= RunSegmentation.longWordLength
        return Word(bytes: range,
                    text: Self.string(range, of: bytes),
                    term: nil,
                    innerTerms: isLong ? segmentation.termsInside(run, from: piece.start, to: piece.end) : [])
    }

    private static func string(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
