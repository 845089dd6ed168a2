/// Splits text into physical lines, 1-based, with `\n`, `\r\n` and a lone `\r` all ending a line.
/// Linear in the text's length: one pass over its UTF-8 (both ends of line are ASCII, so every cut falls
/// between scalars).
enum PhysicalLines {
    static func split(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var lines: [String] = []
            var start = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < bytes.count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return lines
        }!
    }
}
