import ChineseText

/// Finds the parts of a paragraph to highlight: its words that the query searched for (synonyms included,
/// so users see why a hit matched) and the query's exact phrases.
struct Highlighter {
    let analyzer: ChineseAnalyzer
    let terms: Set<String>
    let phrases: [String]

    func ranges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        if !terms.isEmpty {
            for token in analyzer.tokens(in: text) where terms.contains(token.text) || token.parts.contains(where: terms.contains) {
                ranges.append(token.range)
            }
        }
        if !phrases.isEmpty {
            // Folding keeps one character for one, so offsets found in the folded text hold in the original.
            let folded = Array(TextFolding.fold(text))
            let offsets = Array(text.indices)
            for phrase in phrases {
                let wanted = Array(TextFolding.fold(phrase).trimmingCharacters(in: .whitespacesAndNewlines))
                guard !wanted.isEmpty, wanted.count <= folded.count else { continue }
                var start = 0
                while start + wanted.count <= folded.count {
                    if folded[start] == wanted[0] && Array(folded[start..<start + wanted.count]) == wanted {
                        let end = start + wanted.count
                        ranges.append(offsets[start]..<(end < offsets.count ? offsets[end] : text.endIndex))
                        start = end
                    } else {
                        start += 1
                    }
                }
            }
        }
        return Self.merged(ranges)
    }

    /// Sorted, with overlapping or touching ranges joined.
    static func merged(_ ranges: [Range<String.Index>]) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
