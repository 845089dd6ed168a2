import Foundation

/// The encoding of a text file read in pieces, decided as `TextDecoding` decides it for a file read whole:
/// UTF-16 with a byte-order mark, else UTF-8, else GB18030; NUL bytes, or many control characters at the start,
/// mean the file is not text.
public struct TextEncodingScan {
    public enum Encoding: Sendable { case utf8, utf16LittleEndian, utf16BigEndian, gb18030 }

    private var head: [UInt8] = []
    private var total = 0
    private var hasNUL = false
    private var utf8 = UTF8Check()
    private var gb18030 = GB18030Check()

    public init() {}

    public mutating func add(_ chunk: Data) {
        if head.count < 65_536 { head += chunk.prefix(65_536 - head.count) }
        total += chunk.count
        if !hasNUL { hasNUL = chunk.contains(0) }
        var body = chunk[...]
        // The GB18030 check, like the decoder, starts after a UTF-8 byte-order mark.
        if total == chunk.count, body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        utf8.add(chunk)
        gb18030.add(body)
    }

    /// The encoding, or nil for an empty file. Throws `CorpusFileError` when the bytes are not text.
    public func encoding(source: String) throws -> Encoding? {
        if total == 0 { return nil }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            guard total % 2 == 0 else { throw CorpusFileError(source: source, reason: "not valid UTF-8, UTF-16 or GB18030") }
            return head[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
        }
        if hasNUL { throw CorpusFileError(source: source, reason: "not text: contains NUL bytes") }
        if TextDecoding.looksBinary(head) { throw CorpusFileError(source: source, reason: "not text: too many control characters") }
        if utf8.isValid { return .utf8 }
        if gb18030.isWellFormed { return .gb18030 }
        throw CorpusFileError(source: source, reason: "not valid UTF-8, UTF-16 or GB18030")
    }

    /// UTF-8 validity of bytes that arrive in pieces: a sequence cut by the end of a piece waits for the next.
    private struct UTF8Check {
        private(set) var valid = true
        private var carry: [UInt8] = []
        var isValid: Bool { valid && carry.isEmpty }

        mutating func add(_ chunk: Data) {
            guard valid else { return }
            let bytes = carry + chunk
            let cut = TextLines.completeUTF8Prefix(bytes)
            valid = String(validating: bytes[..<cut], as: UTF8.self) != nil
            carry = Array(bytes[cut...])
        }
    }

    /// The structural check of GB18030 (`TextDecoding.isWellFormedGB18030`) over bytes that arrive in pieces.
    private struct GB18030Check {
        private(set) var valid = true
        private var carry: [UInt8] = []
        var isWellFormed: Bool { valid && carry.isEmpty }

        mutating func add(_ chunk: Data.SubSequence) {
            guard valid else { return }
            let bytes = carry + chunk
            guard let cut = TextLines.completeGB18030Prefix(bytes) else { valid = false; return }
            carry = Array(bytes[cut...])
        }
    }
}

/// The physical lines of a text file read in pieces, numbered from 1 as `PhysicalLines` numbers those of the
/// whole text, each kept to `maximumLineBytes`: memory stays bounded however long the file or its lines.
public struct TextLines {
    private let encoding: TextEncodingScan.Encoding
    private let source: String
    private let maximumLineBytes: Int
    private var undecoded: [UInt8] = []
    private var started = false
    private var line = ""
    private var lineNumber = 1
    private var afterCR = false
    /// Set while the rest of a line too long to keep is skipped.
    private var skippingRest = false
    /// Lines longer than `maximumLineBytes`, kept to their beginning.
    public private(set) var shortenedLines: [Int] = []

    public init(encoding: TextEncodingScan.Encoding, source: String, maximumLineBytes: Int = ParagraphLength.maximumBytes) {
        self.encoding = encoding
        self.source = source
        self.maximumLineBytes = maximumLineBytes
    }

    /// The lines the piece completes.
    public mutating func add(_ chunk: Data) throws -> [SourceParagraph] {
        var bytes = undecoded + chunk
        if !started {
            started = true
            switch encoding {
            case .utf8 where bytes.starts(with: [0xEF, 0xBB, 0xBF]): bytes.removeFirst(3)
            case .utf16LittleEndian, .utf16BigEndian: bytes.removeFirst(min(2, bytes.count))
            default: break
            }
        }
        let cut: Int
        switch encoding {
        case .utf8: cut = Self.completeUTF8Prefix(bytes)
        case .gb18030: cut = Self.completeGB18030Prefix(bytes) ?? bytes.count
        case .utf16LittleEndian, .utf16BigEndian: cut = Self.completeUTF16Prefix(bytes, littleEndian: encoding == .utf16LittleEndian)
        }
        undecoded = Array(bytes[cut...])
        return lines(in: try decode(bytes[..<cut]))
    }

    /// The last line, once the whole file has been added.
    public mutating func finish() throws -> [SourceParagraph] {
        var paragraphs: [SourceParagraph] = []
        if !undecoded.isEmpty {
            paragraphs = lines(in: try decode(undecoded[...]))
            undecoded = []
        }
        if !line.isEmpty || skippingRest { paragraphs.append(endLine()) }
        return paragraphs
    }

    private func decode(_ bytes: ArraySlice<UInt8>) throws -> String {
        if bytes.isEmpty { return "" }
        let invalid = CorpusFileError(source: source, reason: "not valid UTF-8, UTF-16 or GB18030")
        switch encoding {
        case .utf8:
            guard let text = String(validating: bytes, as: UTF8.self) else { throw invalid }
            return text
        case .gb18030:
            guard let text = String(data: Data(bytes), encoding: TextDecoding.gb18030) else { throw invalid }
            return text
        case .utf16LittleEndian, .utf16BigEndian:
            guard let text = String(data: Data(bytes), encoding: encoding == .utf16LittleEndian ? .utf16LittleEndian : .utf16BigEndian)
            else { throw invalid }
            return text
        }
    }

    /// Splits decoded text at `\n`, `\r\n` and a lone `\r`, a `\r\n` possibly cut between two pieces.
    private mutating func lines(in text: String) -> [SourceParagraph] {
        var text = text
        text.makeContiguousUTF8()
        var paragraphs: [SourceParagraph] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b == 0x0A && afterCR && i == start {
                    afterCR = false
                    start = i + 1
                    continue
                }
                afterCR = false
                guard b == 0x0A || b == 0x0D else { continue }
                append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                paragraphs.append(endLine())
                afterCR = b == 0x0D
                start = i + 1
            }
            append(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return paragraphs
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !skippingRest, !bytes.isEmpty else { return }
        line += String(decoding: bytes, as: UTF8.self)
        if line.utf8.count > maximumLineBytes {
            line = ParagraphLength.capped(line, to: maximumLineBytes)
            skippingRest = true
        }
    }

    private mutating func endLine() -> SourceParagraph {
        if skippingRest { shortenedLines.append(lineNumber) }
        let paragraph = SourceParagraph(number: lineNumber, text: line)
        line = ""
        skippingRest = false
        lineNumber += 1
        return paragraph
    }

    /// The length of the longest beginning of `bytes` that ends between UTF-8 sequences.
    static func completeUTF8Prefix(_ bytes: [UInt8]) -> Int {
        var i = bytes.count
        var back = 0
        while i > 0 && back < 4 {
            i -= 1; back += 1
            let b = bytes[i]
            if b & 0xC0 == 0x80 { continue }
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            return i + length <= bytes.count ? bytes.count : i
        }
        return bytes.count
    }

    /// The length of the longest beginning of `bytes` made of whole GB18030 sequences, or nil when they are
    /// not well formed (see `TextDecoding.isWellFormedGB18030`).
    static func completeGB18030Prefix(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(c) else { return nil }
            guard i + 1 < b.count else { return i }
            let d = b[i + 1]
            if (0x40...0x7E).contains(d) || (0x80...0xFE).contains(d) { i += 2; continue }
            guard (0x30...0x39).contains(d) else { return nil }
            guard i + 3 < b.count else {
                if i + 2 < b.count, !(0x81...0xFE).contains(b[i + 2]) { return nil }
                return i
            }
            guard (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) else { return nil }
            i += 4
        }
        return i
    }

    /// The length of the longest beginning of `bytes` made of whole UTF-16 units that does not end inside a
    /// surrogate pair.
    static func completeUTF16Prefix(_ bytes: [UInt8], littleEndian: Bool) -> Int {
        var cut = bytes.count & ~1
        if cut >= 2 {
            let unit = littleEndian ? UInt16(bytes[cut - 1]) << 8 | UInt16(bytes[cut - 2])
                                    : UInt16(bytes[cut - 2]) << 8 | UInt16(bytes[cut - 1])
            if (0xD800...0xDBFF).contains(unit) { cut -= 2 }
        }
        return cut
    }
}
