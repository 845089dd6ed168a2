import Foundation
import CoreFoundation

/// Turns a corpus file's bytes into text. Tries, in order: UTF-16 with a byte-order mark, UTF-8 (BOM stripped),
/// GB18030 (which covers GBK and GB2312). Binary data is refused before any attempt.
enum TextDecoding {
    static func decode(_ data: Data, source: String) throws -> String {
        if data.isEmpty { return "" }
        let bytes = [UInt8](data)

        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return try decodeUTF16(bytes.dropFirst(2), encoding: .utf16LittleEndian, source: source)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return try decodeUTF16(bytes.dropFirst(2), encoding: .utf16BigEndian, source: source)
        }
        // NUL never occurs in UTF-8 or GB18030 text; without a UTF-16 BOM it means binary.
        if bytes.contains(0) {
            throw CorpusFileError(source: source, reason: "not text: contains NUL bytes")
        }
        if looksBinary(bytes) {
            throw CorpusFileError(source: source, reason: "not text: too many control characters")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        if let text = decodeGB18030(Data(body)) { return text }
        throw CorpusFileError(source: source, reason: "not valid UTF-8, UTF-16 or GB18030")
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, encoding: String.Encoding, source: String) throws -> String {
        guard body.count % 2 == 0, let text = String(data: Data(body), encoding: encoding) else {
            throw CorpusFileError(source: source, reason: "not valid UTF-8, UTF-16 or GB18030")
        }
        return text
    }

    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
        CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    /// GB18030 only when every byte sequence is well formed: Foundation's converter is the judge, after a
    /// structural check that refuses what it might otherwise let through (a dangling first byte of a pair, 0x80, 0xFF).
    static func decodeGB18030(_ data: Data) -> String? {
        guard isWellFormedGB18030([UInt8](data)) else { return nil }
        return String(data: data, encoding: gb18030)
    }

    static func isWellFormedGB18030(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(c), i + 1 < b.count else { return false }
            let d = b[i + 1]
            if (0x40...0x7E).contains(d) || (0x80...0xFE).contains(d) { i += 2; continue }
            guard (0x30...0x39).contains(d), i + 3 < b.count,
                  (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) else { return false }
            i += 4
        }
        return true
    }

    /// Text has few C0 controls besides tab, line feed, carriage return and form feed.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        let controls = sample.reduce(0) { count, b in
            (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F ? count + 1 : count
        }
        return controls * 100 > sample.count * 2 && controls > 2
    }
}
