import Foundation
import NoticeParsing

/// A web page's text from its bytes: the charset its byte-order mark or `<meta>` declares, else UTF-8, else
/// GB18030 (which covers GBK and GB2312, the usual charsets of Chinese government sites).
enum HTMLCharset {
    static func decode(_ data: Data) -> String? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return String(validating: data.dropFirst(3), as: UTF8.self) }
        if hasUTF16BOM(data) {
            let encoding: String.Encoding = data.first == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            return data.count % 2 == 0 ? String(data: data.dropFirst(2), encoding: encoding) : nil
        }
        let declared = declaredCharset(data)
        let chinese = declared.map { ["gbk", "gb2312", "gb18030", "gb_2312-80", "x-gbk", "cp936"].contains($0) } ?? false
        if chinese, let text = gb18030(data) { return text }
        if let text = String(validating: data, as: UTF8.self) { return text }
        return gb18030(data)
    }

    static func hasUTF16BOM(_ data: Data) -> Bool {
        data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
    }

    private static func gb18030(_ data: Data) -> String? {
        PlainTextReader.decodeGB18030(data)
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in
    /// the first 4 KB, lower-case.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: #"<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_\-]+)"#, options: .regularExpression) else {
            return nil
        }
        let match = String(head[range])
        guard let value = match.range(of: #"charset\s*=\s*["']?\s*"#, options: .regularExpression) else { return nil }
        return String(match[value.upperBound...])
    }
}
