/// How often words occur in Chinese at large (Resources/word-frequencies.txt, from jieba's dictionary).
///
/// A small corpus cannot tell a general word (太, 干, 没有) from a rare domain word: both are rare in it.
/// The language at large can. The file is kept as its bytes and searched by binary search over its
/// sorted lines, so that a start-up costs one pass to find the lines, not 36,000 dictionary insertions.
struct GeneralWordFrequencies: Sendable {
    private let bytes: [UInt8]
    /// Where each `word<TAB>count` line starts, in the file's (byte) order.
    private let lineStarts: [Int32]
    /// The source's total count, of every word listed or not.
    let total: Double

    static let empty = GeneralWordFrequencies(text: "")

    init(text: String) {
        var bytes = Array(text.utf8)
        var lineStarts: [Int32] = []
        var total = 0.0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end > start && bytes[start] != 0x23 {
                if Self.field(bytes, from: start, to: end) == Array("total".utf8) {
                    total = Double(Self.count(bytes, from: start, to: end))
                } else {
                    lineStarts.append(Int32(start))
                }
            }
            start = end + 1
        }
        bytes.append(0x0A)
        self.bytes = bytes
        self.lineStarts = lineStarts
        self.total = total
    }

    /// The share of running text that is `word` (folded), or nil when the word is not listed: rarer than
    /// the file's threshold, or no word of the general language at all (a domain term, an unknown string).
    func share(of word: String) -> Double? {
        guard total > 0 else { return nil }
        let key = Array(word.utf8)
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            let start = Int(lineStarts[middle])
            switch compare(key, lineAt: start) {
            case 0: return Double(Self.count(bytes, from: start, to: bytes.count)) / total
            case ..<0: high = middle
            default: low = middle + 1
            }
        }
        return nil
    }

    /// The order of `key` against the word of the line at `start`, byte by byte.
    private func compare(_ key: [UInt8], lineAt start: Int) -> Int {
        var offset = 0
        while true {
            let lineByte = bytes[start + offset]
            let lineEnded = lineByte == 0x09 || lineByte == 0x0A
            if offset == key.count { return lineEnded ? 0 : -1 }
            if lineEnded { return 1 }
            if key[offset] != lineByte { return key[offset] < lineByte ? -1 : 1 }
            offset += 1
        }
    }

    private static func field(_ bytes: [UInt8], from start: Int, to end: Int) -> [UInt8] {
        var stop = start
        while stop < end && bytes[stop] != 0x09 { stop += 1 }
        return Array(bytes[start..<stop])
    }

    /// The number after the line's tab.
    private static func count(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var offset = start
        while offset < end && bytes[offset] != 0x09 && bytes[offset] != 0x0A { offset += 1 }
        offset += 1
        var value = 0
        while offset < end, (0x30...0x39).contains(bytes[offset]) {
            value = value * 10 + Int(bytes[offset] - 0x30)
            offset += 1
        }
        return value
    }
}
