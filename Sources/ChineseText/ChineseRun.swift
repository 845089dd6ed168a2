import CSegmenter

/// A stretch of consecutive Chinese words, decoded for lexicon matching:
/// its scalars, their byte offsets, and where ICU put word boundaries.
///
/// Buffers are kept between runs of one text to avoid reallocating them.
struct ChineseRun {
    private(set) var scalars: [UInt32] = []
    /// Byte offset of each scalar in the text, then the offset where the run ends.
    private(set) var byteOffsets: [Int] = []
    /// Whether ICU put a word boundary before each scalar, then `true` for the end.
    private(set) var isBoundary: [Bool] = []

    var count: Int { scalars.count }

    /// Decodes the UTF-8 of `segments`, which must be adjacent.
    mutating func load(_ segments: ArraySlice<csg_segment>, of bytes: UnsafeBufferPointer<UInt8>) {
        scalars.removeAll(keepingCapacity: true)
        byteOffsets.removeAll(keepingCapacity: true)
        isBoundary.removeAll(keepingCapacity: true)
        for segment in segments {
            var offset = Int(segment.start)
            let end = Int(segment.end)
            var startsWord = true
            while offset < end {
                let (scalar, length) = Self.decodeScalar(in: bytes, at: offset, end: end)
                scalars.append(scalar)
                byteOffsets.append(offset)
                isBoundary.append(startsWord)
                startsWord = false
                offset += length
            }
        }
        byteOffsets.append(Int(segments.last?.end ?? 0))
        isBoundary.append(true)
    }

    /// Decodes one scalar of well-formed UTF-8 (Swift strings always are).
    @inline(__always)
    private static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> (UInt32, Int) {
        let firstByte = UInt32(bytes[offset])
        let length = firstByte < 0x80 ? 1 : firstByte < 0xE0 ? 2 : firstByte < 0xF0 ? 3 : 4
        guard offset + length <= end else { return (firstByte, 1) }
        switch length {
        case 1:
            return (firstByte, 1)
        case 2:
            return ((firstByte & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2)
        case 3:
            return ((firstByte & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
                | UInt32(bytes[offset + 2] & 0x3F), 3)
        default:
            return ((firstByte & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F), 4)
        }
    }
}
